/**
 * Loss totals of one fiber path without the per-hop breakdown (REFERENCE §7.1, §7.4): the same
 * sums as `pathLoss` (same lines, same order of addition, so the same floating-point result),
 * from per-segment and per-pair numbers. A segment's loss comes from its cable record (the same
 * product `pathLoss` memoises per cable) and a mated pair's is memoised per device port (one
 * number in a typed array per device), so a fiber costs a few lookups and no allocation: its sums go into a caller's reused `PathSums`, its fiber types and
 * missing-value reasons into the channel's lists; breakdown lines are built only for a path that
 * has a missing value (for its reasons) or that a report shows (`pathLoss`).
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type ConnectorFamily, type FiberType, type ModeFamily } from '../connectors';
import type { PlugAt, PortPosition, ResolvedCable, ResolvedDevice } from '../engine/designIndex';
import { PlugRow } from '../engine/plugRow';
import { Trace, type DeviceHop, type FiberTrace, type Hop } from '../engine/trace';
import type { CableId, DeviceId } from '../ids';
import type { CableEndDef, LossGrade } from '../parts';
import { matedPairLoss } from './componentLoss';
import { attenuationOf, deviceMemo, mediumOf, segmentLossOf, type PathContext } from './pathLoss';
import { portPairTable, throughOrder, type PortPairTable } from './portPairs';

interface Grade {
  readonly family: ConnectorFamily;
  readonly grade: LossGrade;
  readonly mode: ModeFamily | null;
}

const NO_PLUG: Grade = { family: 'mpo', grade: 'unknown', mode: null };

/** The device's plugs by port (`DesignIndex.plugsByDevice`), or undefined for a device without plugs. */
type Plugs = ReadonlyMap<string, PlugAt> | undefined;

/** The plug in `port` of a device with `plugs` as a pair side (as `pathLoss` reads it, without its label). */
function plugGrade(ctx: PathContext, plugs: Plugs, port: string): Grade {
  const plug = plugs?.get(port);
  const cable = plug ? (plug.rc ?? ctx.index.cables.get(plug.cable)) : undefined;
  const end = plug && cable?.part ? cable.part.ends[plug.end] : undefined;
  if (!plug || !cable || !end) return NO_PLUG;
  return {
    family: CONNECTOR_VARIANTS[end.connector.variant].family,
    grade: end.lossGrade,
    mode: FIBER_MODE[cable.fiberType],
  };
}

/** The memo row of one cable end against one fixed mate (index 0 multimode, 1 single-mode). */
function fixedMemo(ctx: PathContext, end: CableEndDef, mate: object): (number | undefined)[] {
  const byEnd = ctx.fixedPairs;
  let byMate = byEnd.get(end);
  if (!byMate) byEnd.set(end, (byMate = new Map()));
  let row = byMate.get(mate);
  if (!row) byMate.set(mate, (row = []));
  return row;
}

/**
 * Computes the pair loss at port number `i` of `dev` (dB, or -1 when unknown) and stores it in
 * `arr[i]` (and at its through peer). `plugs`: the device's plugs by port.
 */
function pairAt(ctx: PathContext, dev: ResolvedDevice, t: PortPairTable, i: number, arr: number[], plugs: Plugs): void {
  const part = dev.part;
  const def = t.defs[i];
  if (!part || !def) {
    arr[i] = -1;
    return;
  }
  const own = part.kind !== 'transceiver' ? part.fiberType : 'unknown';
  const fallback: ModeFamily = own !== 'unknown' ? FIBER_MODE[own] : 'multimode';
  const mate = def.mate;
  let v: number;
  if (mate.kind === 'fixed') {
    const plug = plugs?.get(def.key);
    const cable = plug ? (plug.rc ?? ctx.index.cables.get(plug.cable)) : undefined;
    const end = plug && cable?.part ? cable.part.ends[plug.end] : undefined;
    if (end && cable) {
      // A plugged end against a fixed connector: the same three inputs give the same pair (memo).
      const mode = FIBER_MODE[cable.fiberType];
      const memo = fixedMemo(ctx, end, mate);
      const k = mode === 'single-mode' ? 1 : 0;
      let hit = memo[k];
      if (hit === undefined) {
        const a = { family: CONNECTOR_VARIANTS[end.connector.variant].family, grade: end.lossGrade };
        const b = { family: CONNECTOR_VARIANTS[mate.connector.variant].family, grade: mate.lossGrade };
        const r = matedPairLoss(a, b, mode, ctx.lossMode);
        memo[k] = hit = r.ok ? r.db : -1;
      }
      v = hit;
    } else {
      const b = { family: CONNECTOR_VARIANTS[mate.connector.variant].family, grade: mate.lossGrade };
      const r = matedPairLoss(NO_PLUG, b, fallback, ctx.lossMode);
      v = r.ok ? r.db : -1;
    }
  } else if (mate.kind === 'through') {
    const [p, q] = throughOrder(part, def.key, mate.peer);
    const a = plugGrade(ctx, plugs, p);
    const b = plugGrade(ctx, plugs, q);
    const r = matedPairLoss(a, b, a.mode ?? b.mode ?? fallback, ctx.lossMode);
    v = r.ok ? r.db : -1;
    const peer = t.index.get(mate.peer);
    if (peer !== undefined) arr[peer] = v;
  } else v = -1; // splices take the line-by-line path (`pathTotals`)
  arr[i] = v;
}

/** NaNs to copy a device's pair numbers from (grown to the largest part seen; a packed double array). */
const NANS: number[] = [NaN];

/**
 * The pair numbers of `dev` (one per port of its part `t`; NaN: not computed yet), made on first
 * use as an exact copy of `NANS`: a plain double array is a third of a `Float64Array`'s bytes (no
 * buffer object) for a module's handful of ports. A new array gets the pairs of every plugged
 * port at once: the device's plugs are looked up by its id once, not once per port (at 100k
 * fibers each lookup in the index's table of devices is a memory miss). The same numbers as
 * `pairAt` on first use, since a pair depends only on the part and the plugs.
 */
function numbersOf(ctx: PathContext, dev: ResolvedDevice, t: PortPairTable): number[] {
  const byDevice = ctx.pairNumbers;
  let arr = byDevice.get(dev);
  if (!arr) {
    const ports = t.defs.length;
    while (NANS.length < ports) NANS.push(NaN);
    byDevice.set(dev, (arr = NANS.slice(0, ports)));
    const plugs = ctx.index.plugsByDevice.get(dev.id);
    if (plugs !== undefined) {
      // A fresh index's row is read by position (no iterator); any other map by its keys.
      const row = plugs instanceof PlugRow ? plugs : null;
      const keys = row ? null : [...plugs.keys()];
      for (let k = 0; k < plugs.size; k++) {
        const p = t.index.get(row ? row.portAt(k) : (keys as string[])[k]!);
        if (p !== undefined && Number.isNaN(arr[p] as number)) pairAt(ctx, dev, t, p, arr, plugs);
      }
    }
  }
  return arr;
}

/**
 * Running sums of one fiber path (REFERENCE §7.1, §7.4), filled by `addPathTotals`: the numbers
 * of a `PathLoss` without its lists. Reused from fiber to fiber (no allocation per fiber).
 */
export interface PathSums {
  /** Total length, m. */
  lengthM: number;
  /** Σ fiber segments, dB. */
  fiberDb: number;
  /** Σ mated pairs, module figures and splices, dB. */
  connectionDb: number;
  pairCount: number;
  spliceCount: number;
  /** False when a hop's loss is unknown (its reason is in the caller's `missing`). */
  complete: boolean;
}

/** Fresh (zeroed) path sums. */
export const newPathSums = (): PathSums => ({
  lengthM: 0,
  fiberDb: 0,
  connectionDb: 0,
  pairCount: 0,
  spliceCount: 0,
  complete: true,
});

/** Appends `item` to `list` unless it is there already (first appearance keeps its place). */
function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** Appends the reasons in `items` to `missing` (created on first use) without repeats. */
function addMissing(missing: { list: string[] | null }, items: readonly string[]): void {
  const list = (missing.list ??= []);
  for (let i = 0; i < items.length; i++) addOnce(list, items[i] as string);
}

/**
 * Adds one cable segment (REFERENCE §7.4: length × attenuation) to `s`: from the resolved cable's
 * copy of its record's length and fiber type and the context's attenuation, or from its segment line when a value is missing (for the reason).
 */
function addSegment(
  ctx: PathContext,
  cable: CableId,
  rec: ResolvedCable | undefined,
  s: PathSums,
  fiberTypes: FiberType[],
  missing: { list: string[] | null },
): void {
  // The common case from the resolved cable's copy of its record's fields: no segment line (the
  // breakdown builds those), and no read of the design record (out of cache at 100k fibers).
  const c = rec ?? ctx.index.cables.get(cable);
  if (c !== undefined && Number.isFinite(c.lengthM) && c.lengthM >= 0) {
    const att = attenuationOf(ctx, mediumOf(c));
    if (att) {
      s.lengthM += c.lengthM;
      addOnce(fiberTypes, c.fiberType);
      s.fiberDb += (c.lengthM / 1000) * att.dbPerKm;
      return;
    }
  }
  const l = segmentLossOf(ctx, cable);
  s.lengthM += l.lengthM;
  addOnce(fiberTypes, l.fiberType);
  if (l.db === null) {
    s.complete = false;
    addMissing(missing, [l.reason ?? 'fiber loss unknown']);
  } else s.fiberDb += l.db;
}

/**
 * Adds one device hop (`dev` resolved, or undefined when the id does not resolve) to `s`: its
 * mated pairs from the per-port numbers, or the line-by-line figures (`deviceMemo`) for module
 * figures, splices and unknown devices. `hop` is built from `device`, `inPort` and `outPort`
 * when a memo needs it and the caller has none.
 */
function addDevice(
  ctx: PathContext,
  dev: ResolvedDevice | undefined,
  hop: DeviceHop | null,
  device: DeviceId,
  hopIn: PortPosition,
  hopOut: PortPosition,
  s: PathSums,
  missing: { list: string[] | null },
): void {
  const part = dev?.part;
  const t = part ? portPairTable(part) : null;
  if (
    !dev ||
    (part?.kind === 'module' && part.loss.kind === 'module' && ctx.lossMode !== 'tia-worst-case') ||
    t?.splices
  ) {
    // Module figures and splices (REFERENCE-2 §15.3) take the line-by-line path.
    const m = deviceMemo(ctx, hop ?? { kind: 'device', device, in: hopIn, out: hopOut });
    s.connectionDb += m.db;
    s.pairCount += m.pairs;
    s.spliceCount += m.splices;
    if (m.missing.length > 0) {
      s.complete = false;
      addMissing(missing, m.missing);
    }
    return;
  }
  if (!part || !t) return;
  const arr = numbersOf(ctx, dev, t);
  let db = 0;
  let pairs = 0;
  let unknown = false;
  let last = -1;
  for (let k = 0; k < 2; k++) {
    const p = t.index.get(k === 0 ? hopIn.port : hopOut.port);
    if (p === undefined) continue;
    const id = t.pairId[p] as number;
    if (id === last) continue;
    last = id;
    // Read back from the array after `pairAt` stores it: `v` stays an unboxed double (the
    // call's tagged result would make the optimised code box every read).
    let v = arr[p] as number;
    if (Number.isNaN(v)) {
      pairAt(ctx, dev, t, p, arr, ctx.index.plugsByDevice.get(dev.id));
      v = arr[p] as number;
    }
    pairs += 1;
    if (v < 0) unknown = true;
    else db += v;
  }
  s.connectionDb += db;
  s.pairCount += pairs;
  if (unknown) {
    s.complete = false;
    addMissing(missing, deviceMemo(ctx, hop ?? { kind: 'device', device, in: hopIn, out: hopOut }).missing);
  }
}

/** Resets `s` to zero sums of a complete path. */
function resetSums(s: PathSums): void {
  s.lengthM = 0;
  s.fiberDb = 0;
  s.connectionDb = 0;
  s.pairCount = 0;
  s.spliceCount = 0;
  s.complete = true;
}

/**
 * The totals of one fiber path (the `hops` of a `FiberTrace`) into `s` (reset first): the same
 * sums as `pathLoss(ctx, hops, false)` (same lines, same order of addition). The path's fiber
 * types are added to `fiberTypes` and its missing-value reasons to `missing.list` (both without
 * repeats, in order of first appearance), so a channel collects them over its fibers. Never
 * throws; unknown values set `s.complete` false.
 */
export function addPathTotals(
  ctx: PathContext,
  hops: readonly Hop[],
  s: PathSums,
  fiberTypes: FiberType[],
  missing: { list: string[] | null },
): void {
  resetSums(s);
  const devices = ctx.index.devices;
  for (let i = 0; i < hops.length; i++) {
    const h = hops[i]!;
    if (h.kind === 'cable') addSegment(ctx, h.cable, undefined, s, fiberTypes, missing);
    else addDevice(ctx, devices.get(h.device), h, h.device, h.in, h.out, s, missing);
  }
}

/**
 * As `addPathTotals` for a whole trace: an engine `Trace` is read from its compact steps (no
 * hop objects built; a device step's resolved record is the one it was traced through, which
 * an analysis keeps while the record's part is unchanged), any other from its hops. `onIndex`:
 * the trace was made on `ctx.index`, so a cable step's record is the index's own (no lookup by
 * id; an analyzer's older trace may hold a cable record an edit has since replaced).
 */
export function addTraceTotals(
  ctx: PathContext,
  trace: FiberTrace,
  s: PathSums,
  fiberTypes: FiberType[],
  missing: { list: string[] | null },
  onIndex = false,
): void {
  if (!(trace instanceof Trace)) {
    addPathTotals(ctx, trace.hops, s, fiberTypes, missing);
    return;
  }
  resetSums(s);
  const buf = trace.steps;
  const n = trace.stepCount;
  for (let k = 0, i = trace.stepAt; k < n; k++, i += 3) {
    const b = buf[i + 2];
    if (typeof b === 'number') {
      const rc = buf[i] as ResolvedCable;
      addSegment(ctx, rc.id, onIndex ? rc : undefined, s, fiberTypes, missing);
    } else {
      const dev = buf[i] as ResolvedDevice;
      addDevice(ctx, dev, null, dev.id, buf[i + 1] as PortPosition, b as PortPosition, s, missing);
    }
  }
}
