/**
 * The per-record path of `references.ts`: after an edit (local, another tab, the server, undo)
 * only the records the changed keys can affect are resolved again, the rest keeps the previous
 * snapshot's verdict. Which records a change can affect:
 *
 * ```text
 *  changed rack R            → the devices in R (R gone: they read unplaced)
 *  changed device X          → X; X's descendants (a deleted parent, a new loop through X);
 *                              the devices X now contests a slot or cage with; the cables
 *                              plugged into X when X is gone
 *  changed cable C           → C
 *  always                    → every record shown resolved before (it may read normal again)
 * ```
 *
 * Everything else cannot change: a device's verdict depends only on its own record, its rack,
 * its parent chain and its slot's other claimants; a cable's only on its record and the devices
 * its ends name. The previous snapshot's placement and plug indexes (`core/occupancy`, memoised
 * on its collections, normally already built for the canvas and labels) find descendants,
 * claimants and plugged cables without a scan. Large changes (more than `FULL_AT` keys) take the
 * full path, which is cheaper then.
 */
import type { Cable, Design, Device } from '../../core/design';
import { plugIndexOf } from '../../core/occupancy';
import { placementIndexOf } from '../../core/placementIndex';
import { own } from '../../core/own';
import { COLLECTION_NAMES, copyRecords } from './collections';
import {
  holderOf,
  keepIdentity,
  noticesOf,
  placementProblem,
  resolveCable,
  resolveReferences,
  settleHolders,
  showDevices,
  type ReferenceNotice,
  type ResolvedDesign,
} from './references';

/** Changed keys (at most) from which the full path is taken. */
const FULL_AT = 256;
const NONE: ReadonlySet<string> = new Set();

/** True when the parent chain from `id` in `devices` comes back to a device it passed. */
function loopsFrom(devices: Readonly<Record<string, Device>>, id: string): boolean {
  const seen = new Set<string>();
  let cur: string | undefined = id;
  while (cur !== undefined && Object.hasOwn(devices, cur)) {
    if (seen.has(cur)) return true;
    seen.add(cur);
    const pl: Device['placement'] = (devices[cur] as Device).placement;
    cur = pl.kind === 'slot' || pl.kind === 'cage' ? pl.parent : undefined;
  }
  return false;
}

/** The devices whose verdict the changed racks and devices can change (see the module doc). */
function deviceCandidates(
  raw: Design,
  previous: ResolvedDesign,
  racks: ReadonlySet<string>,
  devices: ReadonlySet<string>,
): Set<string> {
  const place = placementIndexOf(previous.design.devices);
  const out = new Set<string>([...previous.byRecord.devices.keys(), ...devices]);
  for (const r of racks) for (const d of place.byRack.get(r as never) ?? []) out.add(d.id);
  // Descendants in the document: the previous snapshot's parent index, plus the parent links of
  // the devices it showed unplaced (hidden from that index; few).
  const hidden = new Map<string, string[]>();
  for (const id of previous.byRecord.devices.keys()) {
    const pl = own(raw.devices, id)?.placement;
    if (pl?.kind === 'slot' || pl?.kind === 'cage') hidden.set(pl.parent, [...(hidden.get(pl.parent) ?? []), id]);
  }
  const stack = [...devices];
  const walked = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (walked.has(id)) continue;
    walked.add(id);
    const kids = [...(place.byParent.get(id as never) ?? []).map((d) => d.id), ...(hidden.get(id) ?? [])];
    for (const kid of kids) {
      out.add(kid);
      stack.push(kid);
    }
  }
  for (const x of devices) {
    const pl = own(raw.devices, x)?.placement;
    if (pl?.kind === 'slot') for (const o of place.bySlot.get(`${pl.parent}#${pl.slot}`) ?? []) out.add(o.id);
    if (pl?.kind === 'cage') for (const o of place.byCage.get(`${pl.parent}#${pl.cage}`) ?? []) out.add(o.id);
  }
  return out;
}

/** The shown devices and their notices after `racks` and `devices` keys changed. */
function changedDevices(
  raw: Design,
  previous: ResolvedDesign,
  racks: ReadonlySet<string>,
  devices: ReadonlySet<string>,
): { devices: Design['devices']; notes: Map<string, ReferenceNotice>; candidates: ReadonlySet<string> } {
  if (racks.size === 0 && devices.size === 0)
    return { devices: previous.design.devices, notes: new Map(previous.byRecord.devices), candidates: NONE };
  const candidates = deviceCandidates(raw, previous, racks, devices);
  const reasons = new Map<string, string>();
  const claims = new Map<string, string[]>();
  const claim = (holder: string, id: string) => {
    const list = claims.get(holder);
    if (!list) claims.set(holder, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const id of candidates) {
    const d = own(raw.devices, id);
    if (!d) continue;
    const problem = placementProblem(raw, d, (x) => loopsFrom(raw.devices, x));
    if (problem) reasons.set(id, problem);
    else {
      const holder = holderOf(d.placement);
      if (holder !== null) claim(holder, id);
    }
  }
  // The other claimants of a contested slot or cage: the devices shown in it before that are no
  // candidates (unchanged and without a problem, so they still claim it).
  const place = placementIndexOf(previous.design.devices);
  for (const holder of [...claims.keys()]) {
    const key = holder.slice(5);
    for (const o of (holder.startsWith('slot:') ? place.bySlot : place.byCage).get(key) ?? [])
      if (!candidates.has(o.id)) claim(holder, o.id);
  }
  settleHolders(raw.devices, claims, reasons);
  const notes = new Map<string, ReferenceNotice>();
  // What can be shown otherwise than before: the candidates, and the other claimants of the
  // slots and cages they claim (one of them may now lose it).
  const touched = new Set(candidates);
  for (const list of claims.values()) for (const id of list) touched.add(id);
  for (const id of reasons.keys()) touched.add(id);
  return { devices: showDevices(raw.devices, reasons, notes), notes, candidates: touched };
}

/** The shown cables and their notices after the changes (`devices`: the device keys changed). */
function changedCables(
  raw: Design,
  previous: ResolvedDesign,
  cables: ReadonlySet<string>,
  devices: ReadonlySet<string>,
): { cables: Design['cables']; notes: Map<string, readonly ReferenceNotice[]>; candidates: ReadonlySet<string> } {
  const candidates = new Set<string>([...previous.byRecord.cables.keys(), ...cables]);
  const gone = [...devices].filter((x) => !Object.hasOwn(raw.devices, x));
  if (gone.length > 0) {
    const plugs = plugIndexOf(previous.design.cables);
    for (const x of gone) for (const p of plugs.byDevice.get(x) ?? []) candidates.add(p.cable);
  }
  const notes = new Map<string, readonly ReferenceNotice[]>();
  const shown = new Map<string, Cable>();
  for (const id of candidates) {
    const c = own(raw.cables, id);
    if (!c) continue;
    const s = resolveCable(id, c, raw.devices, notes);
    if (s !== c) shown.set(id, s);
  }
  if (shown.size === 0) return { cables: raw.cables, notes, candidates };
  // Cable records unchanged and the same ones shown the same way: the previous collection.
  const before = previous.design.cables;
  if (
    cables.size === 0 &&
    shown.size === previous.byRecord.cables.size &&
    [...shown].every(([id, s]) => before[id] === s)
  )
    return { cables: before, notes, candidates };
  const out: Record<string, Cable> = copyRecords(raw.cables);
  for (const [id, s] of shown) out[id] = s;
  return { cables: out, notes, candidates };
}

/**
 * `design` with each collection holding the same records as `prefer`'s replaced by `prefer`'s
 * object (`keepIdentity`); a collection in which a changed key holds another record than in
 * `prefer` cannot be the same and is not compared record by record.
 */
function preferIdentity(design: Design, prefer: Design, changed: ReadonlyMap<string, ReadonlySet<string>>): Design {
  const differs = new Set<string>();
  for (const c of COLLECTION_NAMES) {
    const a = (design[c] ?? {}) as Readonly<Record<string, unknown>>;
    const b = (prefer[c] ?? {}) as Readonly<Record<string, unknown>>;
    if (a === b) continue;
    for (const k of changed.get(c) ?? NONE)
      if (Object.hasOwn(a, k) !== Object.hasOwn(b, k) || a[k] !== b[k]) {
        differs.add(c);
        break;
      }
  }
  return keepIdentity(design, prefer, differs);
}

/**
 * The design as the app shows it after the keys in `changed` (collection → keys; meta changes
 * need no entry) turned `previous`'s records into `raw`'s: only the records those keys can
 * affect (module doc) are resolved again, every other verdict and notice is `previous`'s. Equal
 * to `resolveReferences(raw)` (notices in another order); collections holding the same records
 * as `prefer` (the edit's own result, or the previous design) are `prefer`'s objects, and the
 * design is `prefer` itself when all are. O(changed records and what they affect); a collection
 * is copied only while it has records shown resolved. More than `FULL_AT` keys: the full path.
 */
export function resolveChanged(
  raw: Design,
  previous: ResolvedDesign,
  changed: ReadonlyMap<string, ReadonlySet<string>>,
  prefer: Design = previous.design,
): ResolvedDesign {
  let size = 0;
  for (const keys of changed.values()) size += keys.size;
  if (size > FULL_AT) return resolveReferences(raw, prefer);
  const racks = changed.get('racks') ?? NONE;
  const devicesChanged = changed.get('devices') ?? NONE;
  const dev = changedDevices(raw, previous, racks, devicesChanged);
  const cab = changedCables(raw, previous, changed.get('cables') ?? NONE, devicesChanged);
  const same = dev.devices === raw.devices && cab.cables === raw.cables;
  const design: Design = same ? raw : { ...raw, devices: dev.devices, cables: cab.cables };
  const byRecord = { devices: dev.notes, cables: cab.notes };
  // Records can differ from the previous design only at the changed keys and at the records
  // resolved again (the candidates, which include the changed devices and cables);
  // `preferIdentity` swaps only collections of identical records.
  const touched = new Map<string, ReadonlySet<string>>(changed);
  if (dev.candidates.size > 0) touched.set('devices', dev.candidates);
  if (cab.candidates.size > 0) touched.set('cables', cab.candidates);
  return {
    design: preferIdentity(design, prefer, changed),
    notices: noticesOf(byRecord),
    byRecord,
    mayDiffer: touched,
  };
}
