/**
 * The unit → y mapping of a rack elevation, with long runs of empty rack units collapsed into one
 * short band ("U5–U36 empty", issue 12 §1). Drawing (`unitBox`, the rails), hit testing
 * (`unitAt`) and drop targets (`dropTargetAt`) all go through this one mapping, so what is drawn
 * is what is hit and where a drop lands.
 *
 * Rules:
 * - A unit is *kept* when equipment occupies it, or it is within `CONTEXT_U` units of occupied
 *   ones (so a device can be dropped right next to existing equipment without expanding anything).
 * - A run of at least `COLLAPSE_MIN_RUN` consecutive units that are not kept becomes one band
 *   `BAND_H` high. Shorter runs are drawn unit by unit. A rack with no equipment is not collapsed
 *   (it is the drop target of a new design).
 * - Dropping onto a band lands at the band's top unit (directly below the equipment above it);
 *   the band then re-collapses below the new device.
 *
 * ```text
 *  42U rack, 1U at U40:      U42 ┐ drawn (run of 1)
 *                            U41   context
 *                            U40 ▓ equipment
 *                            U39   context
 *                  U38–U1 empty   one band, BAND_H high
 * ```
 */
import { U_PX } from './viewGeometry';

/** Runs of at least this many empty units collapse into a band. */
export const COLLAPSE_MIN_RUN = 6;
/** Empty units kept visible above and below equipment. */
export const CONTEXT_U = 1;
/** Height of a collapsed band, world px. */
export const BAND_H = U_PX;

/** A run of units from `topU` down to `bottomU` (inclusive), drawn `h` high at `y` below the elevation's top. */
export interface UnitRun {
  readonly topU: number;
  readonly bottomU: number;
  /** True for a band standing in for empty units. */
  readonly collapsed: boolean;
  /** Offset of the run's top edge below the top of the elevation's units, world px. */
  readonly y: number;
  readonly h: number;
}

/** How a rack's units are drawn: runs from the top unit down, and the total height (world px). */
export interface UnitMap {
  readonly heightU: number;
  readonly runs: readonly UnitRun[];
  readonly h: number;
  /** Identity of the mapping (same key, same runs): `heightU` and the band ranges. */
  readonly key: string;
}

/** An occupied range of units, lowest `from` to highest `to` (inclusive). */
export interface UnitRange {
  readonly from: number;
  readonly to: number;
}

const maps = new Map<string, UnitMap>();

/**
 * The unit map of a `heightU` rack whose equipment occupies `occupied`, with empty runs collapsed
 * when `collapse` is true (see the module rules). Maps are shared by key (equal input, same
 * object), so a caller can memoise on the result.
 */
export function unitMapOf(heightU: number, occupied: readonly UnitRange[], collapse: boolean): UnitMap {
  const kept = new Uint8Array(heightU + 2);
  if (!collapse || occupied.length === 0) kept.fill(1);
  for (const r of occupied)
    for (let u = Math.max(1, r.from - CONTEXT_U); u <= Math.min(heightU, r.to + CONTEXT_U); u++) kept[u] = 1;
  const bands: UnitRange[] = [];
  for (let u = heightU; u >= 1;) {
    if (kept[u]) {
      u--;
      continue;
    }
    let b = u;
    while (b - 1 >= 1 && !kept[b - 1]) b--;
    if (u - b + 1 >= COLLAPSE_MIN_RUN) bands.push({ from: b, to: u });
    u = b - 1;
  }
  const key = `${heightU}|${bands.map((b) => `${b.to}-${b.from}`).join(',')}`;
  const hit = maps.get(key);
  if (hit) return hit;
  const runs: UnitRun[] = [];
  let y = 0;
  let top = heightU;
  for (const b of [...bands, { from: 0, to: 0 }]) {
    if (top > b.to) {
      runs.push({ topU: top, bottomU: b.to + 1, collapsed: false, y, h: (top - b.to) * U_PX });
      y += (top - b.to) * U_PX;
    }
    if (b.to === 0) break;
    runs.push({ topU: b.to, bottomU: b.from, collapsed: true, y, h: BAND_H });
    y += BAND_H;
    top = b.from - 1;
  }
  const map: UnitMap = { heightU, runs, h: y, key };
  if (maps.size > 4096) maps.clear();
  maps.set(key, map);
  return map;
}

/** The run holding unit `u` (clamped to 1…heightU). */
function runOf(map: UnitMap, u: number): UnitRun {
  const c = Math.max(1, Math.min(map.heightU, u));
  return map.runs.find((r) => c <= r.topU && c >= r.bottomU) ?? (map.runs[0] as UnitRun);
}

/**
 * Vertical extent of units `fromU`…`toU` (lowest to highest), as offsets below the top of the
 * elevation's units, world px. A unit inside a band spans the whole band.
 */
export function unitSpan(map: UnitMap, fromU: number, toU: number): { y: number; h: number } {
  const top = runOf(map, toU);
  const bottom = runOf(map, fromU);
  const y = top.collapsed ? top.y : top.y + (top.topU - toU) * U_PX;
  const end = bottom.collapsed ? bottom.y + bottom.h : bottom.y + (bottom.topU - fromU + 1) * U_PX;
  return { y, h: end - y };
}

/**
 * The unit at offset `dy` below the top of the elevation's units (1 = bottom), with the run it
 * falls in; a point on a band gives the band's top unit. Undefined outside the units.
 */
export function unitAtOffset(map: UnitMap, dy: number): { u: number; run: UnitRun } | undefined {
  if (dy < 0 || dy > map.h) return undefined;
  const run = map.runs.find((r) => dy >= r.y && dy <= r.y + r.h) ?? (map.runs.at(-1) as UnitRun);
  if (run.collapsed) return { u: run.topU, run };
  return { u: Math.max(run.bottomU, run.topU - Math.floor((dy - run.y) / U_PX)), run };
}

/**
 * The top unit a piece of equipment dropped with its top edge at offset `dyTop` lands on: the
 * unit whose upper half holds that edge (the snap of an uncollapsed rack), a band's top unit when
 * it falls on a band, the top or bottom unit beyond the ends.
 */
export function dropTopU(map: UnitMap, dyTop: number): number {
  const probe = dyTop + U_PX / 2;
  if (probe < 0) return map.heightU;
  if (probe > map.h) return 1;
  return unitAtOffset(map, probe)?.u ?? 1;
}

/** Text of a band: `U5–U36 empty`. */
export const bandText = (r: UnitRun): string => `U${r.bottomU}–U${r.topU} empty`;
