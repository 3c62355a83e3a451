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
import { own } from '../../core/own';
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

const holderOf = (pl: Device['placement']): string | null =>
  pl.kind === 'slot' ? `slot:${pl.parent}#${pl.slot}` : pl.kind === 'cage' ? `cage:${pl.parent}#${pl.cage}` : null;

/** The devices collection with dangling placements shown unplaced (no sorting: O(devices)). */
function resolveDevices(design: Design, notes: ReferenceNotice[]): Readonly<Record<string, Device>> {
  const loops = loopingDevices(design.devices);
  const reasons = new Map<string, string>();
  const holders = new Map<string, string>();
  for (const id in design.devices) {
    const d = own(design.devices, id) as Device;
    const problem = placementProblem(design, d, loops);
    if (problem) {
      reasons.set(id, problem);
      continue;
    }
    const holder = holderOf(d.placement);
    if (holder === null) continue;
    const other = holders.get(holder);
    if (other === undefined) holders.set(holder, id);
    else {
      // Two devices in one slot or cage: the lower id keeps it (the same in every replica).
      const [keeper, loser] = other < id ? [other, id] : [id, other];
      holders.set(holder, keeper);
      const pl = d.placement as { kind: 'slot' | 'cage'; slot?: string; cage?: string };
      reasons.set(loser, `${pl.kind} "${pl.slot ?? pl.cage ?? ''}" already holds "${keeper}"`);
    }
  }
  if (reasons.size === 0) return design.devices;
  const out: Record<string, Device> = { ...design.devices };
  for (const [id, reason] of reasons) {
    const d = own(design.devices, id) as Device;
    notes.push({
      path: formatPath(['devices', id, 'placement']),
      message: `${d.name || id} is shown unplaced: ${reason} (a concurrent change)`,
    });
    out[id] = unplaced(d);
  }
  return out;
}

/** A cable with its ends on missing devices shown unplugged (the same object when none are). */
function resolveCable(
  id: string,
  c: Cable,
  devices: Readonly<Record<string, Device>>,
  notes: ReferenceNotice[],
): Cable {
  let gone: string[] | null = null;
  for (const k in c.ends) {
    const ref = own(c.ends, k);
    if (ref && !has(devices, ref.device)) (gone ??= []).push(k);
  }
  if (!gone) return c;
  for (const k of gone)
    notes.push({
      path: formatPath(['cables', id, 'ends', k]),
      message: `end ${k} of ${c.name || id} is shown unplugged: device "${own(c.ends, k)?.device ?? ''}" no longer exists (a concurrent change)`,
    });
  return unplugged(c, gone);
}

/** The cables collection with ends on missing devices shown unplugged. */
function resolveCables(
  cables: Readonly<Record<string, Cable>>,
  devices: Readonly<Record<string, Device>>,
  notes: ReferenceNotice[],
): Readonly<Record<string, Cable>> {
  let out: Record<string, Cable> | null = null;
  for (const id in cables) {
    const c = cables[id] as Cable;
    const shown = resolveCable(id, c, devices, notes);
    if (shown === c) continue;
    out ??= { ...cables };
    out[id] = shown;
  }
  return out ?? cables;
}

/**
 * The shown design after only `changed` cable keys (and leaf records: parts, meta) changed, racks
 * and devices as before: the previous shown cables with just those keys re-resolved, the notices
 * of other cables kept, and `previous.design` itself when nothing shown changed. O(changed) plus
 * one copy of the cables when one changed.
 */
export function resolveChangedCables(
  raw: Design,
  previous: ResolvedDesign,
  changed: ReadonlySet<string>,
): ResolvedDesign {
  const notices: ReferenceNotice[] = previous.notices.filter((n) => {
    for (const k of changed) if (n.path.startsWith(formatPath(['cables', k]))) return false;
    return true;
  });
  const before = previous.design.cables;
  const shown = new Map<string, Cable | undefined>();
  for (const k of changed)
    shown.set(k, has(raw.cables, k) ? resolveCable(k, raw.cables[k] as Cable, raw.devices, notices) : undefined);
  const same = [...shown].every(([k, c]) => (c === undefined ? !has(before, k) : before[k] === c));
  let cables = before;
  if (!same) {
    const out: Record<string, Cable> = { ...before };
    for (const [k, c] of shown) {
      if (c === undefined) delete out[k];
      else out[k] = c;
    }
    cables = out;
  }
  const design: Design = { ...raw, racks: previous.design.racks, devices: previous.design.devices, cables };
  const unchanged = (Object.keys(design) as (keyof Design)[]).every((k) => design[k] === previous.design[k]);
  return {
    design: unchanged && Object.keys(design).length === Object.keys(previous.design).length ? previous.design : design,
    notices,
  };
}

/** True when two collections hold the same keys with the same record objects. */
function sameRecords(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => has(b, k) && a[k] === b[k]);
}

/**
 * `design` with every collection (and the design itself, and settings) that holds the same record
 * objects as in `previous` replaced by `previous`'s object, so memoisation by identity holds
 * across snapshots. O(records) in the collections whose object differs.
 */
export function keepIdentity(design: Design, previous: Design): Design {
  if (design === previous) return design;
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
  return same ? previous : (merged as unknown as Design);
}

/**
 * The design as the app shows it: `raw` (records as in the document) with every dangling
 * reference resolved as the module doc describes, and one notice per resolved reference. When
 * `previous` is given, unchanged collections keep `previous`'s objects (`keepIdentity`). Pure
 * apart from the per-record memo; O(records).
 */
export function resolveReferences(raw: Design, previous?: Design): ResolvedDesign {
  const notices: ReferenceNotice[] = [];
  const devices = resolveDevices(raw, notices);
  const cables = resolveCables(raw.cables, raw.devices, notices);
  const design: Design = devices === raw.devices && cables === raw.cables ? raw : { ...raw, devices, cables };
  return { design: previous ? keepIdentity(design, previous) : design, notices };
}
