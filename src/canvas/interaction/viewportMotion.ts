/**
 * The canvas viewport while a gesture moves it: a pan, a two-finger pinch (touch) and the wheel
 * (scroll pans, Ctrl/⌘ + wheel zooms at the pointer) move the Konva stage's transform directly;
 * the store's viewport follows when the gesture ends (`commit`), or 150 ms after the last wheel
 * event, so a moving pointer never re-renders React.
 */
import type { RefObject } from 'react';
import type Konva from 'konva';
import { designerStore } from '../../store/store';
import type { Viewport } from '../../store/session';
import type { InteractionHandle } from '../layers/InteractionLayer';
import { zoomAt } from '../viewport';

/** A screen point relative to the canvas's top-left corner, px. */
export type ScreenPoint = { readonly x: number; readonly y: number };

/** A pinch as it began: the viewport, the fingers' distance (px) and their midpoint. */
export interface PinchStart {
  readonly start: Viewport;
  readonly d0: number;
  readonly m0: ScreenPoint;
}

/** Wheel zoom per wheel delta unit (a factor of e^0.25 per 100 px of `deltaY`). */
const WHEEL_ZOOM = 0.0025;
/** The store's viewport follows this long after the last wheel event, ms. */
const WHEEL_SETTLE_MS = 150;

/** Moves the stage for pans, pinches and the wheel; writes the store's viewport when one ends. */
export class ViewportMotion {
  readonly #stage: RefObject<Konva.Stage | null>;
  readonly #inter: RefObject<InteractionHandle | null>;
  readonly #vp: { current: Viewport };
  #wheelTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `vp` is the live viewport (the stage's, which runs ahead of the store during a gesture);
   * `inter` the interaction layer, told the new scale so its outlines keep their screen width.
   */
  constructor(
    stage: RefObject<Konva.Stage | null>,
    inter: RefObject<InteractionHandle | null>,
    vp: { current: Viewport },
  ) {
    this.#stage = stage;
    this.#inter = inter;
    this.#vp = vp;
  }

  /** Shows viewport `v` on the stage now (the store is not written). */
  apply(v: Viewport): void {
    this.#vp.current = v;
    const stage = this.#stage.current;
    if (!stage) return;
    stage.position({ x: v.x, y: v.y });
    stage.scale({ x: v.scale, y: v.scale });
    stage.batchDraw();
    this.#inter.current?.update({ scale: v.scale });
  }

  /** Writes the live viewport to the store (the end of a pan, pinch or wheel run). */
  commit(): void {
    designerStore.getState().actions.setViewport(this.#vp.current);
  }

  /** A pan from screen point `from` (where it began, with viewport `start`) to `to`. */
  pan(start: Viewport, from: ScreenPoint, to: ScreenPoint): void {
    this.apply({ ...start, x: start.x + to.x - from.x, y: start.y + to.y - from.y });
  }

  /** A pinch beginning with fingers at `a` and `b`. */
  pinchStart(a: ScreenPoint, b: ScreenPoint): PinchStart {
    return {
      start: this.#vp.current,
      d0: Math.hypot(a.x - b.x, a.y - b.y),
      m0: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  }

  /** The pinch `p` with fingers now at `a` and `b`: zoomed by their spread, moved with their midpoint. */
  pinchMove(p: PinchStart, a: ScreenPoint, b: ScreenPoint): void {
    const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const z = zoomAt(p.start, Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, p.d0), p.m0.x, p.m0.y);
    this.apply({ ...z, x: z.x + m.x - p.m0.x, y: z.y + m.y - p.m0.y });
  }

  /** A wheel event at screen point `at`: Ctrl/⌘ zooms there, else the deltas pan; committed once the wheel settles. */
  wheel(e: WheelEvent, at: ScreenPoint): void {
    const v = this.#vp.current;
    this.apply(
      e.ctrlKey || e.metaKey
        ? zoomAt(v, Math.exp(-e.deltaY * WHEEL_ZOOM), at.x, at.y)
        : { ...v, x: v.x - e.deltaX, y: v.y - e.deltaY },
    );
    if (this.#wheelTimer) clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.commit(), WHEEL_SETTLE_MS);
  }

  /** Cancels a pending wheel commit (the canvas unmounts). */
  dispose(): void {
    if (this.#wheelTimer) clearTimeout(this.#wheelTimer);
    this.#wheelTimer = null;
  }
}
