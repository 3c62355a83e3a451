/**
 * A read-only probe into the live canvas for end-to-end tests and the test API: client (page)
 * coordinates of ports, rack units, slots and devices, computed from the same scene geometry
 * the canvas draws. Canvas shapes are not DOM, so tests drive `page.mouse` to these points.
 */
import type { PortRef } from '../core/design';
import { portKey } from '../core/design';
import type { DeviceId, RackId } from '../core/ids';
import { designerStore } from '../store/store';
import type { Face } from './scene';
import { sceneOf, unitBox } from './scene';
import { bundlesOf } from './cableBundles';
import { cablesOf } from './cableGeometry';
import { CAPTION_INSET_PX, rowCaptionPlace } from './rowCaption';
import { toScreen } from './viewport';
import { HEADER_H, LABEL_W, type Box } from './viewGeometry';

/** A point in page (client) coordinates. */
export interface ClientPoint {
  readonly x: number;
  readonly y: number;
}

let canvasEl: HTMLElement | null = null;
let liveViewport: () => { x: number; y: number; scale: number } = () => designerStore.getState().session.viewport;

/** Registers the canvas element and its live viewport (called by the canvas component). */
export function attachProbe(el: HTMLElement | null, vp: () => { x: number; y: number; scale: number }): void {
  canvasEl = el;
  liveViewport = vp;
}

function toClient(b: Box | undefined): ClientPoint | null {
  if (!b || !canvasEl) return null;
  const r = canvasEl.getBoundingClientRect();
  const p = toScreen(liveViewport(), b.x + b.w / 2, b.y + b.h / 2);
  return { x: r.left + p.x, y: r.top + p.y };
}

const scene = () => {
  const s = designerStore.getState();
  return sceneOf(s.doc, s.session.face, s.session.collapseEmpty);
};

const cables = () => cablesOf(scene(), designerStore.getState().doc);

/** Client-coordinate lookups of canvas things (null when not on screen in this face mode). */
export const canvasProbe = {
  /** Centre of a port or switch cage. */
  port: (ref: PortRef): ClientPoint | null => toClient(scene().portsByKey.get(portKey(ref))),
  /** Centre of rack unit `u` of `rack` on `face`. */
  unit: (rack: RackId, u: number, face: Face = 'front'): ClientPoint | null => {
    const e = scene().elevations.find((v) => v.rack.id === rack && v.face === face);
    return e ? toClient(unitBox(e, u, 1)) : null;
  },
  /** Centre of the header (name strip) of `rack`'s elevation on `face`: where a rack is grabbed to drag it. */
  header: (rack: RackId, face: Face = 'front'): ClientPoint | null => {
    const e = scene().elevations.find((v) => v.rack.id === rack && v.face === face);
    return e ? toClient({ x: e.x, y: e.y, w: e.w, h: HEADER_H }) : null;
  },
  /** Centre of row `name`'s header band (the row's name). */
  row: (name: string): ClientPoint | null => toClient(scene().rows.find((r) => r.name === name)?.header),
  /** Left end of row `name`'s header band, at its middle height: where the row's name starts. */
  rowStart: (name: string): ClientPoint | null => {
    const h = scene().rows.find((r) => r.name === name)?.header;
    return h ? toClient({ x: h.x, y: h.y, w: 0, h: h.h }) : null;
  },
  /**
   * Left end of row `name`'s caption as the canvas draws it (its name: at the row's start, or stuck
   * to the canvas's left edge when the start is off to the left, `rowCaption.ts`), at the name
   * strip's middle height, and whether it is stuck.
   */
  rowCaption: (name: string): (ClientPoint & { sticky: boolean }) | null => {
    const r = scene().rows.find((v) => v.name === name);
    if (!r) return null;
    const v = liveViewport();
    const place = rowCaptionPlace(r.header, -v.x / v.scale, CAPTION_INSET_PX / v.scale);
    const p = toClient({ x: place.x, y: r.header.y, w: 0, h: r.header.h });
    return p && { ...p, sticky: place.sticky };
  },
  /** A point 40 world px below row `name`'s band, 100 px in from its left: a rack dropped there starts a new row when it is the last row. */
  belowRow: (name: string): ClientPoint | null => {
    const r = scene().rows.find((v) => v.name === name);
    return r ? toClient({ x: r.x + 100, y: r.y + r.h + 40, w: 0, h: 0 }) : null;
  },
  /** Centre of slot `slot` of enclosure `parent` on `face`. */
  slot: (parent: DeviceId, slot: string, face: Face = 'front'): ClientPoint | null =>
    toClient(scene().slots.find((s) => s.parent === parent && s.key === slot && s.face === face)),
  /** Centre of a device's first box (rack equipment in its first elevation, a module's slot, a transceiver's cage). */
  device: (id: DeviceId): ClientPoint | null => toClient(scene().boxesByDevice.get(id)?.[0]),
  /** A grab point on rack equipment: the middle of its name label (left end of its first box). */
  handle: (id: DeviceId): ClientPoint | null => {
    const b = scene().boxesByDevice.get(id)?.[0];
    return b ? toClient({ x: b.x + 4, y: b.y, w: LABEL_W / 2, h: b.h }) : null;
  },
  /** Client rectangles of the rack elevations (header to bottom unit), in row order. */
  elevations: (): { key: string; x: number; y: number; w: number; h: number }[] => {
    if (!canvasEl) return [];
    const r = canvasEl.getBoundingClientRect();
    const v = liveViewport();
    return scene().elevations.map((e) => {
      const p = toScreen(v, e.x, e.y);
      return { key: e.key, x: r.left + p.x, y: r.top + p.y, w: e.w * v.scale, h: e.h * v.scale };
    });
  },
  /** Client point of world point (x, y). */
  world: (x: number, y: number): ClientPoint | null => toClient({ x, y, w: 0, h: 0 }),
  /** Keys of the cable bundles drawn now (`left-elevation|right-elevation`). */
  bundles: (): string[] => [...bundlesOf(cables(), scene()).keys()],
  /** Half-way up a bundle's trunk at its left rack (where no other cable runs), or null. */
  bundle: (key: string): ClientPoint | null => {
    const t = bundlesOf(cables(), scene()).get(key)?.trunk;
    const [a, b] = [t?.[0], t?.[1]];
    return a && b ? toClient({ x: a.x, y: (a.y + b.y) / 2, w: 0, h: 0 }) : null;
  },
  /** The middle of the longest run of a cable's first leg (in a bundle: its tray run), or null. */
  cable: (id: string): ClientPoint | null => {
    const pts = cables().find((c) => c.cable.id === id)?.legs[0]?.points ?? [];
    let best: Box | null = null;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i] as { x: number; y: number };
      const b = pts[i + 1] as { x: number; y: number };
      const len = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
      if (!best || len > best.w) best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, w: len, h: 0 };
    }
    return best ? toClient({ x: best.x, y: best.y, w: 0, h: 0 }) : null;
  },
  /** The canvas element's client rectangle. */
  rect: (): { x: number; y: number; w: number; h: number } | null => {
    if (!canvasEl) return null;
    const r = canvasEl.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  },
};
