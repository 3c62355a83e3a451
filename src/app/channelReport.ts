/**
 * The channels drawn in the PDF deliverables: the equipment channels (transceivers at both ends),
 * worst class first, each laid out by the one channel-diagram model; a failing channel carries its
 * best proposed fix (the element it replaces is marked where the channel goes wrong). Proposals
 * re-analyse the design once per candidate part, so only the first `fixLimit` failing channels get
 * one; the note says what was left out.
 */
import { channelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import { labelsFor } from '../core/labels';
import { VERDICT_CLASS_ORDER } from '../core/verdictStyle';
import type { PdfDiagramItem } from '../io/exports/pdfChannelDiagram';
import { analysisOf, channelClass, fixesFor, isEquipmentChannel } from '../store/selectors';

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

/** The diagrams of a design's equipment channels for a PDF, and a note on what was left out. */
export function reportDiagrams(design: Design, scope: ReportScope = {}): { items: PdfDiagramItem[]; note: string } {
  const analysis = analysisOf(design);
  const labels = labelsFor(design);
  const limit = scope.limit ?? 100;
  const fixLimit =
    scope.fixLimit ?? Math.max(1, Math.min(12, Math.floor(20_000 / Math.max(1, analysis.fibers.length))));
  const rank = (c: Parameters<typeof channelClass>[0]) => VERDICT_CLASS_ORDER.indexOf(channelClass(c));
  const all = analysis.channels
    .filter((c) => isEquipmentChannel(c) && (!scope.notPassing || channelClass(c) !== 'pass'))
    .sort((x, y) => rank(x) - rank(y));
  let fixed = 0;
  const items = all.slice(0, limit).map((c): PdfDiagramItem => {
    const failing = VERDICTS[c.verdict].cls === 'fail';
    const fix = failing && fixed < fixLimit ? (fixesFor(design, analysis, c)[0] ?? null) : null;
    if (failing) fixed += 1;
    return {
      diagram: channelDiagram(analysis, c, {
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
