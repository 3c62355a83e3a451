/**
 * Designed loss of a permanent link as a Tier 1 test measures it (REFERENCE-2 §16.1, §16.6):
 * the fiber, every embedded mated pair, module figure and splice with the design's component
 * values (loss mode of issue 3, REFERENCE §7.2–§7.4), plus the end connections the reference
 * method includes (1-jumper both, 2-jumper the far end, 3-jumper none).
 *
 * An end connection mates a test reference cord (reference grade, §16.1 [S121][S122]) with the
 * panel's own connector, so its designed value is the panel side's: the cassette's fixed front
 * connector, or the installed cable's plug in a through adapter. A vendor module figure (§7.4)
 * includes the module's end pair and cannot be split; it is counted whole whatever the method
 * (conservative for 2-/3-jumper, noted in `notes`).
 *
 * The same walk counts what the limit formula needs (§16.2): mated pairs by structure (a fixed
 * port is one pair, a through adapter one pair between its two ports), minus the two ends, and
 * splices (hops of kind `splice` once splices exist in the design; 0 until then).
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { LossMode, MultimodeAttenuationModel, ReferenceMethod } from '../design';
import type { DesignIndex } from '../engine/designIndex';
import type { DeviceHop, Hop } from '../engine/trace';
import type { CableId, DeviceId } from '../ids';
import { connectorLoss, type LossBasis } from '../loss/componentLoss';
import { pathContext, pathLoss, type HopLoss } from '../loss/pathLoss';
import type { PortDef } from '../parts';
import { END_CONNECTIONS, limitAttenuation, linkLimit, type LinkLimit, type LimitSegment } from './linkLimit';

/** One line of a link's designed loss. */
export interface LinkLossLine {
  readonly kind: 'fiber' | 'end-connection' | 'connection' | 'module' | 'splice';
  /** What it is, e.g. `TR-R12-R14-01 90 m OM4`, `R12-P1-C1 Port1 (LC low-loss)`. */
  readonly label: string;
  /** Loss, dB; null when unknown. */
  readonly db: number | null;
  readonly basis: LossBasis | null;
  readonly unverified: boolean;
  readonly device?: DeviceId;
  readonly port?: string;
  readonly cable?: CableId;
  /** Fiber lines: length, m, and attenuation, dB/km. */
  readonly lengthM?: number;
  readonly dbPerKm?: number | null;
  /** Why the value is missing. */
  readonly reason?: string;
}

/** The designed loss of one fiber of a link at one wavelength. Values in dB, m. */
export interface LinkFiberLoss {
  readonly lines: readonly LinkLossLine[];
  readonly totalDb: number;
  readonly fiberDb: number;
  readonly lengthM: number;
  /** False when a value is unknown: comparisons become `unchecked`. */
  readonly complete: boolean;
  readonly missing: readonly string[];
  /** Mated pairs inside the link (not the two ends), by structure (§16.2 N_embedded). */
  readonly embeddedPairs: number;
  /** Splices on the fiber (§16.2 N_splice). */
  readonly splices: number;
  /** Fiber segments with their maximum attenuation α_max at the wavelength (§16.2), for the limit. */
  readonly limitSegments: readonly (LimitSegment & {
    readonly fiberType: FiberType;
    readonly unverified: boolean;
    readonly alternativeDbPerKm?: number;
  })[];
  /** True when a segment has no α_max at this wavelength (the limit is then unknown). */
  readonly limitUnknown: boolean;
  /** Notes, e.g. a module figure that includes an end connection. */
  readonly notes: readonly string[];
}

/** What a link-loss computation needs. */
export interface LinkLossOptions {
  readonly wavelengthNm: number;
  readonly lossMode: LossMode;
  readonly model: MultimodeAttenuationModel;
  readonly method: ReferenceMethod;
}

/**
 * True for a port whose mate is a splice (issue 13's splice model: a `splice` port mate; none in
 * the catalogue until then). Splices are counted per device hop through such a port, once.
 */
const isSplicePort = (def: PortDef | undefined): boolean => (def?.mate.kind as string | undefined) === 'splice';

/** Structural mated pairs of a device hop: a fixed port is one pair; a through adapter is one pair. */
function pairsOf(index: DesignIndex, hop: DeviceHop): number {
  const dev = index.devices.get(hop.device);
  const a = dev?.ports.get(hop.in.port);
  const b = dev?.ports.get(hop.out.port);
  if (a?.mate.kind === 'through' || b?.mate.kind === 'through') return 1;
  return (a?.mate.kind === 'fixed' ? 1 : 0) + (b?.mate.kind === 'fixed' ? 1 : 0);
}

const endMemo = new WeakMap<DesignIndex, Map<string, LinkLossLine>>();

/** `endConnection`, memoised per index, port, fiber mode and loss mode (it depends on nothing else). */
function endConnectionOf(
  index: DesignIndex,
  device: DeviceId,
  port: string,
  mode: ModeFamily,
  lossMode: LossMode,
): LinkLossLine {
  let m = endMemo.get(index);
  if (!m) endMemo.set(index, (m = new Map()));
  const k = `${device}#${port}|${mode}|${lossMode}`;
  let line = m.get(k);
  if (!line) m.set(k, (line = endConnection(index, device, port, mode, lossMode)));
  return line;
}

/** The panel-side connector of an end port: the fixed connector, or the installed plug in a through adapter. */
function endConnection(
  index: DesignIndex,
  device: DeviceId,
  port: string,
  mode: ModeFamily,
  lossMode: LossMode,
): LinkLossLine {
  const dev = index.devices.get(device);
  const def = dev?.ports.get(port);
  const name = `${dev?.device.name ?? device} ${def?.label ?? port}`;
  const base = { kind: 'end-connection' as const, device, port };
  if (!dev || !def)
    return { ...base, label: name, db: null, basis: null, unverified: false, reason: `${name}: unknown port` };
  let family = CONNECTOR_VARIANTS[def.accepts].family;
  let grade: Parameters<typeof connectorLoss>[1] = 'unknown';
  let what = 'panel connector';
  if (def.mate.kind === 'fixed') {
    family = CONNECTOR_VARIANTS[def.mate.connector.variant].family;
    grade = def.mate.lossGrade;
  } else if (def.mate.kind === 'through') {
    const plug = index.plugsByDevice.get(device)?.get(def.mate.peer);
    const rc = plug ? index.cables.get(plug.cable) : undefined;
    const end = plug && rc?.part ? rc.part.ends[plug.end] : undefined;
    if (end) {
      family = CONNECTOR_VARIANTS[end.connector.variant].family;
      grade = end.lossGrade;
      what = `${rc?.cable.name ?? 'cable'} ${end.label}`;
    } else what = 'no plug behind the adapter';
  }
  const r = connectorLoss(family, grade, mode, lossMode);
  const label = `${name} end connection (${what}, ${family.toUpperCase()} ${grade})`;
  return r.ok
    ? { ...base, label, db: r.db, basis: r.basis, unverified: r.provenance.unverified === true }
    : { ...base, label, db: null, basis: null, unverified: false, reason: `${name}: ${r.reason}` };
}

function fromHopLoss(l: HopLoss): LinkLossLine {
  if (l.kind === 'fiber')
    return {
      kind: 'fiber',
      label: `${l.cableName} ${l.lengthM} m ${l.fiberType}`,
      db: l.db,
      basis: null,
      unverified: l.provenance?.unverified === true,
      cable: l.cable,
      lengthM: l.lengthM,
      dbPerKm: l.dbPerKm,
      ...(l.reason ? { reason: l.reason } : {}),
    };
  if (l.kind === 'module')
    return {
      kind: 'module',
      label: `${l.deviceName} module figure`,
      db: l.db,
      basis: l.basis,
      unverified: l.provenance.unverified === true,
      device: l.device,
    };
  if (l.kind === 'splice')
    return {
      kind: 'splice',
      label: `${l.deviceName} ${l.method} splice`,
      db: l.db,
      basis: l.basis,
      unverified: l.provenance.unverified === true,
      device: l.device,
    };
  return {
    kind: 'connection',
    label: `${l.deviceName} ${l.ports.join('/')} (${l.sides[0].label} ↔ ${l.sides[1].label})`,
    db: l.db,
    basis: l.basis,
    unverified: l.provenance?.unverified === true,
    device: l.device,
    port: l.ports[0] ?? '',
    ...(l.reason ? { reason: l.reason } : {}),
  };
}

/**
 * The designed loss of one link fiber (`hops` from its near end port to its far end port, device
 * hops at both ends) at one wavelength, with the counts of the §16.2 limit. Fiber mode from the
 * first cable. Pure; never throws (unknown values make it incomplete).
 */
export function linkFiberLoss(index: DesignIndex, hops: readonly Hop[], o: LinkLossOptions): LinkFiberLoss {
  const ctx = pathContext(index, o.lossMode, o.model, [o.wavelengthNm]);
  const lines: LinkLossLine[] = [];
  const notes: string[] = [];
  const limitSegments: LinkFiberLoss['limitSegments'][number][] = [];
  let limitUnknown = false;
  let pairs = 0;
  let splices = 0;
  let lengthM = 0;
  let mode: ModeFamily | null = null;
  for (const h of hops) {
    if (h.kind !== 'cable') continue;
    const ft = index.cables.get(h.cable)?.cable.fiberType;
    if (ft) {
      mode = FIBER_MODE[ft];
      break;
    }
  }
  const e = END_CONNECTIONS[o.method];
  const last = hops.length - 1;
  hops.forEach((h, i) => {
    if (h.kind === 'cable') {
      const seg = pathLoss(ctx, [h]).hops[0];
      if (!seg || seg.kind !== 'fiber') return;
      lines.push(fromHopLoss(seg));
      lengthM += seg.lengthM;
      const a = limitAttenuation(seg.fiberType, o.wavelengthNm, index.cables.get(h.cable)?.cable.construction);
      if (!a) limitUnknown = true;
      else
        limitSegments.push({
          lengthM: seg.lengthM,
          dbPerKm: a.dbPerKm,
          fiberType: seg.fiberType,
          unverified: a.provenance.unverified === true,
          ...(a.alternativeDbPerKm === undefined ? {} : { alternativeDbPerKm: a.alternativeDbPerKm }),
        });
      return;
    }
    pairs += pairsOf(index, h);
    const dev = index.devices.get(h.device);
    if (isSplicePort(dev?.ports.get(h.in.port)) || isSplicePort(dev?.ports.get(h.out.port))) splices += 1;
    const endPort = i === 0 ? h.in.port : i === last ? h.out.port : null;
    const counted = i === 0 ? e >= 2 : e >= 1;
    let replaced = false;
    for (const l of pathLoss(ctx, [h]).hops) {
      if (endPort !== null && l.kind === 'mated-pair' && l.ports.includes(endPort)) {
        replaced = true;
        if (counted) lines.push(endConnectionOf(index, h.device, endPort, mode ?? 'multimode', o.lossMode));
        continue;
      }
      if (endPort !== null && l.kind === 'module')
        notes.push(
          `${l.deviceName}: the vendor module figure includes the end connection at ${endPort}; counted whole (REFERENCE §7.4)`,
        );
      lines.push(fromHopLoss(l));
    }
    if (endPort !== null && !replaced && !lines.some((l) => l.kind === 'module' && l.device === h.device) && counted)
      lines.push(endConnectionOf(index, h.device, endPort, mode ?? 'multimode', o.lossMode));
  });
  let totalDb = 0;
  let fiberDb = 0;
  const missing: string[] = [];
  for (const l of lines) {
    if (l.db === null) missing.push(l.reason ?? `${l.label}: loss unknown`);
    else {
      totalDb += l.db;
      if (l.kind === 'fiber') fiberDb += l.db;
    }
  }
  return {
    lines,
    totalDb,
    fiberDb,
    lengthM,
    complete: missing.length === 0 && lines.length > 0,
    missing,
    embeddedPairs: Math.max(0, pairs - 2),
    splices,
    limitSegments,
    limitUnknown,
    notes,
  };
}

/** The §16.2 limit of a link fiber from its counted loss (and the limit under the alternative α, if any). */
export function fiberLimit(
  loss: LinkFiberLoss,
  method: ReferenceMethod,
  referenceGradeEnds: boolean,
): { readonly limit: LinkLimit | null; readonly alternativeLimitDb: number | null; readonly unverified: boolean } {
  if (loss.limitUnknown || loss.limitSegments.length === 0)
    return { limit: null, alternativeLimitDb: null, unverified: false };
  const input = { embeddedPairs: loss.embeddedPairs, splices: loss.splices, method, referenceGradeEnds };
  const limit = linkLimit({ ...input, segments: loss.limitSegments });
  const unverified = loss.limitSegments.some((s) => s.unverified);
  const hasAlt = loss.limitSegments.some((s) => s.alternativeDbPerKm !== undefined);
  const alternativeLimitDb = hasAlt
    ? linkLimit({
        ...input,
        segments: loss.limitSegments.map((s) => ({ lengthM: s.lengthM, dbPerKm: s.alternativeDbPerKm ?? s.dbPerKm })),
      }).limitDb
    : null;
  return { limit, alternativeLimitDb, unverified };
}
