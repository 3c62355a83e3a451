/**
 * The judgement part of a channel loss report (REFERENCE §7.1, §8): the applications of the two
 * ends, each judged against the channel's figures, the stricter governing (issue 3). It depends
 * only on the two transceiver parts, the figures and the design margin, and a data hall has few
 * distinct figures, so it is memoised (per path context, keyed by number without building
 * strings) and equal figures share one immutable judgement.
 */
import type { TransceiverPart } from '../parts';
import { round3 } from '../units';
import { applicationSpec, NOT_A_PMD, type ApplicationKey, type ApplicationSpec } from './applications';
import {
  isLossFailure,
  judgeApplication,
  strictest,
  type ApplicationJudgement,
  type LossFigures,
  type LossVerdict,
} from './judgement';
import type { PathContext } from './pathLoss';

/** The applications of a channel's two ends: specs (distinct), unknown ones, and the wavelengths (nm). */
export interface AppSet {
  readonly apps: readonly ApplicationSpec[];
  readonly unknownApps: readonly string[];
  readonly wavelengthsNm: readonly number[];
}

const NONE = {};
const appSets = new WeakMap<object, WeakMap<object, AppSet>>();

/** The application set of two end transceivers, either possibly absent (memoised per part pair). */
export function appSetOf(ta: TransceiverPart | undefined, tb: TransceiverPart | undefined): AppSet {
  let byB = appSets.get(ta ?? NONE);
  if (!byB) appSets.set(ta ?? NONE, (byB = new WeakMap()));
  let hit = byB.get(tb ?? NONE);
  if (hit) return hit;
  const apps: ApplicationSpec[] = [];
  const unknownApps: string[] = [];
  for (const t of [ta, tb]) {
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
  hit = { apps, unknownApps, wavelengthsNm };
  byB.set(tb ?? NONE, hit);
  return hit;
}

/**
 * `held` (a judgement's number) when it is the same number as `own`, else `own`: equal and, for
 * zero, of the same sign (NaN is never shared). Plain comparisons: `own` is never boxed for a call.
 */
export const sharedNumber = (held: number | null, own: number): number =>
  held === own && (own !== 0 || 1 / held === 1 / own) ? held : own;

/**
 * What a loss report takes from the judgement of its figures (shared by equal figures), and the
 * figures it was judged on: the design margin, total, connection loss (dB) and length (m). A
 * class whose fields are declared (so defined before they are assigned): V8 keeps them as tagged
 * values, so a report copying its numbers (limit, margin, the judged figures) copies a reference
 * to the judgement's number, not a fresh 16-byte box per report.
 */
export class Tail {
  readonly designMarginDb: number;
  /**
   * Fiber loss (dB) of the channel first judged with these figures. Not a judged figure: kept so
   * that a report with the same fiber loss (most, in a hall of equal links) shares its number.
   */
  readonly fiberDb: number;
  readonly totalDb: number;
  readonly connectionDb: number;
  readonly lengthM: number;
  readonly applications: readonly ApplicationJudgement[];
  readonly governing: ApplicationKey | null;
  readonly limitDb: number | null;
  readonly marginDb: number | null;
  readonly limitUnverified: boolean;
  readonly verdict: LossVerdict;
  readonly reasons: readonly string[];

  constructor(
    designMarginDb: number,
    fiberDb: number,
    fig: LossFigures,
    applications: readonly ApplicationJudgement[],
    governing: ApplicationKey | null,
    limitDb: number | null,
    marginDb: number | null,
    limitUnverified: boolean,
    verdict: LossVerdict,
    reasons: readonly string[],
  ) {
    this.designMarginDb = designMarginDb;
    this.fiberDb = fiberDb;
    this.totalDb = fig.totalDb;
    this.connectionDb = fig.connectionDb;
    this.lengthM = fig.lengthM;
    this.applications = applications;
    this.governing = governing;
    this.limitDb = limitDb;
    this.marginDb = marginDb;
    this.limitUnverified = limitUnverified;
    this.verdict = verdict;
    this.reasons = reasons;
  }
}

function judgeTail(set: AppSet, fig: LossFigures, designMarginDb: number, fiberDb: number): Tail {
  const judgements = set.apps.map((a) => judgeApplication(a, fig, designMarginDb));
  const gov = strictest(judgements);
  const verdict: LossVerdict =
    gov && isLossFailure(gov.verdict) ? gov.verdict : set.unknownApps.length > 0 || !gov ? 'unchecked' : gov.verdict;
  const reasons = [...set.unknownApps, ...(gov?.reasons ?? [])];
  const other = judgements.filter((j) => j !== gov);
  if (gov && other.length > 0) {
    reasons.push(
      `judged against ${gov.application} (stricter than ${other.map((o) => `${o.application}${o.marginDb === null ? '' : `, margin ${round3(o.marginDb).toFixed(3)} dB`}`).join('; ')})`,
    );
  }
  return new Tail(
    designMarginDb,
    fiberDb,
    fig,
    judgements,
    gov?.application ?? null,
    gov?.maxIlDb?.value ?? null,
    gov?.marginDb ?? null,
    gov?.limitUnverified ?? false,
    verdict,
    reasons,
  );
}

type TailMemo = Map<number, Map<number, Map<number, Map<string, Tail>>>>;
const tailMemos = new WeakMap<PathContext, WeakMap<AppSet, Map<number, TailMemo>>>();

/**
 * The judgement of `fig` (dB, m) against the applications of `set` with design margin
 * `designMarginDb` (dB): one per application, the stricter governing, the verdict and reasons.
 * Memoised per path context (so per index and loss mode); never throws. `fiberDb`: the caller's
 * fiber loss (dB), kept by a new judgement for sharing (`Tail.fiberDb`); it does not affect it.
 */
export function memoTail(
  ctx: PathContext,
  set: AppSet,
  fig: LossFigures,
  designMarginDb: number,
  fiberDb = Number.NaN,
): Tail {
  let bySet = tailMemos.get(ctx);
  if (!bySet) tailMemos.set(ctx, (bySet = new WeakMap()));
  let byMargin = bySet.get(set);
  if (!byMargin) bySet.set(set, (byMargin = new Map()));
  let m1 = byMargin.get(designMarginDb);
  if (!m1) byMargin.set(designMarginDb, (m1 = new Map()));
  let m2 = m1.get(fig.totalDb);
  if (!m2) m1.set(fig.totalDb, (m2 = new Map()));
  let m3 = m2.get(fig.connectionDb);
  if (!m3) m2.set(fig.connectionDb, (m3 = new Map()));
  let m4 = m3.get(fig.lengthM);
  if (!m4) m3.set(fig.lengthM, (m4 = new Map()));
  const rest =
    fig.complete && fig.missing.length === 0 && fig.fiberTypes.length === 1
      ? (fig.fiberTypes[0] as string)
      : `${fig.complete ? 1 : 0}|${fig.fiberTypes.join(',')}|${fig.missing.join('\u0001')}`;
  let hit = m4.get(rest);
  // `fig` and its lists may be the caller's scratch: a judgement keeps copies.
  if (!hit)
    m4.set(
      rest,
      (hit = judgeTail(
        set,
        {
          totalDb: fig.totalDb,
          connectionDb: fig.connectionDb,
          lengthM: fig.lengthM,
          complete: fig.complete,
          missing: fig.missing.slice(),
          fiberTypes: fig.fiberTypes.slice(),
        },
        designMarginDb,
        fiberDb,
      )),
    );
  return hit;
}
