/**
 * Where the rack elevations of a hall lie (issue 12 §5): one band per row, stacked top to bottom
 * in hall order (`core/rows.ts`), each with the row's name in a header and its racks left to
 * right in rack order; each rack shows one elevation per face of the face mode (the global
 * Front / Rear / Both applies to every row, so rows stacked in a hall compare face to face).
 * Racks of a row hang from one line (their tops align): when a rack's empty runs collapse or
 * expand after an edit, its top units stay where they were, under the pointer that dropped there.
 *
 * With `collapse`, each rack's long empty runs of units are drawn as short bands (`unitMap.ts`),
 * so the layout depends on where equipment sits, not only on the racks. Memoised on the racks
 * collection (and, when collapsing, the devices collection and catalogue); elevation objects are
 * reused per rack while their geometry is unchanged, so an edit in one rack rebuilds only the
 * racks whose elevations moved.
 *
 * ```text
 *  y ─ MARGIN
 *      Row A · 3 racks                       ← row header, ROW_HEAD_H (name, then the cable tray)
 *      [R1 front][R1 rear]   [R2 front]…     ← elevations (HEADER_H + units), tops aligned
 *      ROW_GAP
 *      Row B · 2 racks
 *      [R4 front][R4 rear]   …
 * ```
 */
import { catalogueFor, type Catalogue } from '../core/catalogue';
import type { Design, Device, Rack } from '../core/design';
import { deviceHeightU } from '../core/layout';
import { placementIndexOf } from '../core/placementIndex';
import { hallRows } from '../core/rows';
import type { FaceMode } from '../store/session';
import type { ElevationGeom, Face } from './rackScene';
import { unitMapOf, type UnitMap, type UnitRange } from './unitMap';
import { ELEV_W, FACE_GAP, HEADER_H, MARGIN, RACK_GAP, RAIL_W, type Box } from './viewGeometry';

/** Height of a row's header band (row name, rack count). */
export const ROW_HEAD_H = 72;
/** Height of the row's name strip at the top of its header band (the cable tray runs below it). */
export const ROW_TITLE_H = 40;
/** Vertical gap between two rows. */
export const ROW_GAP = 64;

/** One row band of the hall: its header box and the box around its elevations. */
export interface RowGeom extends Box {
  readonly name: string;
  readonly index: number;
  /** The header strip at the top of the band (row name). */
  readonly header: Box;
  /** Rack ids of the row, left to right. */
  readonly racks: readonly Rack['id'][];
}

/** The elevations and row bands of a hall. */
export interface HallLayout {
  readonly elevations: readonly ElevationGeom[];
  readonly rows: readonly RowGeom[];
}

const FACES: Readonly<Record<FaceMode, readonly Face[]>> = {
  front: ['front'],
  rear: ['rear'],
  both: ['front', 'rear'],
};

/** What the layout reads: the racks, and (when collapsing) the devices and parts. */
export type HallInput = Pick<Design, 'racks' | 'devices' | 'parts'>;

/** Per view key (`mode|collapse`): the layout memoised on the racks collection. */
const layouts = new Map<string, WeakMap<Design['racks'], { inputs: readonly unknown[]; value: HallLayout }>>();
/** Elevation objects per rack by geometry key, reused while the geometry is the same. */
const elevs = new WeakMap<Rack, Map<string, ElevationGeom>>();

function occupiedRanges(cat: Catalogue, rack: Rack, byRack: ReadonlyMap<string, readonly Device[]>): UnitRange[] {
  const out: UnitRange[] = [];
  for (const d of byRack.get(rack.id) ?? []) {
    if (d.placement.kind !== 'rack') continue;
    const from = d.placement.positionU;
    out.push({ from, to: from + deviceHeightU(cat, d) - 1 });
  }
  return out;
}

function elevation(rack: Rack, face: Face, x: number, top: number, units: UnitMap, row: string): ElevationGeom {
  const k = `${face}|${x}|${top}|${units.key}|${row}`;
  let m = elevs.get(rack);
  if (!m) elevs.set(rack, (m = new Map()));
  const hit = m.get(k);
  if (hit) return hit;
  const e: ElevationGeom = {
    key: `${rack.id}:${face}`,
    rack,
    face,
    row,
    x,
    y: top - HEADER_H,
    w: ELEV_W,
    h: HEADER_H + units.h,
    innerX: x + RAIL_W,
    top,
    units,
  };
  if (m.size > 16) m.clear();
  m.set(k, e);
  return e;
}

/**
 * The hall layout of `design` for face mode `mode`, with empty runs collapsed when `collapse`
 * (see the module docs). Pure apart from its caches; O(racks + rack equipment).
 */
export function layoutHall(design: HallInput, mode: FaceMode, collapse = false): HallLayout {
  const vk = `${mode}|${collapse ? 1 : 0}`;
  let cache = layouts.get(vk);
  if (!cache) layouts.set(vk, (cache = new WeakMap()));
  const cat = collapse ? catalogueFor(design) : null;
  const inputs = collapse ? [design.devices, cat] : [];
  const hit = cache.get(design.racks);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((v, i) => v === inputs[i])) return hit.value;
  const byRack: ReadonlyMap<string, readonly Device[]> = collapse ? placementIndexOf(design.devices).byRack : new Map();
  const faces = FACES[mode];
  const elevations: ElevationGeom[] = [];
  const rows: RowGeom[] = [];
  let y = MARGIN;
  hallRows(design).forEach((row, index) => {
    const maps = row.racks.map((r) => unitMapOf(r.heightU, cat ? occupiedRanges(cat, r, byRack) : [], collapse));
    const unitsH = Math.max(...maps.map((m) => m.h));
    let x = MARGIN;
    row.racks.forEach((rack, i) => {
      const units = maps[i] as UnitMap;
      const top = y + ROW_HEAD_H + HEADER_H;
      faces.forEach((face, f) => {
        if (f > 0) x += FACE_GAP;
        elevations.push(elevation(rack, face, x, top, units, row.name));
        x += ELEV_W;
      });
      x += RACK_GAP;
    });
    const h = ROW_HEAD_H + HEADER_H + unitsH;
    const w = Math.max(ELEV_W, x - RACK_GAP - MARGIN);
    rows.push({
      name: row.name,
      index,
      x: MARGIN,
      y,
      w,
      h,
      header: { x: MARGIN, y, w, h: ROW_TITLE_H },
      racks: row.racks.map((r) => r.id),
    });
    y += h + ROW_GAP;
  });
  const value: HallLayout = { elevations, rows };
  cache.set(design.racks, { inputs, value });
  return value;
}

/** The title of a row band: `Row A · 3 racks`. */
export const rowTitle = (r: Pick<RowGeom, 'name' | 'racks'>): string =>
  `${r.name} · ${r.racks.length} ${r.racks.length === 1 ? 'rack' : 'racks'}`;
