/**
 * Measured against designed (REFERENCE-2 §16.6, Appendix B.5 `judge`; issue 14 §4): one measured
 * insertion loss judged against its limit and against the designed loss of the same link with
 * the same reference method.
 *
 * Order of the rules (§16.6): a negative reading means the reference is invalid ("re-reference
 * the tester", §16.3) and gets no verdict; above the limit fails; above the designed loss plus a
 * tolerance the user sets passes "above design" (informational: a dirty or damaged connector is
 * likely); otherwise "as designed". A polarity mismatch (§16.4) fails independently of loss.
 * With tolerance 0 the rules are exactly Appendix B's `judge`.
 */
import type { VerdictClass } from '../engine/channels';
import { LOSS_EPSILON } from '../loss/judgement';

/** Verdict of a measurement, a fiber, a link or a channel against its test. */
export type TestVerdict =
  | 'fail-limit'
  | 'fail-polarity'
  | 'unchecked'
  | 'untested'
  | 're-reference'
  | 'above-design'
  | 'within-limit'
  | 'as-designed';

/** Severity rank (lower is worse), UI class and text of each test verdict. */
export const TEST_VERDICTS: Readonly<
  Record<TestVerdict, { readonly rank: number; readonly cls: VerdictClass; readonly text: string }>
> = {
  'fail-limit': { rank: 0, cls: 'fail', text: 'Fails limit' },
  'fail-polarity': { rank: 1, cls: 'fail', text: 'Polarity differs from design' },
  unchecked: { rank: 2, cls: 'unchecked', text: 'Unchecked' },
  untested: { rank: 3, cls: 'unchecked', text: 'Untested' },
  're-reference': { rank: 4, cls: 'warning', text: 'Negative loss: re-reference the tester' },
  'above-design': { rank: 5, cls: 'warning', text: 'Above design' },
  'within-limit': { rank: 6, cls: 'pass', text: 'Within limit (design loss unknown)' },
  'as-designed': { rank: 7, cls: 'pass', text: 'As designed' },
};

/** The worse of two test verdicts. */
export const worseTest = (a: TestVerdict, b: TestVerdict): TestVerdict =>
  TEST_VERDICTS[a].rank <= TEST_VERDICTS[b].rank ? a : b;

/** True for the verdicts that fail a tested link (the analyze command exits 1 on them). */
export const isTestFailure = (v: TestVerdict): boolean => TEST_VERDICTS[v].cls === 'fail';

/** The judgement of one measurement. Values in dB, unrounded. */
export interface MeasurementJudgement {
  readonly verdict: TestVerdict;
  /** limit − measured, dB; null for a negative reading (no verdict) or an unknown limit. */
  readonly marginDb: number | null;
  /** measured − designed, dB; null when the designed loss is unknown. */
  readonly deltaDb: number | null;
}

/**
 * Judges a measured loss (dB) against `limitDb` and `designedDb` (null when unknown) with a
 * tolerance `toleranceDb` ≥ 0 (REFERENCE-2 §16.6; tolerance 0 = Appendix B `judge`). Comparisons
 * allow `LOSS_EPSILON` so a reading exactly at the limit passes (GT-25: 3.69 against 3.690).
 */
export function judgeMeasurement(
  measuredDb: number,
  limitDb: number | null,
  designedDb: number | null,
  toleranceDb = 0,
): MeasurementJudgement {
  const deltaDb = designedDb === null ? null : measuredDb - designedDb;
  if (measuredDb < 0) return { verdict: 're-reference', marginDb: null, deltaDb };
  if (limitDb === null) return { verdict: 'unchecked', marginDb: null, deltaDb };
  const marginDb = limitDb - measuredDb;
  if (marginDb < -LOSS_EPSILON) return { verdict: 'fail-limit', marginDb, deltaDb };
  if (deltaDb === null) return { verdict: 'within-limit', marginDb, deltaDb };
  if (deltaDb > toleranceDb + LOSS_EPSILON) return { verdict: 'above-design', marginDb, deltaDb };
  return { verdict: 'as-designed', marginDb, deltaDb };
}
