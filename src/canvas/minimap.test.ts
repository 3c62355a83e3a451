/**
 * Minimap coordinate mapping (issue 12 §1), hand-computed: a hall 1000 × 500 world units at
 * (0, 0) in a minimap of at most 200 × 110 px with 6 px padding → k = min(188/1000, 98/500) = 0.188.
 */
import { describe, expect, it } from 'vitest';
import { clipToMinimap, minimapMap, minimapToWorld, panTo, showsAll, viewportRect, worldToMinimap } from './minimap';

const hall = { x: 0, y: 0, w: 1000, h: 500 };

describe('minimap mapping', () => {
  const m = minimapMap(hall);
  it('keeps the aspect within the size limit', () => {
    expect(m.k).toBeCloseTo(0.188, 9);
    expect(m.w).toBeCloseTo(200, 9);
    expect(m.h).toBeCloseTo(500 * 0.188 + 12, 9);
  });
  it('maps world ↔ minimap both ways', () => {
    expect(worldToMinimap(m, 0, 0)).toEqual({ x: 6, y: 6 });
    const p = worldToMinimap(m, 500, 250);
    expect(p.x).toBeCloseTo(6 + 94, 9);
    expect(p.y).toBeCloseTo(6 + 47, 9);
    const w = minimapToWorld(m, p.x, p.y);
    expect(w.x).toBeCloseTo(500, 9);
    expect(w.y).toBeCloseTo(250, 9);
  });
  it('draws the viewport: an 800 × 600 px canvas at zoom 2 panned to world (100, 50)', () => {
    // Screen (0, 0) is world (100, 50): x = −100 × 2, y = −50 × 2; it shows 400 × 300 world units.
    const r = viewportRect(m, { scale: 2, x: -200, y: -100 }, 800, 600);
    expect(r.x).toBeCloseTo(6 + 100 * 0.188, 9);
    expect(r.y).toBeCloseTo(6 + 50 * 0.188, 9);
    expect(r.w).toBeCloseTo(400 * 0.188, 9);
    expect(r.h).toBeCloseTo(300 * 0.188, 9);
  });
  it('a press pans so the world point under it is centred, zoom kept', () => {
    const mx = 6 + 700 * 0.188;
    const my = 6 + 400 * 0.188;
    const v = panTo(m, { scale: 0.5, x: 0, y: 0 }, mx, my, 800, 600);
    expect(v.scale).toBe(0.5);
    // Centre of the canvas (400, 300) px is world (700, 400): x = 400 − 700 × 0.5.
    expect(v.x).toBeCloseTo(50, 9);
    expect(v.y).toBeCloseTo(100, 9);
  });
  it('knows when the canvas already shows the whole hall', () => {
    expect(showsAll(hall, { scale: 0.5, x: 10, y: 10 }, 800, 600)).toBe(true); // 1600 × 1200 world
    expect(showsAll(hall, { scale: 1, x: 0, y: 0 }, 800, 600)).toBe(false);
  });

  it('clips the viewport frame to the minimap, inset so its stroke stays whole', () => {
    // A 160 × 90 px minimap; the canvas shows past the hall's right and bottom edges:
    //   viewport (100, 40)–(200, 130)  →  kept (100, 40)–(159, 89) with a 1 px inset.
    expect(clipToMinimap({ x: 100, y: 40, w: 100, h: 90 }, 160, 90, 1)).toEqual({ x: 100, y: 40, w: 59, h: 49 });
    // Wholly inside: unchanged.
    expect(clipToMinimap({ x: 10, y: 10, w: 20, h: 20 }, 160, 90, 1)).toEqual({ x: 10, y: 10, w: 20, h: 20 });
    // Wholly outside (panned far away): nothing to draw.
    expect(clipToMinimap({ x: 300, y: 10, w: 20, h: 20 }, 160, 90, 1)).toBeNull();
  });
});
