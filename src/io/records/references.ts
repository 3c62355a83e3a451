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
import { COLLECTION_NAMES, copyRecords } from './collections';

/** A reference shown differently from the document, with where and why. */
export interface ReferenceNotice {
  /** JSON path of the reference in design-file terms (`$.cables["cab-3"].ends.A`). */
  readonly path: string;
  readonly message: string;
}

/**
 * The notices of a resolved design by record: device id → the notice of its placement shown
 * unplaced; cable id → one notice per end shown unplugged (in end order). Kept so the next
 * snapshot re-resolves only the records an edit can affect (`changedReferences.ts`).
 */
export interface NoticesByRecord {
  readonly devices: ReadonlyMap<string, ReferenceNotice>;
  readonly cables: ReadonlyMap<string, readonly ReferenceNotice[]>;
}

/** A design whose dangling references are shown resolved, and the notices saying which. */
export interface ResolvedDesign {
  readonly design: Design;
  /** Device notices, then cable notices (the values of `byRecord`, in its order). */
  readonly notices: readonly ReferenceNotice[];
  readonly byRecord: NoticesByRecord;
  /**
   * Per collection, the keys at which `design` may hold another record than the design it was
   * resolved after (a superset: the changed keys and the records they can affect); absent when
   * not known (the full path, which resolves every record).
   */
  readonly mayDiffer?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Records looked at by the resolvers since the program started (a diagnostic for tests that a
 * per-record path stays per record): `devices` placements judged, `cables` cables checked.
 */
export const referenceVisits = { devices: 0, cables: 0 };

/** The notices of `byRecord` as one list: devices first, then cables, each in map order. */
export function noticesOf(byRecord: NoticesByRecord): ReferenceNotice[] {
  return [...byRecord.devices.values(), ...[...byRecord.cables.values()].flat()];
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
export function unplaced(d: Device): Device {
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

/**
 * Why a device reads unplaced, or null when its placement stands; `loops(id)` says whether the
 * device's parent chain loops. Holder contests (two devices in one slot) are judged apart.
 */
export function placementProblem(design: Design, d: Device, loops: (id: string) => boolean): string | null {
  referenceVisits.devices += 1;
  const pl = d.placement;
  if (pl.kind === 'rack') return has(design.racks, pl.rack) ? null : `rack "${pl.rack}" no longer exists`;
  if (pl.kind === 'unplaced') return null;
  if (pl.parent === d.id) return 'it was placed inside itself';
  if (!has(design.devices, pl.parent)) return `parent device "${pl.parent}" no longer exists`;
  if (loops(d.id)) return 'its placement loops back on itself through its parents';
  return null;
}

/** The slot or cage a placement claims (`slot:<parent>#<slot>`, `cage:<parent>#<cage>`), else null. */
export const holderOf = (pl: Device['placement']): string | null =>
  pl.kind === 'slot' ? `slot:${pl.parent}#${pl.slot}` : pl.kind === 'cage' ? `cage:${pl.parent}#${pl.cage}` : null;

/** The message of a device shown unplaced for `reason`. */
export function deviceNotice(d: Device, reason: string): ReferenceNotice {
  return {
    path: formatPath(['devices', d.id, 'placement']),
    message: `${d.name || d.id} is shown unplaced: ${reason} (a concurrent change)`,
  };
}

/**
 * Settles the contests of slots and cages: `claims` maps a holder (`holderOf`) to the ids of the
 * devices without a placement problem that claim it; the lowest id keeps it (the same in every
 * replica), each other one gets its reason in `reasons`.
 */
export function settleHolders(
  devices: Readonly<Record<string, Device>>,
  claims: ReadonlyMap<string, readonly string[]>,
  reasons: Map<string, string>,
): void {
  for (const ids of claims.values()) {
    if (ids.length < 2) continue;
    const keeper = ids.reduce((a, b) => (b < a ? b : a));
    for (const id of ids) {
      if (id === keeper) continue;
      const pl = (devices[id] as Device).placement as { kind: 'slot' | 'cage'; slot?: string; cage?: string };
      reasons.set(id, `${pl.kind} "${pl.slot ?? pl.cage ?? ''}" already holds "${keeper}"`);
    }
  }
}

/** `devices` with each device of `reasons` shown unplaced (the object itself when there are none). */
export function showDevices(
  devices: Readonly<Record<string, Device>>,
  reasons: ReadonlyMap<string, string>,
  notes: Map<string, ReferenceNotice>,
): Readonly<Record<string, Device>> {
  if (reasons.size === 0) return devices;
  const out: Record<string, Device> = copyRecords(devices);
  for (const [id, reason] of reasons) {
    const d = own(devices, id) as Device;
    notes.set(id, deviceNotice(d, reason));
    out[id] = unplaced(d);
  }
  return out;
}

/** The devices collection with dangling placements shown unplaced (no sorting: O(devices)). */
function resolveDevices(design: Design, notes: Map<string, ReferenceNotice>): Readonly<Record<string, Device>> {
  const loops = loopingDevices(design.devices);
  const reasons = new Map<string, string>();
  const claims = new Map<string, string[]>();
  for (const id in design.devices) {
    const d = own(design.devices, id) as Device;
    const problem = placementProblem(design, d, (x) => loops.has(x));
    if (problem) {
      reasons.set(id, problem);
      continue;
    }
    const holder = holderOf(d.placement);
    if (holder === null) continue;
    const list = claims.get(holder);
    if (list) list.push(id);
    else claims.set(holder, [id]);
  }
  settleHolders(design.devices, claims, reasons);
  return showDevices(design.devices, reasons, notes);
}

/**
 * A cable with its ends on missing devices shown unplugged (the same object when none are); its
 * notices, one per such end, go to `notes` under its id.
 */
export function resolveCable(
  id: string,
  c: Cable,
  devices: Readonly<Record<string, Device>>,
  notes: Map<string, readonly ReferenceNotice[]>,
): Cable {
  referenceVisits.cables += 1;
  let gone: string[] | null = null;
  for (const k in c.ends) {
    const ref = own(c.ends, k);
    if (ref && !has(devices, ref.device)) (gone ??= []).push(k);
  }
  if (!gone) return c;
  notes.set(
    id,
    gone.map((k) => ({
      path: formatPath(['cables', id, 'ends', k]),
      message: `end ${k} of ${c.name || id} is shown unplugged: device "${own(c.ends, k)?.device ?? ''}" no longer exists (a concurrent change)`,
    })),
  );
  return unplugged(c, gone);
}

/** The cables collection with ends on missing devices shown unplugged. */
function resolveCables(
  cables: Readonly<Record<string, Cable>>,
  devices: Readonly<Record<string, Device>>,
  notes: Map<string, readonly ReferenceNotice[]>,
): Readonly<Record<string, Cable>> {
  let out: Record<string, Cable> | null = null;
  for (const id in cables) {
    const c = cables[id] as Cable;
    const shown = resolveCable(id, c, devices, notes);
    if (shown === c) continue;
    out ??= copyRecords(cables);
    out[id] = shown;
  }
  return out ?? cables;
}

/** True when two collections hold the same keys with the same record objects. */
export function sameRecords(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => has(b, k) && a[k] === b[k]);
}

/**
 * `design` with every collection (and the design itself, and settings) that holds the same record
 * objects as in `previous` replaced by `previous`'s object, so memoisation by identity holds
 * across snapshots. O(records) in the collections whose object differs, except those in
 * `differs` (known to hold another record somewhere: kept as they are).
 */
export function keepIdentity(design: Design, previous: Design, differs?: ReadonlySet<string>): Design {
  if (design === previous) return design;
  const merged: Record<string, unknown> = { ...design };
  for (const k of COLLECTION_NAMES) {
    if (differs?.has(k)) continue;
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
 * apart from the per-record memo; O(records). `resolveChanged` (changedReferences.ts) is the
 * per-record path after an edit.
 */
export function resolveReferences(raw: Design, previous?: Design): ResolvedDesign {
  const devNotes = new Map<string, ReferenceNotice>();
  const cabNotes = new Map<string, readonly ReferenceNotice[]>();
  const devices = resolveDevices(raw, devNotes);
  const cables = resolveCables(raw.cables, raw.devices, cabNotes);
  const design: Design = devices === raw.devices && cables === raw.cables ? raw : { ...raw, devices, cables };
  const byRecord = { devices: devNotes, cables: cabNotes };
  return { design: previous ? keepIdentity(design, previous) : design, notices: noticesOf(byRecord), byRecord };
}
