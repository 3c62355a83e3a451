/**
 * Loss verdicts: a channel's insertion loss and length judged against one application's limits
 * (REFERENCE §7.1, §8), and the choice of the stricter application when the two ends differ
 * (breakout legs, mixed duplex ends).
 *
 * Verdicts, worst first: `fail-loss` (IL above the maximum channel IL), `fail-reach` (length
 * above the reach for the fiber type, even with loss margin left), `unchecked` (a loss value or
 * a limit is unknown; never `pass`), `unverified-limit` (the limit or reach itself is UNVERIFIED
 * in §8), `warn` (margin below the design margin kept for aging and temperature), `pass`.
 */
import type { FiberType } from '../connectors';
import type { VerdictClass } from '../engine/channels';
import { round3 } from '../units';
import { limitsFor, type ApplicationKey, type ApplicationSpec, type LimitCell } from './applications';

/** Loss verdict of a channel against an application. */
export type LossVerdict = 'fail-loss' | 'fail-reach' | 'unchecked' | 'unverified-limit' | 'warn' | 'pass';

/** Severity rank (lower is worse), UI class and text of each loss verdict. */
export const LOSS_VERDICTS: Readonly<
  Record<LossVerdict, { readonly rank: number; readonly cls: VerdictClass; readonly text: string }>
> = {
  'fail-loss': { rank: 0, cls: 'fail', text: 'Over loss budget' },
  'fail-reach': { rank: 1, cls: 'fail', text: 'Over reach' },
  unchecked: { rank: 2, cls: 'unchecked', text: 'Loss unchecked' },
  'unverified-limit': { rank: 3, cls: 'unverified', text: 'Limit unverified' },
  warn: { rank: 4, cls: 'warning', text: 'Below design margin' },
  pass: { rank: 5, cls: 'pass', text: 'Within budget' },
};

/** True for the verdicts the analyze command counts as failures (`fail-loss`, `fail-reach`). */
export const isLossFailure = (v: LossVerdict): boolean => LOSS_VERDICTS[v].cls === 'fail';

/**
 * Tolerance of every comparison, dB or m: a channel exactly at its limit passes despite binary
 * floating-point sums (0.1 × 3.5 + 2.25 is not exactly 2.6); 0.001 over fails.
 */
export const LOSS_EPSILON = 1e-9;

/** What a judgement needs to know about the channel. */
export interface LossFigures {
  /** Channel IL, dB (a lower bound when incomplete). */
  readonly totalDb: number;
  /** Σ mated pairs, module figures and splices, dB. */
  readonly connectionDb: number;
  /** Channel length, m. */
  readonly lengthM: number;
  readonly complete: boolean;
  readonly missing: readonly string[];
  readonly fiberTypes: readonly FiberType[];
}

/** The judgement of a channel against one application. */
export interface ApplicationJudgement {
  readonly application: ApplicationKey;
  /** Fiber type whose column set the IL limit (the strictest of the path's fiber types). */
  readonly fiberType: FiberType | null;
  /** Maximum channel IL, dB, with its evidence; null when §8 gives none for the fiber. */
  readonly maxIlDb: LimitCell | null;
  /** Reach, m. */
  readonly reachM: LimitCell | null;
  /** Connection + splice allocation, dB. */
  readonly allocationDb: LimitCell | null;
  /** maxIl − IL, dB; null when the IL is incomplete or no limit is known. */
  readonly marginDb: number | null;
  /** reach − length, m. */
  readonly reachMarginM: number | null;
  /** allocation − Σ connections, dB (informative: the published reach assumes ≥ 0, §7.4). */
  readonly allocationMarginDb: number | null;
  /** True when the IL limit or the reach used is UNVERIFIED. */
  readonly limitUnverified: boolean;
  readonly verdict: LossVerdict;
  readonly reasons: readonly string[];
}

const f3 = (n: number): string => round3(n).toFixed(3);

/** The strictest cell (lowest value) of several, keeping the first on ties. */
function strictestCell<T>(items: readonly T[], cell: (t: T) => LimitCell | null): { item: T; cell: LimitCell } | null {
  let best: { item: T; cell: LimitCell } | null = null;
  for (const it of items) {
    const c = cell(it);
    if (c && (!best || c.value < best.cell.value)) best = { item: it, cell: c };
  }
  return best;
}

/**
 * Judges channel figures against `app` (REFERENCE §7.1: PASS if margin ≥ 0 and length ≤ reach;
 * §8 limits per fiber type, the strictest fiber type of a mixed path governing). `designMarginDb`
 * turns a pass with less margin into `warn`.
 */
export function judgeApplication(app: ApplicationSpec, fig: LossFigures, designMarginDb: number): ApplicationJudgement {
  const reasons: string[] = [];
  const columns = fig.fiberTypes.map((ft) => ({ ft, limits: limitsFor(app, ft) }));
  const noColumn = columns.filter((c) => !c.limits).map((c) => c.ft);
  const known = columns.flatMap((c) => (c.limits ? [{ ft: c.ft, limits: c.limits }] : []));
  const il = strictestCell(known, (k) => k.limits.maxIlDb);
  const reach = strictestCell(known, (k) => k.limits.reachM);
  const alloc = strictestCell(known, (k) => k.limits.allocationDb);

  const failLoss = il !== null && fig.totalDb > il.cell.value + LOSS_EPSILON;
  const failReach = reach !== null && fig.lengthM > reach.cell.value + LOSS_EPSILON;
  const marginDb = il && fig.complete ? il.cell.value - fig.totalDb : null;
  const reachMarginM = reach ? reach.cell.value - fig.lengthM : null;
  const allocationMarginDb = alloc && fig.complete ? alloc.cell.value - fig.connectionDb : null;
  const limitUnverified = Boolean(il?.cell.unverified || reach?.cell.unverified);

  if (failLoss && il)
    reasons.push(
      `${app.id}: IL ${fig.complete ? '' : '≥ '}${f3(fig.totalDb)} dB exceeds the ${il.item.ft} limit ${f3(il.cell.value)} dB by ${f3(fig.totalDb - il.cell.value)} dB`,
    );
  if (failReach && reach)
    reasons.push(`${app.id}: length ${f3(fig.lengthM)} m exceeds the ${reach.item.ft} reach ${reach.cell.value} m`);
  for (const ft of noColumn) reasons.push(`${app.id}: no channel limit for ${ft} (REFERENCE §8)`);
  if (known.length > 0 && !il)
    reasons.push(
      `${app.id}: no default channel IL limit (UNVERIFIED, REFERENCE-2 §14.1): set the limit from the module or standard data`,
    );
  for (const m of fig.missing) reasons.push(`loss unknown: ${m}`);
  if (marginDb !== null && !failLoss && marginDb < designMarginDb - LOSS_EPSILON)
    reasons.push(`${app.id}: margin ${f3(marginDb)} dB is below the design margin ${f3(designMarginDb)} dB`);
  if (limitUnverified && il)
    reasons.push(
      `${app.id}: the ${il.item.ft} limit ${f3(il.cell.value)} dB${reach?.cell.unverified ? ' and reach' : ''} is UNVERIFIED (REFERENCE §8)`,
    );
  if (allocationMarginDb !== null && alloc && allocationMarginDb < -LOSS_EPSILON)
    reasons.push(
      `${app.id}: connection loss ${f3(fig.connectionDb)} dB exceeds the allocation ${f3(alloc.cell.value)} dB the published reach assumes (§7.4)`,
    );

  const verdict: LossVerdict = failLoss
    ? 'fail-loss'
    : failReach
      ? 'fail-reach'
      : noColumn.length > 0 || !il || !fig.complete
        ? 'unchecked'
        : limitUnverified
          ? 'unverified-limit'
          : marginDb !== null && marginDb < designMarginDb - LOSS_EPSILON
            ? 'warn'
            : 'pass';
  if (verdict === 'pass' && marginDb !== null)
    reasons.push(`${app.id}: IL ${f3(fig.totalDb)} dB within ${f3(il?.cell.value ?? 0)} dB, margin ${f3(marginDb)} dB`);

  return {
    application: app.id,
    fiberType: il?.item.ft ?? null,
    maxIlDb: il?.cell ?? null,
    reachM: reach?.cell ?? null,
    allocationDb: alloc?.cell ?? null,
    marginDb,
    reachMarginM,
    allocationMarginDb,
    limitUnverified,
    verdict,
    reasons,
  };
}

/** Ordering group: failures first, then unknowns, then everything judged. */
const group = (j: ApplicationJudgement): number =>
  LOSS_VERDICTS[j.verdict].cls === 'fail' ? 0 : j.verdict === 'unchecked' ? 1 : 2;

/**
 * The stricter of several judgements (CONVENTION, issue 3): a failing one first, then an
 * unchecked one, then the smallest IL margin, then the smallest reach margin; ties keep the
 * first. Returns undefined for an empty list.
 */
export function strictest(js: readonly ApplicationJudgement[]): ApplicationJudgement | undefined {
  const key = (j: ApplicationJudgement): [number, number, number] => [
    group(j),
    j.marginDb ?? Infinity,
    j.reachMarginM ?? Infinity,
  ];
  let best: ApplicationJudgement | undefined;
  let bestKey: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const j of js) {
    const k = key(j);
    if (
      k[0] < bestKey[0] ||
      (k[0] === bestKey[0] &&
        (k[1] < bestKey[1] - LOSS_EPSILON ||
          (Math.abs(k[1] - bestKey[1]) <= LOSS_EPSILON && k[2] < bestKey[2] - LOSS_EPSILON)))
    ) {
      best = j;
      bestKey = k;
    }
  }
  return best;
}
