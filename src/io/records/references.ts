/**
 * How a snapshot shows references that concurrent edits left dangling. Records merge one by one
 * (issue 9 §3), so two valid edits can meet in a state no single edit would make: tab A deletes
 * a device while tab B plugs a cable into it; two people insert a cassette into the same slot.
 * The document keeps every record as written (an undo of the delete brings the cable's end
 * back); the snapshot the app works on shows the state the file loader accepts, with a notice:
 *
 * ```text
 *  cable end on a device that no longer exists   → the end reads unplugged (null)
 *  device in a rack that no longer exists        → the device reads unplaced
 *  module/transceiver whose parent is gone       → unplaced
 *  device placed inside itself, or in a loop      → unplaced (every device of the loop)
 *  two devices in one slot or cage               → the lower id keeps it, the other reads unplaced
 * ```
 *
 * Two cables into one port are not a dangling reference: both stay, and the engine reports its
 * P1 finding naming both.
 *
 * Identity: a record that needs no change is the same object as in the document; a shown
 * (changed) record is memoised per document record and reason, so repeated snapshots share it.
 */
import type { Cable, Design, Device, PortRef } from '../../core/design';
import { formatPath } from '../jsonPath';
import { COLLECTION_NAMES } from './collections';

/** A reference shown differently from the document, with where and why. */
export interface ReferenceNotice {
  /** JSON path of the reference in design-file terms (`$.cables["cab-3"].ends.A`). */
  readonly path: string;
  readonly message: string;
}

/** A design whose dangling references are shown resolved, and the notices saying which. */
export interface ResolvedDesign {
  readonly design: Design;
  readonly notices: readonly ReferenceNotice[];
}

const UNPLACED = { kind: 'unplaced' } as const;
const has = (rec: object, key: string): boolean => Object.hasOwn(rec, key);

interface Shown<T> {
  readonly reason: string;
  readonly record: T;
}
const shownDevices = new WeakMap<Device, Shown<Device>>();
const shownCables = new WeakMap<Cable, Shown<Cable>>();

/** The device shown unplaced, memoised per document record. */
function unplaced(d: Device): Device {
  const hit = shownDevices.get(d);
  if (hit) return hit.record;
  const record: Device = { ...d, placement: UNPLACED };
  shownDevices.set(d, { reason: 'unplaced', record });
  return record;
}

/** The cable with the listed ends shown unplugged, memoised per document record and end list. */
function unplugged(c: Cable, ends: readonly string[]): Cable {
  const reason = ends.join('\u0000');
  const hit = shownCables.get(c);
  if (hit?.reason === reason) return hit.record;
  const shownEnds: Record<string, PortRef | null> = { ...c.ends };
  for (const k of ends) shownEnds[k] = null;
  const record: Cable = { ...c, ends: shownEnds };
  shownCables.set(c, { reason, record });
  return record;
}

/** Ids of devices whose slot/cage parent chain loops (linear: each device walked once). */
function loopingDevices(devices: Readonly<Record<string, Device>>): Set<string> {
  const state = new Map<string, 'walking' | 'ok' | 'loop'>();
  for (const start of Object.keys(devices)) {
    const walk: string[] = [];
    let cur: string | undefined = start;
    let outcome: 'ok' | 'loop' = 'ok';
    while (cur !== undefined && has(devices, cur)) {
      const s = state.get(cur);
      if (s === 'walking') {
        outcome = 'loop';
        break;
      }
      if (s) {
        outcome = s;
        break;
      }
      state.set(cur, 'walking');
      walk.push(cur);
      const pl: Device['placement'] = (devices[cur] as Device).placement;
      cur = pl.kind === 'slot' || pl.kind === 'cage' ? pl.parent : undefined;
    }
    for (const id of walk) state.set(id, outcome);
  }
  return new Set([...state].filter(([, s]) => s === 'loop').map(([id]) => id));
}

/** Why a device reads unplaced, or null when its placement stands. */
function placementProblem(design: Design, d: Device, loops: ReadonlySet<string>): string | null {
  const pl = d.placement;
  if (pl.kind === 'rack') return has(design.racks, pl.rack) ? null : `rack "${pl.rack}" no longer exists`;
  if (pl.kind === 'unplaced') return null;
  if (pl.parent === d.id) return 'it was placed inside itself';
  if (!has(design.devices, pl.parent)) return `parent device "${pl.parent}" no longer exists`;
  if (loops.has(d.id)) return 'its placement loops back on itself through its parents';
  return null;
}

/** The devices collection with dangling placements shown unplaced. */
function resolveDevices(design: Design, notes: ReferenceNotice[]): Readonly<Record<string, Device>> {
  const loops = loopingDevices(design.devices);
  const out: Record<string, Device> = {};
  let changed = false;
  const holders = new Map<string, string>();
  const ids = Object.keys(design.devices).sort();
  for (const id of ids) {
    const d = design.devices[id] as Device;
    const problem = placementProblem(design, d, loops);
    const pl = d.placement;
    let reason = problem;
    if (!reason && (pl.kind === 'slot' || pl.kind === 'cage')) {
      const holder = `${pl.kind}:${pl.parent}#${pl.kind === 'slot' ? pl.slot : pl.cage}`;
      const first = holders.get(holder);
      if (first !== undefined)
        reason = `${pl.kind} "${pl.kind === 'slot' ? pl.slot : pl.cage}" already holds "${first}"`;
      else holders.set(holder, id);
    }
    if (reason) {
      notes.push({
        path: formatPath(['devices', id, 'placement']),
        message: `${d.name || id} is shown unplaced: ${reason} (a concurrent change)`,
      });
      out[id] = unplaced(d);
      changed = true;
    } else out[id] = d;
  }
  return changed ? out : design.devices;
}

/** The cables collection with ends on missing devices shown unplugged. */
function resolveCables(
  cables: Readonly<Record<string, Cable>>,
  devices: Readonly<Record<string, Device>>,
  notes: ReferenceNotice[],
): Readonly<Record<string, Cable>> {
  let out: Record<string, Cable> | null = null;
  for (const [id, c] of Object.entries(cables)) {
    const gone = Object.entries(c.ends)
      .filter(([, ref]) => ref !== null && !has(devices, ref.device))
      .map(([k]) => k);
    if (gone.length === 0) continue;
    out ??= { ...cables };
    out[id] = unplugged(c, gone);
    for (const k of gone)
      notes.push({
        path: formatPath(['cables', id, 'ends', k]),
        message: `end ${k} of ${c.name || id} is shown unplugged: device "${c.ends[k]?.device ?? ''}" no longer exists (a concurrent change)`,
      });
  }
  return out ?? cables;
}

/** True when two collections hold the same keys with the same record objects. */
function sameRecords(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => has(b, k) && a[k] === b[k]);
}

/**
 * The design as the app shows it: `raw` (records as in the document) with every dangling
 * reference resolved as the module doc describes, and one notice per resolved reference. When
 * `previous` is given, each collection (and the design itself) that holds the same record
 * objects as in `previous` is returned as `previous`'s object, so memoisation by identity holds
 * across snapshots. Pure apart from the per-record memo; O(records).
 */
export function resolveReferences(raw: Design, previous?: Design): ResolvedDesign {
  const notices: ReferenceNotice[] = [];
  const devices = resolveDevices(raw, notices);
  const cables = resolveCables(raw.cables, raw.devices, notices);
  let design: Design = devices === raw.devices && cables === raw.cables ? raw : { ...raw, devices, cables };
  if (previous) {
    const merged: Record<string, unknown> = { ...design };
    for (const k of COLLECTION_NAMES) {
      const a = design[k] as Readonly<Record<string, unknown>> | undefined;
      const b = previous[k] as Readonly<Record<string, unknown>> | undefined;
      if (a && b && sameRecords(a, b)) merged[k] = b;
    }
    if (design.settings === previous.settings) merged['settings'] = previous.settings;
    const keys = Object.keys(merged);
    const same =
      keys.length === Object.keys(previous).length &&
      keys.every((k) => merged[k] === (previous as unknown as Record<string, unknown>)[k]);
    design = same ? previous : (merged as unknown as Design);
  }
  return { design, notices };
}
