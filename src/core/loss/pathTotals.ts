/**
 * Loss totals of one fiber path without the per-hop breakdown (REFERENCE §7.1, §7.4): the same
 * sums as `pathLoss` (same lines, same order of addition, so the same floating-point result),
 * from per-segment and per-pair numbers. A segment's loss is memoised per cable and a mated
 * pair's per device port (one number in a typed array per device), so a fiber costs a few
 * lookups and no allocation but its result; breakdown lines are built only for a path that has
 * a missing value (for its reasons) or that a report shows (`pathLoss`).
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type ConnectorFamily, type FiberType, type ModeFamily } from '../connectors';
import type { ResolvedDevice } from '../engine/designIndex';
import type { Hop } from '../engine/trace';
import type { LossGrade } from '../parts';
import { matedPairLoss } from './componentLoss';
import { deviceMemo, segmentLoss, type PathContext } from './pathLoss';
import { portPairTable, throughOrder, type PortPairTable } from './portPairs';

/** Pair loss per device port, dB; NaN: not computed yet; −1: unknown (the line says why). */
const pairNumbers = new WeakMap<PathContext, Map<ResolvedDevice, Float64Array>>();

interface Grade {
  readonly family: ConnectorFamily;
  readonly grade: LossGrade;
  readonly mode: ModeFamily | null;
}

const NO_PLUG: Grade = { family: 'mpo', grade: 'unknown', mode: null };

/** The plug in `port` of `dev` as a pair side (as `pathLoss` reads it, without its label). */
function plugGrade(ctx: PathContext, dev: ResolvedDevice, port: string): Grade {
  const plug = ctx.index.plugsByDevice.get(dev.device.id)?.get(port);
  const cable = plug ? ctx.index.cables.get(plug.cable) : undefined;
  const end = plug && cable?.part ? cable.part.ends[plug.end] : undefined;
  if (!plug || !cable || !end) return NO_PLUG;
  return {
    family: CONNECTOR_VARIANTS[end.connector.variant].family,
    grade: end.lossGrade,
    mode: FIBER_MODE[cable.cable.fiberType],
  };
}

/** Computes and stores the pair loss at port number `i` of `dev` (and at its through peer). */
function pairAt(ctx: PathContext, dev: ResolvedDevice, t: PortPairTable, i: number, arr: Float64Array): number {
  const part = dev.part;
  const def = t.defs[i];
  if (!part || !def) return -1;
  const own = part.kind !== 'transceiver' ? part.fiberType : 'unknown';
  const fallback: ModeFamily = own !== 'unknown' ? FIBER_MODE[own] : 'multimode';
  const mate = def.mate;
  let v: number;
  if (mate.kind === 'fixed') {
    const a = plugGrade(ctx, dev, def.key);
    const b = { family: CONNECTOR_VARIANTS[mate.connector.variant].family, grade: mate.lossGrade };
    const r = matedPairLoss(a, b, a.mode ?? fallback, ctx.lossMode);
    v = r.ok ? r.db : -1;
  } else if (mate.kind === 'through') {
    const [p, q] = throughOrder(part, def.key, mate.peer);
    const a = plugGrade(ctx, dev, p);
    const b = plugGrade(ctx, dev, q);
    const r = matedPairLoss(a, b, a.mode ?? b.mode ?? fallback, ctx.lossMode);
    v = r.ok ? r.db : -1;
    const peer = t.index.get(mate.peer);
    if (peer !== undefined) arr[peer] = v;
  } else v = -1; // splices take the line-by-line path (`pathTotals`)
  arr[i] = v;
  return v;
}

/** The pair-number table of a context (one per context, looked up once per fiber). */
function numberTable(ctx: PathContext): Map<ResolvedDevice, Float64Array> {
  let byDevice = pairNumbers.get(ctx);
  if (!byDevice) pairNumbers.set(ctx, (byDevice = new Map()));
  return byDevice;
}

function numbersOf(byDevice: Map<ResolvedDevice, Float64Array>, dev: ResolvedDevice, ports: number): Float64Array {
  let arr = byDevice.get(dev);
  if (!arr) byDevice.set(dev, (arr = new Float64Array(ports).fill(NaN)));
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
  let lengthM = 0;
  let fiberDb = 0;
  let connectionDb = 0;
  let pairCount = 0;
  let spliceCount = 0;
  let complete = true;
  const devices = ctx.index.devices;
  let numbers: Map<ResolvedDevice, Float64Array> | null = null;
  for (let i = 0; i < hops.length; i++) {
    const h = hops[i]!;
    if (h.kind === 'cable') {
      const l = segmentLoss(ctx, h);
      lengthM += l.lengthM;
      addOnce(fiberTypes, l.fiberType);
      if (l.db === null) {
        complete = false;
        addMissing(missing, [l.reason ?? 'fiber loss unknown']);
      } else fiberDb += l.db;
      continue;
    }
    const dev = devices.get(h.device);
    const part = dev?.part;
    const t = part ? portPairTable(part) : null;
    if (
      !dev ||
      (part?.kind === 'module' && part.loss.kind === 'module' && ctx.lossMode !== 'tia-worst-case') ||
      t?.splices
    ) {
      // Module figures and splices (REFERENCE-2 §15.3) take the line-by-line path.
      const m = deviceMemo(ctx, h);
      connectionDb += m.db;
      pairCount += m.pairs;
      spliceCount += m.splices;
      if (m.missing.length > 0) {
        complete = false;
        addMissing(missing, m.missing);
      }
      continue;
    }
    if (!part || !t) continue;
    const arr = numbersOf((numbers ??= numberTable(ctx)), dev, t.defs.length);
    let db = 0;
    let pairs = 0;
    let unknown = false;
    let last = -1;
    for (let k = 0; k < 2; k++) {
      const p = t.index.get(k === 0 ? h.in.port : h.out.port);
      if (p === undefined) continue;
      const id = t.pairId[p] as number;
      if (id === last) continue;
      last = id;
      let v = arr[p] as number;
      if (Number.isNaN(v)) v = pairAt(ctx, dev, t, p, arr);
      pairs += 1;
      if (v < 0) unknown = true;
      else db += v;
    }
    connectionDb += db;
    pairCount += pairs;
    if (unknown) {
      complete = false;
      addMissing(missing, deviceMemo(ctx, h).missing);
    }
  }
  s.lengthM = lengthM;
  s.fiberDb = fiberDb;
  s.connectionDb = connectionDb;
  s.pairCount = pairCount;
  s.spliceCount = spliceCount;
  s.complete = complete;
}
