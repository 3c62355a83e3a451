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
import type { ApplicationKey } from './applications';
import type { ApplicationJudgement, LossFigures, LossVerdict } from './judgement';
import { pathContext, pathLoss, type HopLoss, type PathContext } from './pathLoss';
import { appSetOf, memoTail, sharedNumber, type Tail } from './lossTail';
import { addLaneFiber, lanesOf, resetLanes, type LaneLoss } from './channelLanes';
import { addTraceTotals, newPathSums } from './pathTotals';
import { powerBudget, type PowerBudget } from './powerBudget';

export type { LaneLoss } from './channelLanes';

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
  /**
   * Per-hop breakdown of the worst fiber. Built on first read (an own enumerable accessor, so
   * equality checks, `JSON.stringify` and structured clone see it like a plain property).
   */
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

/** Power budgets per direction (§7.1) from the lit fibers and their totals, dB. */
function powerBudgets(index: DesignIndex, traces: readonly FiberTrace[], totals: readonly number[]): PowerBudget[] {
  const byDir = new Map<
    string,
    { from: DeviceId; to: DeviceId; tx: TransceiverPart; rx: TransceiverPart; ilDb: number }
  >();
  for (let i = 0; i < traces.length; i++) {
    const { start, end } = traces[i] as FiberTrace;
    const ilDb = totals[i] as number;
    if (start.kind !== 'tx' || end.kind !== 'rx') continue;
    const tx = index.devices.get(start.device)?.part;
    const rx = index.devices.get(end.device)?.part;
    if (tx?.kind !== 'transceiver' || rx?.kind !== 'transceiver') continue;
    const k = `${start.device}>${end.device}`;
    const cur = byDir.get(k);
    if (!cur) byDir.set(k, { from: start.device, to: end.device, tx, rx, ilDb });
    else cur.ilDb = Math.max(cur.ilDb, ilDb);
  }
  return [...byDir.values()].flatMap((d) => powerBudget(d.from, d.tx, d.to, d.rx, d.ilDb) ?? []);
}

/** The power budgets of a report whose end parts give no transmitter power (shared, frozen). */
const NO_POWER: readonly PowerBudget[] = Object.freeze([]);
/** Scratch sums of the fiber being added (`channelLoss` is not re-entrant). */
const SUMS = newPathSums();

const NO_MISSING: readonly string[] = ['no lit fiber in the channel'];
const NONE_MISSING: readonly string[] = Object.freeze([]);

/** Scratch fiber types of the channel (copied by `memoTail` when it judges). */
const FIBER_TYPES: FiberType[] = [];
/** Scratch missing-value reasons of the channel (`list` set on the first one). */
const MISSING: { list: string[] | null } = { list: null };

/** The figures of a channel that are not in its tail judgement (see `LossReport`). */
type Sums = Pick<
  ChannelLossReport,
  'worstFiber' | 'lengthM' | 'fiberDb' | 'connectionDb' | 'totalDb' | 'pairCount' | 'spliceCount' | 'complete'
>;

/**
 * A channel loss report whose `hops` (the worst fiber's breakdown) are built on first read: an
 * own enumerable accessor with one shared getter, so reports keep one fast shape and equality
 * checks, spreads, `JSON.stringify` and structured clone read `hops` like a plain property.
 */
class LossReport implements ChannelLossReport {
  readonly channel!: string;
  readonly kind!: ChannelKind;
  readonly lossMode!: LossMode;
  readonly multimodeAttenuation!: MultimodeAttenuationModel;
  readonly designMarginDb!: number;
  readonly wavelengthsNm!: readonly number[];
  declare readonly hops: readonly HopLoss[];
  readonly worstFiber!: number | null;
  readonly lengthM!: number;
  readonly fiberDb!: number;
  readonly connectionDb!: number;
  readonly totalDb!: number;
  readonly pairCount!: number;
  readonly spliceCount!: number;
  readonly complete!: boolean;
  readonly lanes!: readonly LaneLoss[];
  readonly applications!: readonly ApplicationJudgement[];
  readonly governing!: ApplicationKey | null;
  readonly limitDb!: number | null;
  readonly marginDb!: number | null;
  readonly limitUnverified!: boolean;
  readonly verdict!: LossVerdict;
  readonly reasons!: readonly string[];
  readonly power!: readonly PowerBudget[];
  readonly #ctx: PathContext;
  readonly #worst: FiberTrace | null;
  #hops: readonly HopLoss[] | undefined;

  static readonly #hopsGetter = function (this: LossReport): readonly HopLoss[] {
    return (this.#hops ??= this.#worst ? pathLoss(this.#ctx, this.#worst.hops).hops : []);
  };
  /** The one descriptor of every report's `hops` accessor (no descriptor object per report). */
  static readonly #hopsDescriptor: PropertyDescriptor = Object.freeze({
    get: LossReport.#hopsGetter,
    enumerable: true,
    configurable: true,
  });

  constructor(
    ctx: PathContext,
    worst: FiberTrace | null,
    channel: Channel,
    settings: DesignSettings,
    wavelengthsNm: readonly number[],
    f: Sums,
    lanes: readonly LaneLoss[],
    tail: Tail,
    power: readonly PowerBudget[],
  ) {
    this.#ctx = ctx;
    this.#worst = worst;
    // Assigned in the order of the `ChannelLossReport` fields (JSON key order).
    const self = this as { -readonly [K in keyof ChannelLossReport]: ChannelLossReport[K] };
    self.channel = channel.key;
    self.kind = channel.kind;
    self.lossMode = settings.lossMode;
    self.multimodeAttenuation = settings.multimodeAttenuation;
    // Numbers equal to the shared judgement's are its own (no box per report; see `Tail`).
    self.designMarginDb = sharedNumber(tail.designMarginDb, settings.designMarginDb);
    self.wavelengthsNm = wavelengthsNm;
    Object.defineProperty(this, 'hops', LossReport.#hopsDescriptor);
    self.worstFiber = f.worstFiber;
    self.lengthM = sharedNumber(tail.lengthM, f.lengthM);
    self.fiberDb = sharedNumber(tail.fiberDb, f.fiberDb);
    self.connectionDb = sharedNumber(tail.connectionDb, f.connectionDb);
    self.totalDb = sharedNumber(tail.totalDb, f.totalDb);
    self.pairCount = f.pairCount;
    self.spliceCount = f.spliceCount;
    self.complete = f.complete;
    self.lanes = lanes;
    self.applications = tail.applications;
    self.governing = tail.governing;
    self.limitDb = tail.limitDb;
    self.marginDb = tail.marginDb;
    self.limitUnverified = tail.limitUnverified;
    self.verdict = tail.verdict;
    self.reasons = tail.reasons;
    self.power = power;
  }
}

/** Scratch sums of the channel's worst fiber and totals (read by the `LossReport` constructor). */
const CHANNEL: { -readonly [K in keyof Sums]: Sums[K] } = {
  worstFiber: null,
  lengthM: 0,
  fiberDb: 0,
  connectionDb: 0,
  totalDb: 0,
  pairCount: 0,
  spliceCount: 0,
  complete: true,
};
/** Scratch figures handed to `memoTail` (which copies what a judgement keeps). */
const FIG: { -readonly [K in keyof LossFigures]: LossFigures[K] } = {
  totalDb: 0,
  connectionDb: 0,
  lengthM: 0,
  complete: true,
  missing: NONE_MISSING,
  fiberTypes: FIBER_TYPES,
};

/**
 * The loss report of one channel, or null for `partial` and `link` channels (no application at
 * both ends). Inputs: the design index, a channel from the analysis and the design settings
 * (loss mode, design margin dB, multimode attenuation model). Source: REFERENCE §7.1–§7.4, §8.
 * Never throws: unknown parts, grades or limits give verdict `unchecked`. A breakout leg is
 * judged against both ends' applications, the parent parallel application first, so that on equal
 * margins it governs (REFERENCE-2 §14.1 note 2: "the parent parallel application's IL_max and
 * allocation apply"). An application that is not an IEEE 802.3 PMD gets no verdict (GT-28b).
 * Reports with equal figures share their (immutable) judgements and reasons. `partA`, `partB`:
 * the transceiver parts of `channel.a` and `channel.b` (`transceiverOf`) when the caller has
 * looked them up already; null: look them up. `onIndex`: every fiber of the channel was traced
 * on `index` (a fresh analysis), so the cable records its steps hold are the index's own.
 * Not re-entrant
 * (module scratch; the core is single-threaded per worker).
 */
export function channelLoss(
  index: DesignIndex,
  channel: Channel,
  settings: DesignSettings,
  partA: TransceiverPart | undefined | null = null,
  partB: TransceiverPart | undefined | null = null,
  onIndex = false,
): ChannelLossReport | null {
  if (!REPORTED[channel.kind]) return null;
  const ta = partA === null ? transceiverOf(index, channel.a) : partA;
  const tb = partB === null ? transceiverOf(index, channel.b) : partB;
  // The parent parallel application first, so that on equal margins it governs (REFERENCE-2 §14.1 note 2).
  const flip = (tb?.laneCount ?? 0) > (ta?.laneCount ?? 0);
  const e0 = flip ? tb : ta;
  const e1 = flip ? ta : tb;
  const set = appSetOf(e0, e1);
  const ctx = pathContext(index, settings.lossMode, settings.multimodeAttenuation, set.wavelengthsNm);

  // Plain loops over reused scratch: this runs once per channel of a data hall (the benchmark's hot path).
  const power = e0?.txPowerMinDbm !== undefined || e1?.txPowerMinDbm !== undefined;
  const litTraces: FiberTrace[] | null = power ? [] : null;
  const litDb: number[] | null = power ? [] : null;
  resetLanes();
  const s = SUMS;
  const missing = MISSING;
  missing.list = null;
  const fiberTypes = FIBER_TYPES;
  // Emptied by `pop`, which keeps the backing store (`length = 0` drops it: a new one per channel).
  while (fiberTypes.length > 0) fiberTypes.pop();
  let worst: FiberTrace | null = null;
  let wTotal = 0;
  let wComplete = true;
  let wFiber = 0;
  let wConnection = 0;
  let wPairs = 0;
  let wSplices = 0;
  let litCount = 0;
  let lengthM = 0;
  let complete = true;
  const fibers = channel.fibers;
  for (let fi = 0; fi < fibers.length; fi++) {
    const trace = fibers[fi] as FiberTrace;
    if (!lit(trace)) continue;
    addTraceTotals(ctx, trace, s, fiberTypes, missing, onIndex);
    const totalDb = s.fiberDb + s.connectionDb;
    if (litTraces && litDb) {
      litTraces.push(trace);
      litDb.push(totalDb);
    }
    // `worse`: a higher total, or an incomplete path after a complete one.
    if (worst === null || totalDb > wTotal || (wComplete && !s.complete)) {
      worst = trace;
      wTotal = totalDb;
      wComplete = s.complete;
      wFiber = s.fiberDb;
      wConnection = s.connectionDb;
      wPairs = s.pairCount;
      wSplices = s.spliceCount;
    }
    if (s.lengthM > lengthM) lengthM = s.lengthM;
    if (!s.complete) complete = false;
    addLaneFiber((trace.start as { readonly lane: number }).lane, totalDb, s.lengthM, s.complete, trace.id, litCount);
    litCount += 1;
  }
  // Totals of the worst fiber come from its sums; its breakdown lines are built when read.
  const fig = FIG;
  fig.totalDb = wTotal;
  fig.connectionDb = wConnection;
  fig.lengthM = lengthM;
  fig.complete = litCount > 0 && complete;
  fig.missing = litCount > 0 ? (missing.list ?? NONE_MISSING) : NO_MISSING;
  fig.fiberTypes = fiberTypes;
  const tail = memoTail(ctx, set, fig, settings.designMarginDb, wFiber);
  const sums = CHANNEL;
  sums.worstFiber = worst ? worst.id : null;
  sums.lengthM = lengthM;
  sums.fiberDb = wFiber;
  sums.connectionDb = wConnection;
  sums.totalDb = wTotal;
  sums.pairCount = wPairs;
  sums.spliceCount = wSplices;
  sums.complete = fig.complete;
  return new LossReport(
    ctx,
    worst,
    channel,
    settings,
    set.wavelengthsNm,
    sums,
    lanesOf(litCount, tail),
    tail,
    litTraces && litDb ? powerBudgets(index, litTraces, litDb) : NO_POWER,
  );
}
