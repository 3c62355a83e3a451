/**
 * Field-test data the panels show (issue 14), derived per design object through its analysis
 * (memoised there): permanent links, their design-time judgement, measured outcomes, and one
 * verdict class per channel for the channel list and the port map.
 */
import type { Design } from '../core/design';
import type { AnalysedChannel } from '../core/analysis/analyze';
import type { VerdictClass } from '../core/engine/channels';
import {
  linkEvaluator,
  measuredOutcomes,
  permanentLinks,
  TEST_VERDICTS,
  type ChannelTestOutcome,
  type LinkEvaluation,
  type MeasuredOutcomes,
  type PermanentLinks,
} from '../core/fieldTest';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { analysisOf, channelClass, worseClass } from './selectors';

/** The permanent links of a design. */
export const linksOf = (design: Design): PermanentLinks => permanentLinks(analysisOf(design));

/** The measured outcomes of a design (every link, tested or not). */
export const fieldTestOf = (design: Design): MeasuredOutcomes => measuredOutcomes(analysisOf(design));

/** The design-time evaluation of the permanent link a `link` channel is, or null. */
export function linkEvaluationOf(design: Design, c: AnalysedChannel): LinkEvaluation | null {
  if (c.kind !== 'link') return null;
  const link = linksOf(design).byChannel.get(c.key)?.[0];
  return link ? linkEvaluator(analysisOf(design)).evaluate(link) : null;
}

/** True when the design holds at least one test result. */
export function hasTestResults(design: Design): boolean {
  for (const _ in design.testResults ?? {}) return true;
  return false;
}

/**
 * The field-test outcome of a channel (its permanent links), or null when it has none — or when
 * the design holds no result at all (before the first import nothing is "untested" yet, and the
 * per-edit cost of the outcomes is not paid).
 */
export const channelTestOf = (design: Design, c: AnalysedChannel): ChannelTestOutcome | null =>
  hasTestResults(design) ? fieldTestOf(design).channel(c.key) : null;

/** Class of a channel's test outcome (null: no permanent link). */
export function channelTestClass(design: Design, c: AnalysedChannel): VerdictClass | null {
  const t = channelTestOf(design, c);
  return t ? TEST_VERDICTS[t.verdict].cls : null;
}

/** Class of a passive link's design-time verdict (null for other channels). */
export function linkDesignClass(design: Design, c: AnalysedChannel): VerdictClass | null {
  const e = linkEvaluationOf(design, c);
  return e ? LOSS_VERDICTS[e.verdict].cls : null;
}

/** True when a channel's field test is not a clean pass (failing, untested, above design, re-reference). */
export function testNeedsAttention(design: Design, c: AnalysedChannel): boolean {
  const t = channelTestOf(design, c);
  return t !== null && t.verdict !== 'as-designed' && t.verdict !== 'within-limit';
}

/**
 * The class a channel row shows: a passive link by its link verdict; a tested link that fails
 * makes the channel a failure, one above design or needing a re-reference a warning; untested
 * links change nothing (designs are untested until the installer reports).
 */
export function rowClassOf(design: Design, c: AnalysedChannel): VerdictClass {
  // An invalid mating is a failure whatever the link's loss says (never green, issue 12 §3).
  const own = (c.verdict === 'invalid' ? null : linkDesignClass(design, c)) ?? channelClass(c);
  const t = channelTestOf(design, c);
  const cls = t ? TEST_VERDICTS[t.verdict].cls : null;
  return cls === 'fail' || cls === 'warning' ? worseClass(own, cls) : own;
}
