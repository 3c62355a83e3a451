/**
 * Per-hop insertion-loss breakdown of one traced fiber (REFERENCE §7.1, §7.4): every cable hop
 * is a fiber segment (length × attenuation at the application wavelength), every device hop
 * contributes its mated pairs (a cassette: the pair at the rear MPO and the pair at the front LC;
 * an adapter panel: the one pair between the two plugs it couples) or one vendor module figure
 * instead of them, and its splices (REFERENCE-2 §15.3: one splice per spliced fiber, 0.3 dB
 * max; a splice tray joining two cables is one splice, a pigtail splice cassette one splice plus
 * its front pair). Transceiver MDI matings are not hops and are never counted (§7.4).
 *
 * Linear in the fiber's hops. Lines do not depend on the fiber, so they are built once per cable
 * and per device port pair (memoised on the immutable `DesignIndex`, see `pathContext`) and every
 * other fiber through them costs a few map lookups.
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { ResolvedDevice } from '../engine/designIndex';
import type { CableHop, DeviceHop, Hop } from '../engine/trace';
import type { CableId } from '../ids';
import type { PortDef, SpliceMethod } from '../parts';
import { matedPairLoss, spliceLoss, valueFor } from './componentLoss';
import { portDisplayLabel } from '../portNames';
import { throughOrder } from './portPairs';

export type * from './lossLines';
export { attenuationOf, mediumOf, pathContext } from './pathContext';
import { attenuationOf, mediumOf } from './pathContext';
import type {
  DeviceMemo,
  FiberSegmentLoss,
  HopLoss,
  MatedPairLoss,
  PairSide,
  PathContext,
  PathLoss,
  SpliceLoss,
} from './lossLines';

function makeSegment(ctx: PathContext, id: CableId): FiberSegmentLoss {
  const c = ctx.index.cables.get(id)?.cable;
  if (!c)
    return {
      kind: 'fiber',
      cable: id,
      cableName: String(id),
      fiberType: 'OM4',
      lengthM: 0,
      dbPerKm: null,
      db: null,
      provenance: null,
      reason: `missing cable ${id}`,
    };
  const { name, fiberType, lengthM } = c;
  const medium = mediumOf(c);
  if (!Number.isFinite(lengthM) || lengthM < 0)
    return {
      kind: 'fiber',
      cable: id,
      cableName: name,
      fiberType,
      lengthM: 0,
      dbPerKm: null,
      db: null,
      provenance: null,
      reason: `${name}: invalid length ${lengthM}`,
    };
  const att = attenuationOf(ctx, medium);
  if (!att)
    return {
      kind: 'fiber',
      cable: id,
      cableName: name,
      fiberType,
      lengthM,
      dbPerKm: null,
      db: null,
      provenance: null,
      reason: `${name}: no attenuation for ${fiberType} at ${ctx.wavelengthsNm.join('/') || '?'} nm`,
    };
  return {
    kind: 'fiber',
    cable: id,
    cableName: name,
    fiberType,
    lengthM,
    dbPerKm: att.dbPerKm,
    db: (lengthM / 1000) * att.dbPerKm,
    provenance: att.provenance,
  };
}

/** The fiber-segment line of a cable hop (memoised per cable in the context). */
export function segmentLoss(ctx: PathContext, hop: CableHop): FiberSegmentLoss {
  return segmentLossOf(ctx, hop.cable);
}

/** As `segmentLoss`, by cable id (the segment depends only on the cable). */
export function segmentLossOf(ctx: PathContext, cable: CableId): FiberSegmentLoss {
  const hit = ctx.segments.get(cable);
  if (hit) return hit;
  const line = makeSegment(ctx, cable);
  ctx.segments.set(cable, line);
  return line;
}

/** The cable plug sitting in `device#port`, as a pair side, with the fiber mode of its cable. */
function plugSide(ctx: PathContext, dev: ResolvedDevice, port: string): { side: PairSide; mode: ModeFamily | null } {
  const plug = ctx.index.plugsByDevice.get(dev.id)?.get(port);
  const cable = plug ? ctx.index.cables.get(plug.cable) : undefined;
  const end = plug && cable?.part ? cable.part.ends[plug.end] : undefined;
  if (!plug || !cable || !end)
    return { side: { label: `plug in ${dev.device.name} ${port}`, family: 'mpo', grade: 'unknown' }, mode: null };
  return {
    side: {
      label: `${cable.cable.name} ${end.label}`,
      family: CONNECTOR_VARIANTS[end.connector.variant].family,
      grade: end.lossGrade,
    },
    mode: FIBER_MODE[cable.fiberType],
  };
}

function pairLine(
  ctx: PathContext,
  dev: ResolvedDevice,
  ports: readonly string[],
  a: { side: PairSide; mode: ModeFamily | null },
  b: { side: PairSide; mode: ModeFamily | null },
): MatedPairLoss {
  const own = dev.part && dev.part.kind !== 'transceiver' ? dev.part.fiberType : 'unknown';
  const mode = a.mode ?? b.mode ?? (own !== 'unknown' ? FIBER_MODE[own] : 'multimode');
  const r = matedPairLoss(a.side, b.side, mode, ctx.lossMode);
  const sides = [a.side, b.side] as const;
  if (!r.ok)
    return {
      kind: 'mated-pair',
      device: dev.id,
      deviceName: dev.device.name,
      ports,
      sides,
      db: null,
      basis: null,
      provenance: null,
      reason: `${dev.device.name} ${ports.join('/')}: ${r.reason}`,
    };
  return {
    kind: 'mated-pair',
    device: dev.id,
    deviceName: dev.device.name,
    ports,
    sides,
    db: r.db,
    basis: r.basis,
    provenance: r.provenance,
  };
}

function summarise(lines: readonly HopLoss[]): DeviceMemo {
  let db = 0;
  let pairs = 0;
  let splices = 0;
  const missing: string[] = [];
  for (const l of lines) {
    if (l.kind === 'mated-pair') pairs += 1;
    if (l.kind === 'splice') splices += 1;
    if (l.db !== null) db += l.db;
    else missing.push(l.kind === 'mated-pair' ? (l.reason ?? 'mated pair loss unknown') : 'loss unknown');
  }
  return { lines, db, pairs, splices, missing };
}

/**
 * The mated pairs (or the module figure) of one device hop, in path order, with their sums.
 * Memoised per device and direction; the reverse direction shares the lines, reversed.
 */
export function deviceMemo(ctx: PathContext, hop: DeviceHop): DeviceMemo {
  let byIn = ctx.devices.get(hop.device);
  if (!byIn) {
    byIn = new Map();
    ctx.devices.set(hop.device, byIn);
  }
  const hit = byIn.get(hop.in.port)?.get(hop.out.port);
  if (hit) return hit;
  const lines: HopLoss[] = [];
  deviceLoss(ctx, hop, lines);
  const fwd = summarise(lines);
  const rev: DeviceMemo = { ...fwd, lines: [...lines].reverse() };
  const put = (i: string, o: string, m: DeviceMemo): void => {
    let byOut = byIn.get(i);
    if (!byOut) {
      byOut = new Map();
      byIn.set(i, byOut);
    }
    byOut.set(o, m);
  };
  put(hop.in.port, hop.out.port, fwd);
  put(hop.out.port, hop.in.port, rev);
  return fwd;
}

function deviceLoss(ctx: PathContext, hop: DeviceHop, out: HopLoss[]): void {
  const dev = ctx.index.devices.get(hop.device);
  if (!dev) {
    out.push({
      kind: 'mated-pair',
      device: hop.device,
      deviceName: String(hop.device),
      ports: [hop.in.port, hop.out.port],
      sides: [
        { label: '?', family: 'mpo', grade: 'unknown' },
        { label: '?', family: 'mpo', grade: 'unknown' },
      ],
      db: null,
      basis: null,
      provenance: null,
      reason: `missing device ${hop.device}`,
    });
    return;
  }
  const part = dev.part;
  if (part?.kind === 'module' && part.loss.kind === 'module' && ctx.lossMode !== 'tia-worst-case') {
    const v = valueFor(part.loss.loss, ctx.lossMode);
    out.push({
      kind: 'module',
      device: dev.id,
      deviceName: dev.device.name,
      db: v.db,
      basis: v.basis,
      provenance: v.provenance,
    });
    return;
  }
  let byPort = ctx.pairs.get(dev.id);
  if (!byPort) {
    byPort = new Map();
    ctx.pairs.set(dev.id, byPort);
  }
  let last: MatedPairLoss | SpliceLoss | null = null;
  for (let k = 0; k < 2; k++) {
    const key = k === 0 ? hop.in.port : hop.out.port;
    // A port the part does not have is no pair (even when a through peer names it).
    const pdef: PortDef | undefined = dev.ports.get(key);
    if (!pdef) continue;
    let line = byPort.get(key);
    if (!line) {
      const mate = pdef.mate;
      if (mate.kind === 'splice') {
        line = spliceLine(ctx, dev, key, mate.method, mate.peer);
        if (mate.peer) byPort.set(mate.peer, line);
      } else if (mate.kind === 'fixed') {
        const fixed: PairSide = {
          label: `${dev.device.name} ${portDisplayLabel(ctx.index.design, dev.id, pdef.label, ctx.index.catalogue.get)}`,
          family: CONNECTOR_VARIANTS[mate.connector.variant].family,
          grade: mate.lossGrade,
        };
        line = pairLine(ctx, dev, [key], plugSide(ctx, dev, key), { side: fixed, mode: null });
      } else {
        // One line per through pair, its sides in the part's port order (`throughOrder`).
        const [p, q] = dev.part ? throughOrder(dev.part, key, mate.peer) : [key, mate.peer];
        line = pairLine(ctx, dev, [p, q], plugSide(ctx, dev, p), plugSide(ctx, dev, q));
        byPort.set(mate.peer, line);
      }
      byPort.set(key, line);
    }
    // A through-adapter's two ports are one mated pair (an inline splice one splice): count it once.
    if (line !== last) out.push(line);
    last = line;
  }
}

/** The splice line of a splice port (and its peer), in the mode of the spliced cable (§15.3). */
function spliceLine(
  ctx: PathContext,
  dev: ResolvedDevice,
  port: string,
  method: SpliceMethod,
  peer: string | undefined,
): SpliceLoss {
  const own = dev.part && dev.part.kind !== 'transceiver' ? dev.part.fiberType : 'unknown';
  const mode = plugSide(ctx, dev, port).mode ?? (own !== 'unknown' ? FIBER_MODE[own] : 'multimode');
  const v = spliceLoss(mode, ctx.lossMode);
  return {
    kind: 'splice',
    device: dev.id,
    deviceName: dev.device.name,
    ports: peer ? [port, peer] : [port],
    method,
    db: v.db,
    basis: v.basis,
    provenance: v.provenance,
  };
}

/**
 * Loss of one fiber path (the `hops` of a `FiberTrace`): totals, and the per-hop breakdown when
 * `withBreakdown` is true (otherwise `hops` is empty, to keep the per-fiber cost to a few
 * lookups). Source: REFERENCE §7.1 formula, §7.4 counting rules. Never throws; unknown values
 * make the result incomplete.
 */
export function pathLoss(ctx: PathContext, hops: readonly Hop[], withBreakdown = true): PathLoss {
  const lines: HopLoss[] = withBreakdown ? [] : (NONE as never[]);
  let lengthM = 0;
  let fiberDb = 0;
  let connectionDb = 0;
  let pairCount = 0;
  let spliceCount = 0;
  let missing: string[] | null = null;
  const fiberTypes: FiberType[] = [];
  for (let i = 0; i < hops.length; i++) {
    const h = hops[i]!;
    if (h.kind === 'cable') {
      const l = segmentLoss(ctx, h);
      if (withBreakdown) lines.push(l);
      lengthM += l.lengthM;
      if (!fiberTypes.includes(l.fiberType)) fiberTypes.push(l.fiberType);
      if (l.db === null) (missing ??= []).push(l.reason ?? 'fiber loss unknown');
      else fiberDb += l.db;
      continue;
    }
    const m = deviceMemo(ctx, h);
    if (withBreakdown) for (const l of m.lines) lines.push(l);
    connectionDb += m.db;
    pairCount += m.pairs;
    spliceCount += m.splices;
    if (m.missing.length > 0) (missing ??= []).push(...m.missing);
  }
  return {
    hops: lines,
    lengthM,
    fiberDb,
    connectionDb,
    totalDb: fiberDb + connectionDb,
    pairCount,
    spliceCount,
    complete: missing === null,
    missing: missing ?? (NONE as never[]),
    fiberTypes,
  };
}

/** The shared empty list of a path without breakdown or without missing values (never written). */
const NONE: readonly never[] = Object.freeze([]);
