/**
 * The channel loss report (issue 3; REFERENCE §7, §8): for every channel with transceivers at
 * both ends, the per-hop breakdown, total insertion loss, the application's limit, margin, reach
 * check, connection-allocation check and a verdict, plus one value per lane (parallel links),
 * per leg (breakouts: each leg is its own channel, judged against both ends' applications, the
 * stricter winning) and, where the parts give them, transceiver power budgets.
 *
 * Cost: linear in the hops of the channel's fibers.
 */
import type { FiberType } from '../connectors';
import type { DesignSettings, LossMode, MultimodeAttenuationModel } from '../design';
import { transceiverOf, type Channel, type ChannelKind } from '../engine/channels';
import type { DesignIndex } from '../engine/designIndex';
import type { FiberTrace } from '../engine/trace';
import type { DeviceId } from '../ids';
import type { TransceiverPart } from '../parts';
import { round3 } from '../units';
import { applicationSpec, NOT_A_PMD, type ApplicationKey, type ApplicationSpec } from './applications';
import { isLossFailure, judgeApplication, strictest, type ApplicationJudgement, type LossVerdict } from './judgement';
import { pathContext, pathLoss, type HopLoss, type PathLoss } from './pathLoss';
import { powerBudget, type PowerBudget } from './powerBudget';

/** Loss of one lane (parallel link) or of the one duplex circuit / breakout leg (lane 0). */
export interface LaneLoss {
  /** Lane index at the transmitting end. */
  readonly lane: number;
  /** Worst IL of the lane's fibers (both directions), dB. */
  readonly ilDb: number;
  /** Length, m. */
  readonly lengthM: number;
  readonly complete: boolean;
  /** Margin against the governing application's limit, dB. */
  readonly marginDb: number | null;
  /** Trace ids of the lane's fibers. */
  readonly fibers: readonly number[];
}

/** The loss report of one channel. Values in dB and m, unrounded (round with `round3`). */
export interface ChannelLossReport {
  /** Channel key. */
  readonly channel: string;
  readonly kind: ChannelKind;
  /** Loss mode that produced the report. */
  readonly lossMode: LossMode;
  readonly multimodeAttenuation: MultimodeAttenuationModel;
  /** Design margin for aging and temperature, dB. */
  readonly designMarginDb: number;
  /** Wavelengths used for attenuation (union of the ends' applications), nm. */
  readonly wavelengthsNm: readonly number[];
  /** Per-hop breakdown of the worst fiber. */
  readonly hops: readonly HopLoss[];
  /** Trace id of the worst fiber, or null when the channel has no lit fiber. */
  readonly worstFiber: number | null;
  readonly lengthM: number;
  readonly fiberDb: number;
  readonly connectionDb: number;
  /** Channel insertion loss (worst lane), dB. */
  readonly totalDb: number;
  readonly pairCount: number;
  /** Splices on the worst fiber (REFERENCE-2 §15.3), each in `connectionDb` and the allocation. */
  readonly spliceCount: number;
  readonly complete: boolean;
  readonly lanes: readonly LaneLoss[];
  /** One judgement per distinct application of the two ends. */
  readonly applications: readonly ApplicationJudgement[];
  /** The application whose judgement stands (the stricter), or null. */
  readonly governing: ApplicationKey | null;
  /** Governing limit, dB, and margin, dB. */
  readonly limitDb: number | null;
  readonly marginDb: number | null;
  readonly limitUnverified: boolean;
  readonly verdict: LossVerdict;
  readonly reasons: readonly string[];
  /** Power budgets per direction where both parts give figures (§7.1). */
  readonly power: readonly PowerBudget[];
}

/** Channel kinds that get a loss report: transceivers at both ends. */
const REPORTED: Readonly<Record<ChannelKind, boolean>> = {
  duplex: true,
  parallel: true,
  breakout: true,
  partial: false,
  link: false,
};

/** Fibers that carry a signal: start at a transmitter or receiver (dark positions excluded). */
const lit = (f: FiberTrace): boolean => f.start.kind === 'tx' || f.start.kind === 'rx';

interface FiberLoss {
  readonly trace: FiberTrace;
  readonly loss: PathLoss;
}

const worse = (a: PathLoss, b: PathLoss): boolean => b.totalDb > a.totalDb || (a.complete && !b.complete);

function lanesOf(losses: readonly FiberLoss[]): Omit<LaneLoss, 'marginDb'>[] {
  const byLane = new Map<number, { ilDb: number; lengthM: number; complete: boolean; fibers: number[] }>();
  for (const { trace, loss } of losses) {
    const lane = trace.start.kind === 'tx' || trace.start.kind === 'rx' ? trace.start.lane : 0;
    const cur = byLane.get(lane);
    if (!cur)
      byLane.set(lane, { ilDb: loss.totalDb, lengthM: loss.lengthM, complete: loss.complete, fibers: [trace.id] });
    else {
      cur.ilDb = Math.max(cur.ilDb, loss.totalDb);
      cur.lengthM = Math.max(cur.lengthM, loss.lengthM);
      cur.complete &&= loss.complete;
      cur.fibers.push(trace.id);
    }
  }
  return [...byLane.entries()].sort((x, y) => x[0] - y[0]).map(([lane, v]) => ({ lane, ...v }));
}

function powerBudgets(
  index: DesignIndex,
  ends: readonly (TransceiverPart | undefined)[],
  losses: readonly FiberLoss[],
): PowerBudget[] {
  if (!ends.some((t) => t?.txPowerMinDbm !== undefined)) return [];
  const byDir = new Map<
    string,
    { from: DeviceId; to: DeviceId; tx: TransceiverPart; rx: TransceiverPart; ilDb: number }
  >();
  for (const { trace, loss } of losses) {
    const { start, end } = trace;
    if (start.kind !== 'tx' || end.kind !== 'rx') continue;
    const tx = index.devices.get(start.device)?.part;
    const rx = index.devices.get(end.device)?.part;
    if (tx?.kind !== 'transceiver' || rx?.kind !== 'transceiver') continue;
    const k = `${start.device}>${end.device}`;
    const cur = byDir.get(k);
    if (!cur) byDir.set(k, { from: start.device, to: end.device, tx, rx, ilDb: loss.totalDb });
    else cur.ilDb = Math.max(cur.ilDb, loss.totalDb);
  }
  return [...byDir.values()].flatMap((d) => powerBudget(d.from, d.tx, d.to, d.rx, d.ilDb) ?? []);
}

/**
 * The loss report of one channel, or null for `partial` and `link` channels (no application at
 * both ends). Inputs: the design index, a channel from the analysis and the design settings
 * (loss mode, design margin dB, multimode attenuation model). Source: REFERENCE §7.1–§7.4, §8.
 * Never throws: unknown parts, grades or limits give verdict `unchecked`. A breakout leg is
 * judged against both ends' applications, the parent parallel application first, so that on equal
 * margins it governs (REFERENCE-2 §14.1 note 2: "the parent parallel application's IL_max and
 * allocation apply"). An application that is not an IEEE 802.3 PMD gets no verdict (GT-28b).
 */
export function channelLoss(index: DesignIndex, channel: Channel, settings: DesignSettings): ChannelLossReport | null {
  if (!REPORTED[channel.kind]) return null;
  const ta = transceiverOf(index, channel.a);
  const tb = transceiverOf(index, channel.b);
  const ends = (tb?.laneCount ?? 0) > (ta?.laneCount ?? 0) ? [tb, ta] : [ta, tb];
  const apps: ApplicationSpec[] = [];
  const unknownApps: string[] = [];
  for (const t of ends) {
    if (!t) continue;
    const spec = applicationSpec(t.application);
    const notPmd: string | undefined = (NOT_A_PMD as Readonly<Record<string, string>>)[t.application];
    if (notPmd) unknownApps.push(`${t.name}: ${notPmd}`);
    else if (!spec)
      unknownApps.push(`${t.name}: application ${t.application} is not in the limits table (REFERENCE §8)`);
    else if (!apps.includes(spec)) apps.push(spec);
  }
  const wavelengthsNm =
    apps.length === 1
      ? apps[0]!.wavelengthsNm
      : [...new Set(apps.flatMap((a) => a.wavelengthsNm))].sort((x, y) => x - y);
  const ctx = pathContext(index, settings.lossMode, settings.multimodeAttenuation, wavelengthsNm);

  // Plain loops: this runs once per channel of a data hall (the benchmark's hot path).
  const losses: FiberLoss[] = [];
  let worst: FiberLoss | undefined;
  let lengthM = 0;
  let complete = true;
  const missing: string[] = [];
  const fiberTypes: FiberType[] = [];
  for (const trace of channel.fibers) {
    if (!lit(trace)) continue;
    const fl = { trace, loss: pathLoss(ctx, trace.hops, false) };
    losses.push(fl);
    if (!worst || worse(worst.loss, fl.loss)) worst = fl;
    if (fl.loss.lengthM > lengthM) lengthM = fl.loss.lengthM;
    if (!fl.loss.complete) complete = false;
    for (const m of fl.loss.missing) if (!missing.includes(m)) missing.push(m);
    for (const t of fl.loss.fiberTypes) if (!fiberTypes.includes(t)) fiberTypes.push(t);
  }
  const w = worst ? pathLoss(ctx, worst.trace.hops) : undefined;
  const fig = {
    totalDb: w?.totalDb ?? 0,
    connectionDb: w?.connectionDb ?? 0,
    lengthM,
    complete: losses.length > 0 && complete,
    missing: losses.length > 0 ? missing : ['no lit fiber in the channel'],
    fiberTypes,
  };
  const judgements = apps.map((a) => judgeApplication(a, fig, settings.designMarginDb));
  const gov = strictest(judgements);
  const verdict: LossVerdict =
    gov && isLossFailure(gov.verdict) ? gov.verdict : unknownApps.length > 0 || !gov ? 'unchecked' : gov.verdict;
  const reasons = [...unknownApps, ...(gov?.reasons ?? [])];
  const other = judgements.filter((j) => j !== gov);
  if (gov && other.length > 0) {
    reasons.push(
      `judged against ${gov.application} (stricter than ${other.map((o) => `${o.application}${o.marginDb === null ? '' : `, margin ${round3(o.marginDb).toFixed(3)} dB`}`).join('; ')})`,
    );
  }
  const limitDb = gov?.maxIlDb?.value ?? null;
  return {
    channel: channel.key,
    kind: channel.kind,
    lossMode: settings.lossMode,
    multimodeAttenuation: settings.multimodeAttenuation,
    designMarginDb: settings.designMarginDb,
    wavelengthsNm,
    hops: w?.hops ?? [],
    worstFiber: worst?.trace.id ?? null,
    lengthM: fig.lengthM,
    fiberDb: w?.fiberDb ?? 0,
    connectionDb: fig.connectionDb,
    totalDb: fig.totalDb,
    pairCount: w?.pairCount ?? 0,
    spliceCount: w?.spliceCount ?? 0,
    complete: fig.complete,
    lanes: lanesOf(losses).map((l) => ({ ...l, marginDb: limitDb !== null && l.complete ? limitDb - l.ilDb : null })),
    applications: judgements,
    governing: gov?.application ?? null,
    limitDb,
    marginDb: gov?.marginDb ?? null,
    limitUnverified: gov?.limitUnverified ?? false,
    verdict,
    reasons,
    power: powerBudgets(index, ends, losses),
  };
}
