/**
 * What the Export and Field test menus ask the analysis service (issue 5, issue 14), computed on
 * the service's side (the Web Worker) from the full analysis: the port map rows, the channel
 * diagrams of the PDF deliverables (a failing channel with its best proposed fix), the test plan,
 * the certification summary and the measured-results CSV. The main thread turns them into files
 * (papaparse, jsPDF). All plain, structured-clone-friendly data.
 */
import type { Analysis } from '../core/analysis/analyze';
import { channelDiagram } from '../core/deliverables/channelDiagram';
import { portMapRows, type PortMapMode, type PortMapRow } from '../core/deliverables/portMap';
import { VERDICTS } from '../core/engine/channels';
import {
  certificationSummary,
  measuredOutcomes,
  testPlan,
  type CertificationSummary,
  type TestPlanRow,
} from '../core/fieldTest';
import { labelsFor } from '../core/labels';
import { own } from '../core/own';
import { VERDICT_CLASS_ORDER } from '../core/verdictStyle';
import { resultsCsv } from '../io/exports/certificationExport';
import type { PdfDiagramItem } from '../io/exports/pdfChannelDiagram';
import { channelClass, fixesFor, isEquipmentChannel } from './selectors';

/** Which channels a report draws. */
export interface ReportScope {
  /** Only channels that do not pass (the port map PDF's troubleshooting pages). */
  readonly notPassing?: boolean;
  /** At most this many channels (default 100). */
  readonly limit?: number;
  /**
   * At most this many failing channels get a proposed fix (default: 12, fewer on large designs so
   * the export stays within seconds: about 20,000 traced fibers of re-analysis in all).
   */
  readonly fixLimit?: number;
}

/** The diagrams a PDF draws and a note on what was left out (empty when nothing was). */
export interface ReportDiagrams {
  readonly items: readonly PdfDiagramItem[];
  readonly note: string;
}

/**
 * The diagrams of the equipment channels of `a` for a PDF: worst class first (fail, warning,
 * unverified, unchecked, pass), each laid out by the one channel-diagram model (REFERENCE §0.5);
 * the first `fixLimit` failing channels carry their best proposed fix (`fixesFor`, the element
 * it replaces marked where the channel goes wrong).
 */
export function reportDiagrams(a: Analysis, scope: ReportScope = {}): ReportDiagrams {
  const design = a.index.design;
  const labels = labelsFor(design);
  const limit = scope.limit ?? 100;
  const fixLimit = scope.fixLimit ?? Math.max(1, Math.min(12, Math.floor(20_000 / Math.max(1, a.fibers.length))));
  const rank = (c: Parameters<typeof channelClass>[0]) => VERDICT_CLASS_ORDER.indexOf(channelClass(c));
  const all = a.channels
    .filter((c) => isEquipmentChannel(c) && (!scope.notPassing || channelClass(c) !== 'pass'))
    .sort((x, y) => rank(x) - rank(y));
  let fixed = 0;
  const items = all.slice(0, limit).map((c): PdfDiagramItem => {
    const failing = VERDICTS[c.verdict].cls === 'fail';
    const fix = failing && fixed < fixLimit ? (fixesFor(design, a, c)[0] ?? null) : null;
    if (failing) fixed += 1;
    return {
      diagram: channelDiagram(a, c, {
        labels,
        ...(fix ? { fix: { target: fix.target, text: fix.description } } : {}),
      }),
      fix: fix?.description ?? null,
    };
  });
  const notes: string[] = [];
  if (all.length > limit) notes.push(`${all.length - limit} more channels are not drawn here (see the table).`);
  const failing = all.filter((c) => VERDICTS[c.verdict].cls === 'fail').length;
  if (failing > fixLimit)
    notes.push(
      `Proposed fixes are computed for the first ${fixLimit} of ${failing} failing channels; open the others in the designer.`,
    );
  return { items, note: notes.join(' ') };
}

/** The port map / cable schedule rows of `a` (`portMapRows`: one per fiber, or per port pair). */
export const portMapRowsOf = (a: Analysis, mode: PortMapMode): PortMapRow[] => portMapRows(a, { mode });

/** The test plan of `a` with a row per equipment channel; QR codes point to `baseUrl` (REFERENCE-2 §16). */
export const testPlanOf = (a: Analysis, baseUrl: string): TestPlanRow[] => testPlan(a, { channels: true, baseUrl });

/** The certification summary of `a`'s measured outcomes, each link with the row of its near rack. */
export function certificationOf(a: Analysis): CertificationSummary {
  const d = a.index.design;
  const rowOf = (o: { link: { near: { rack: string | null } } }) =>
    (o.link.near.rack ? own(d.racks, o.link.near.rack)?.row : undefined) ?? '';
  return certificationSummary(measuredOutcomes(a), rowOf);
}

/** Every current measurement of `a`'s design with designed loss, delta and verdict, as CSV text. */
export const measuredResultsCsv = (a: Analysis): string => resultsCsv(measuredOutcomes(a));
