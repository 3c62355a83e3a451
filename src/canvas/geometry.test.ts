/**
 * Canvas geometry: scene layout, hit testing, drop targets, cable legs and viewport math, on the
 * broken Method A demo:
 *
 * ```text
 *  R1: SW1 (U40, 24× SFP+, Eth1–2 filled)   P1 (U38, 4 slots, MOD-A in slot 1)
 *  R2: SW2 (U40)                            P2 (U38, MOD-A in slot 1)
 *  T1 P1-C1 MPO1 ══ P2-C1 MPO1 (rear); PC1–PC4 switch cages ─ cassette fronts (front)
 * ```
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CATALOGUE } from '../core/catalogue';
import type { CablePart } from '../core/parts';
import { demoById } from '../demos/demos';
import { cablesOf, legPairs } from './cableGeometry';
import { dropTargetAt } from './dropTarget';
import { hitTest, unitAt } from './hitTest';
import { contentBounds, ROW_HEAD_H, sceneOf, unitBox, usedRacksBounds, withRowName } from './scene';
import { fitBox, fitReadable, toScreen, toWorld, zoomAt } from './viewport';
import { ELEV_W, FACE_GAP, MARGIN, RACK_GAP, U_PX } from './viewGeometry';

const design = demoById('broken-method-a')!.build();
const id = (name: string) => Object.values(design.devices).find((d) => d.name === name)!.id;
const centre = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

describe('scene', () => {
  it('lays racks out in row order, front then rear', () => {
    const both = sceneOf(design, 'both');
    expect(both.elevations.map((e) => `${e.rack.name}:${e.face}@${e.x}`)).toEqual([
      `R1:front@${MARGIN}`,
      `R1:rear@${MARGIN + ELEV_W + FACE_GAP}`,
      `R2:front@${MARGIN + 2 * ELEV_W + FACE_GAP + RACK_GAP}`,
      `R2:rear@${MARGIN + 3 * ELEV_W + 2 * FACE_GAP + RACK_GAP}`,
    ]);
    expect(sceneOf(design, 'front').elevations.map((e) => e.face)).toEqual(['front', 'front']);
    expect(sceneOf(design, 'both')).toBe(both);
  });
  it('numbers units from the bottom: U1 is the lowest box, U42 the top one', () => {
    const e = sceneOf(design, 'front').elevations[0]!;
    expect(unitBox(e, 42, 1).y).toBe(e.top);
    expect(unitBox(e, 1, 1).y).toBe(e.top + 41 * U_PX);
    expect(unitBox(e, 38, 2)).toEqual({ x: e.innerX, y: e.top + 3 * U_PX, w: e.w - 26 - 8, h: 2 * U_PX });
  });
  it('shows cassette LC ports at the front, MPO ports at the rear, cages at the front only', () => {
    const s = sceneOf(design, 'both');
    const c1 = id('P1-C1');
    const faces = (dev: string) => [
      ...new Set(
        s.ports.filter((p) => p.ref.device === dev).map((p) => `${p.ref.port.replace(/\d+$/, 'N')}:${p.face}`),
      ),
    ];
    expect(faces(c1)).toEqual(['front-N:front', 'mpoN:rear']);
    expect(faces(id('SW1'))).toEqual(['cage-N:front']);
    expect(s.ports.filter((p) => p.ref.device === id('SW1')).length).toBe(24);
    expect(s.ports.find((p) => p.key === `${id('SW1')}#cage-1`)?.transceiver?.name).toBe('SW1 Eth1');
  });
  it('frames the equipment and the cable tray above the headers, not the empty units', () => {
    const b = contentBounds(sceneOf(design, 'front'));
    const e = sceneOf(design, 'front').elevations[0]!;
    // Equipment at U40 starts near the top: the frame starts at the row's name, above the tray band
    // (28 units above the header): the row header band is ROW_HEAD_H (72) tall.
    expect(b.y).toBe(e.y - ROW_HEAD_H);
    expect(b.y + b.h).toBeLessThan(unitBox(e, 30, 1).y);
  });
  it("grows a selection near the top of its row up to the row's name; not one far below it", () => {
    const s = sceneOf(design, 'both');
    const e = s.elevations[0]!;
    const name = s.rows[0]!.header; // the name strip: ROW_HEAD_H (72) above the rack header
    const rack = { x: e.x, y: e.y, w: e.w, h: e.h };
    // 72 units above: within half of a 200-unit view, grown (x kept); not within half of 100.
    expect(withRowName(s, rack, 200)).toEqual({ x: e.x, y: e.y - 72, w: e.w, h: e.h + 72 });
    expect(withRowName(s, rack, 100)).toEqual(rack);
    // A box at U1 (the bottom unit) is 72 + 40 header + 41 × 26 units below the name: kept in a 1,000-unit view.
    const u1 = unitBox(e, 1, 1);
    expect(u1.y - name.y).toBe(72 + 40 + 41 * U_PX);
    expect(withRowName(s, u1, 1000)).toEqual(u1);
    expect(withRowName(s, u1, 2400).y).toBe(name.y);
  });
  it("frames whole racks from their row's name down (Fit after + Rack: the name is not cut at the top)", () => {
    const s = sceneOf(design, 'both');
    const e = s.elevations[0]!;
    const b = usedRacksBounds(s);
    // The row's header band (its name) is the ROW_HEAD_H (72) units above the rack headers.
    expect(s.rows[0]!.header.y).toBe(e.y - ROW_HEAD_H);
    expect(b.y).toBe(e.y - ROW_HEAD_H);
    // Down to the bottom unit and 16 units more; from 12 left of R1 front to 48 right of R2 rear.
    const last = s.elevations.at(-1)!;
    expect(b.y + b.h).toBe(e.y + e.h + 16);
    expect(b.x).toBe(MARGIN - 12);
    expect(b.x + b.w).toBe(last.x + last.w + 48);
  });
});

describe('hit testing', () => {
  const s = sceneOf(design, 'both');
  const cables = cablesOf(s, design);
  it('finds a port before its device, with the transceiver as the thing to drag', () => {
    const p = s.portsByKey.get(`${id('SW1')}#cage-1`)!;
    const h = hitTest(s, cables, p.x + p.w / 2, p.y + p.h / 2, 1);
    expect(h.port?.key).toBe(p.key);
    expect(h.device?.device.name).toBe('SW1');
    expect(h.drag).toBe(id('SW1 Eth1'));
    expect(h.u).toBe(40);
  });
  it('finds the unit under a point and nothing outside the units', () => {
    const e = s.elevations[0]!;
    expect(unitAt(e, e.top + 0.5)).toBe(42);
    expect(unitAt(e, e.top + 42 * U_PX - 0.5)).toBe(1);
    expect(unitAt(e, e.top - 1)).toBeUndefined();
    expect(hitTest(s, cables, 5, 5, 1)).toEqual({});
  });
  it('finds a cable on its curve within 5 screen px, scaled by zoom', () => {
    const t1 = cables.find((c) => c.cable.name === 'T1')!;
    // The middle of the route's longest horizontal run (the tray, or a gutter to the manager).
    const pts = t1.legs[0]!.points;
    const segs = pts.slice(1).map((q, i) => [pts[i]!, q] as const);
    const [p, q] = segs
      .filter(([a, b]) => a.y === b.y)
      .reduce((m, s) => (Math.abs(s[1].x - s[0].x) > Math.abs(m[1].x - m[0].x) ? s : m));
    const mid = { x: (p.x + q.x) / 2, y: p.y };
    expect(hitTest(s, cables, mid.x, mid.y + 3, 1).cable).toBe(t1.cable.id);
    expect(hitTest(s, cables, mid.x, mid.y + 3, 4).cable).toBeUndefined();
  });
});

describe('drop targets', () => {
  const s = sceneOf(design, 'both');
  const r1 = s.elevations[0]!;
  const r1rear = s.elevations[1]!;
  it('snaps rack equipment to whole units and explains a collision', () => {
    const at = (u: number) => centre(unitBox(r1, u, 1));
    const t = dropTargetAt(
      design,
      s,
      { kind: 'part', part: 'equipment/switch-1u-24xsfpplus' as never },
      at(30).x,
      at(30).y + 7,
      10,
    );
    expect(t).toMatchObject({ kind: 'rack', positionU: 30, face: 'front', check: { ok: true } });
    const bad = dropTargetAt(
      design,
      s,
      { kind: 'part', part: 'equipment/enclosure-2u-8slot-cassette-modular' as never },
      at(39).x,
      at(39).y,
      10,
    );
    expect(bad).toMatchObject({ kind: 'rack', positionU: 38, check: { ok: false, reason: 'U38 taken by P1' } });
  });
  it('turns a device dragged from the front view onto the rear view around', () => {
    const to = centre(unitBox(r1rear, 20, 1));
    const t = dropTargetAt(design, s, { kind: 'device', id: id('SW1') }, to.x, to.y, 13, 'front');
    expect(t).toMatchObject({ kind: 'rack', positionU: 20, face: 'rear', check: { ok: true } });
  });
  it('targets the nearest slot of an enclosure and checks the form factor', () => {
    const p1 = s.devices.find((d) => d.device.name === 'P1' && d.face === 'front')!;
    const slot4 = s.slots.find((x) => x.parent === p1.device.id && x.key === 'slot-4' && x.face === 'front')!;
    const t = dropTargetAt(
      design,
      s,
      { kind: 'part', part: 'module/mod-u1-12f-1xmpo12-f-upc-om4' as never },
      slot4.x + 2,
      slot4.y + 2,
      0,
    );
    expect(t).toMatchObject({ kind: 'slot', slot: 'slot-4', check: { ok: true } });
    const onLabel = dropTargetAt(
      design,
      s,
      { kind: 'part', part: 'module/mod-u1-12f-1xmpo12-f-upc-om4' as never },
      p1.x + 5,
      p1.y + 5,
      0,
    );
    expect(onLabel).toMatchObject({
      kind: 'slot',
      slot: 'slot-1',
      check: { ok: false, reason: 'P1 Slot 1 holds P1-C1' },
    });
    const onRail = dropTargetAt(
      design,
      s,
      { kind: 'part', part: 'module/mod-u1-12f-1xmpo12-f-upc-om4' as never },
      r1.x + 2,
      slot4.y + 2,
      0,
    );
    expect(onRail).toEqual({ kind: 'none', hint: 'Drop a module on an enclosure slot' });
  });
  it('targets switch cages for transceivers, refusing a form factor the cage does not take', () => {
    const p = s.portsByKey.get(`${id('SW1')}#cage-5`)!;
    const c = centre(p);
    expect(
      dropTargetAt(design, s, { kind: 'part', part: 'transceiver/10gbase-lr-sfpplus' as never }, c.x, c.y, 0),
    ).toMatchObject({ kind: 'cage', cage: 'cage-5', check: { ok: true } });
    expect(
      dropTargetAt(design, s, { kind: 'part', part: 'transceiver/100gbase-sr4-qsfp28' as never }, c.x, c.y, 0),
    ).toMatchObject({
      kind: 'cage',
      check: { ok: false, reason: 'SW1 Eth5 is an SFP+ cage; it does not take a QSFP28 transceiver' },
    });
  });
});

describe('cable legs', () => {
  const part = (x: string) => BUILTIN_CATALOGUE.get(x) as CablePart;
  const cable = (p: CablePart) => ({
    id: 'c' as never,
    part: p.id,
    name: 'c',
    lengthM: 1,
    fiberType: 'OM4' as const,
    ends: Object.fromEntries(p.ends.map((e) => [e.key, null])),
  });
  it.each([
    ['cable/lc-duplex-ab-upc', [['A', 'B']]],
    [
      'cable/harness-mpo12-f-4xlc-upc',
      [
        ['MPO', 'L1'],
        ['MPO', 'L2'],
        ['MPO', 'L3'],
        ['MPO', 'L4'],
      ],
    ],
    [
      'cable/trunk-48f-4xmpo12-typeB-mm-upc',
      [
        ['A1', 'B1'],
        ['A2', 'B2'],
        ['A3', 'B3'],
        ['A4', 'B4'],
      ],
    ],
  ])('%s draws legs %j', (id, legs) => expect(legPairs(part(id), cable(part(id)))).toEqual(legs));
  it('draws a trunk to hidden rear ports dashed in the front view, and routes between racks over the top', () => {
    const t1 = cablesOf(sceneOf(design, 'front'), design).find((c) => c.cable.name === 'T1')!;
    expect(t1.legs.map((l) => l.hidden)).toEqual([true]);
    const both = cablesOf(sceneOf(design, 'both'), design).find((c) => c.cable.name === 'T1')!.legs[0]!;
    expect(both.hidden).toBe(false);
    // Up the manager into the tray above both rack headers, along it, and down.
    const top = Math.min(...sceneOf(design, 'both').elevations.map((e) => e.y));
    expect(Math.min(...both.points.map((p) => p.y))).toBeLessThan(top);
  });
});

describe('viewport', () => {
  it('zooming keeps the point under the pointer fixed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 4, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 800 }),
        (scale, f, sx, sy) => {
          const v = { x: 13, y: -40, scale };
          const w = toWorld(v, sx, sy);
          const z = zoomAt(v, f, sx, sy);
          const back = toScreen(z, w.x, w.y);
          if (z.scale === v.scale * f) {
            expect(back.x).toBeCloseTo(sx, 6);
            expect(back.y).toBeCloseTo(sy, 6);
          }
        },
      ),
    );
  });
  it('Fit at a readable zoom: fits when it can, else the minimum zoom from the left end (with the focus when it is in view there) or centred on the focus', () => {
    // 2000 × 500 world units in 800 × 600 px with 16 px padding would need 768 / 2000 = 0.384 < 0.6.
    const box = { x: 0, y: 0, w: 2000, h: 500 };
    expect(fitReadable(box, 800, 600, 0.6)).toEqual({ scale: 0.6, x: 16, y: 16 });
    // The view shows (800 − 2 × 16) / 0.6 = 1280 world units across. A focus whose middle (1000,
    // and 1250 for one from 1100 to 1400) is in view from the left end: the view starts there (x = 16,
    // the padding), not centred on it (400 − 1000 × 0.6 = −200 would cut the row's start).
    const near = fitReadable(box, 800, 600, 0.6, { x: 900, y: 100, w: 200, h: 50 });
    expect(near).toEqual({ scale: 0.6, x: 16, y: 16 });
    expect(fitReadable(box, 800, 600, 0.6, { x: 1100, y: 100, w: 300, h: 50 }).x).toBe(16);
    // A focus whose middle is at 1600 > 1280 is centred: 400 − 1600 × 0.6 = −560; the box's top stays at the padding.
    const v = fitReadable(box, 800, 600, 0.6, { x: 1500, y: 100, w: 200, h: 50 });
    expect(v.scale).toBe(0.6);
    expect(v.x).toBeCloseTo(-560, 9);
    expect(v.y).toBeCloseTo(16, 9);
    // A box that fits at 0.6 or more is fitted as before (top-aligned): 768 / 400 = 1.92.
    expect(fitReadable({ x: 0, y: 0, w: 400, h: 200 }, 800, 600, 0.6).scale).toBeCloseTo(1.92, 9);
  });
  it('fits a box inside the canvas with padding, top-aligned on request', () => {
    const v = fitBox({ x: 100, y: 50, w: 400, h: 200 }, 800, 600, 20, 3, 'top');
    expect(v.scale).toBeCloseTo(1.9, 6);
    expect(toScreen(v, 100, 50).y).toBeCloseTo(20, 6);
    expect(toScreen(v, 100, 50).x).toBeCloseTo(20, 6);
  });
});
