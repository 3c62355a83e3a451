/**
 * The certification summary of a design's field tests (issue 14 §4): per link its verdict and
 * worst measurement per wavelength, totals by verdict, the untested links, and the measurements
 * furthest above design (worst deltas). Pure data for the PDF and CSV exports.
 */
import { TEST_VERDICTS, isTestFailure, type TestVerdict } from './judge';
import type { LinkOutcome, MeasuredFiber, MeasuredOutcomes } from './measured';

/** One link of the summary. */
export interface CertifiedLink {
  readonly label: string;
  readonly tia606: string;
  readonly rackRow: string;
  readonly verdict: TestVerdict;
  readonly verdictText: string;
  readonly failed: boolean;
  /** Fibers with a current result / fibers of the link. */
  readonly fibersTested: number;
  readonly fibers: number;
  /** Worst measurement per wavelength. */
  readonly worst: readonly MeasuredFiber[];
  readonly reasons: readonly string[];
}

/** The whole summary. */
export interface CertificationSummary {
  readonly links: readonly CertifiedLink[];
  readonly totals: MeasuredOutcomes['totals'];
  readonly untested: readonly CertifiedLink[];
  /** Current measurements by delta (measured − designed), largest first; at most `worstCount`. */
  readonly worstDeltas: readonly { readonly link: string; readonly measured: MeasuredFiber }[];
  /** Sources of the current results (file names). */
  readonly sources: readonly string[];
}

const certify = (o: LinkOutcome, rackRow: string): CertifiedLink => ({
  label: o.link.label,
  tia606: o.link.tia606,
  rackRow,
  verdict: o.verdict,
  verdictText: TEST_VERDICTS[o.verdict].text,
  failed: o.tested && isTestFailure(o.verdict),
  fibersTested: o.link.fibers.length - o.untested.length,
  fibers: o.link.fibers.length,
  worst: o.headlines.map((h) => h.measured),
  reasons: o.reasons,
});

/**
 * The summary of `outcomes`. `rackRowOf` names the row of racks of a link (for grouping);
 * `worstCount` bounds the worst-delta list (default 10).
 */
export function certificationSummary(
  outcomes: MeasuredOutcomes,
  rackRowOf: (o: LinkOutcome) => string = () => '',
  worstCount = 10,
): CertificationSummary {
  const links = outcomes.links.map((o) => certify(o, rackRowOf(o)));
  const deltas = outcomes.links
    .flatMap((o) => o.fibers.map((m) => ({ link: o.link.label, measured: m })))
    .filter((d) => d.measured.deltaDb !== null && d.measured.verdict !== 're-reference')
    .sort((a, b) => (b.measured.deltaDb ?? 0) - (a.measured.deltaDb ?? 0))
    .slice(0, worstCount);
  const sources = [...new Set(outcomes.links.flatMap((o) => o.fibers.map((m) => m.result.source)))].sort();
  return {
    links,
    totals: outcomes.totals,
    untested: links.filter((l) => l.verdict === 'untested' && l.fibersTested === 0),
    worstDeltas: deltas,
    sources,
  };
}
