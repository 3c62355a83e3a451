/**
 * The minimap (issue 12 §1): the whole hall in the canvas's bottom-right corner — rack outlines,
 * equipment as blocks, the viewport as a blue rectangle. Press or drag in it to pan the canvas
 * there (mouse, pen or touch). In `auto` mode it hides while the canvas already shows the whole
 * hall. A small DOM canvas, redrawn when the scene or the viewport changes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { designerStore } from '../store/store';
import type { Viewport } from '../store/session';
import { clipToMinimap, minimapMap, panTo, showsAll, viewportRect, worldToMinimap, type MinimapMap } from './minimap';
import { minimapState, useMinimapMode } from './minimapState';
import type { Scene } from './scene';
import { COLORS } from './viewGeometry';

function paint(c: HTMLCanvasElement, m: MinimapMap, scene: Scene, vp: Viewport, size: { w: number; h: number }) {
  const dpr = window.devicePixelRatio || 1;
  if (c.width !== Math.round(m.w * dpr)) c.width = Math.round(m.w * dpr);
  if (c.height !== Math.round(m.h * dpr)) c.height = Math.round(m.h * dpr);
  const ctx = c.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, m.w, m.h);
  for (const e of scene.elevations) {
    const p = worldToMinimap(m, e.x, e.top);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(p.x, p.y, e.w * m.k, (e.y + e.h - e.top) * m.k);
    ctx.strokeStyle = COLORS.rackFrame;
    ctx.lineWidth = 1;
    ctx.strokeRect(p.x, p.y, e.w * m.k, (e.y + e.h - e.top) * m.k);
  }
  ctx.fillStyle = COLORS.deviceStroke;
  for (const r of scene.racks)
    for (const d of r.drawn) {
      const p = worldToMinimap(m, d.geom.x, d.geom.y);
      ctx.fillRect(p.x, p.y, Math.max(1, d.geom.w * m.k), Math.max(1, d.geom.h * m.k));
    }
  const v = clipToMinimap(viewportRect(m, vp, size.w, size.h), m.w, m.h, 1);
  if (!v) return;
  ctx.fillStyle = 'rgba(9,105,218,0.10)';
  ctx.fillRect(v.x, v.y, v.w, v.h);
  ctx.strokeStyle = COLORS.selection;
  ctx.lineWidth = 2;
  ctx.strokeRect(v.x, v.y, v.w, v.h);
}

/** The minimap over the canvas of `size` px showing `scene` at `viewport`. */
export function Minimap({
  scene,
  viewport,
  size,
}: {
  scene: Scene;
  viewport: Viewport;
  size: { w: number; h: number };
}) {
  const mode = useMinimapMode();
  const ref = useRef<HTMLCanvasElement>(null);
  const m = useMemo(() => minimapMap(scene.bounds), [scene.bounds]);
  const shown = mode === 'on' || (mode === 'auto' && !showsAll(scene.bounds, viewport, size.w, size.h));
  useEffect(() => {
    if (minimapState.getState().shown !== shown) minimapState.setState({ shown });
  }, [shown]);
  useLayoutEffect(() => {
    if (shown && ref.current) paint(ref.current, m, scene, viewport, size);
  }, [shown, m, scene, viewport, size]);
  useEffect(() => {
    const c = ref.current;
    if (!c || !shown) return;
    let active: number | null = null;
    const pan = (e: PointerEvent) => {
      const r = c.getBoundingClientRect();
      const s = designerStore.getState();
      s.actions.setViewport(panTo(m, s.session.viewport, e.clientX - r.left, e.clientY - r.top, size.w, size.h));
    };
    const down = (e: PointerEvent) => {
      e.stopPropagation();
      e.preventDefault();
      active = e.pointerId;
      c.setPointerCapture?.(e.pointerId);
      pan(e);
    };
    const move = (e: PointerEvent) => {
      if (active === e.pointerId) pan(e);
    };
    const up = (e: PointerEvent) => {
      if (active === e.pointerId) active = null;
    };
    c.addEventListener('pointerdown', down);
    c.addEventListener('pointermove', move);
    c.addEventListener('pointerup', up);
    c.addEventListener('pointercancel', up);
    return () => {
      c.removeEventListener('pointerdown', down);
      c.removeEventListener('pointermove', move);
      c.removeEventListener('pointerup', up);
      c.removeEventListener('pointercancel', up);
    };
  }, [m, size, shown]);
  if (!shown) return null;
  return (
    <canvas
      ref={ref}
      className="minimap"
      data-testid="minimap"
      role="img"
      aria-label="Minimap of the hall: press or drag to pan the canvas there"
      style={{ width: m.w, height: m.h }}
    />
  );
}
