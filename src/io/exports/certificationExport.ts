/**
 * The certification summary PDF and the measured-results CSV (issue 14 §4): per link its
 * verdict against the design and the limit, totals by verdict, untested links, and the worst
 * deltas (measured − designed); every current measurement in the CSV. dB to 3 decimals.
 * Text from tester files (operator, result) is plain text; the CSV escapes formula-like cells.
 */
import {
  TEST_VERDICTS,
  type CertificationSummary,
  type MeasuredFiber,
  type MeasuredOutcomes,
  type TestVerdict,
} from '../../core/fieldTest';
import { round3 } from '../../core/units';
import { toCsv, type Column } from './csv';
import type { PdfOptions } from './pdf';
import { drawTableAt, newPdf, pageFooters, type PdfColumn } from './pdfTable';

const dB = (n: number | null | undefined): string => (n === null || n === undefined ? '' : round3(n).toFixed(3));
const signed = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : `${n >= 0 ? '+' : ''}${round3(n).toFixed(3)}`;
const num = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : round3(n));

/** A current measurement with its link, one CSV line. */
export interface ResultLine {
  readonly link: string;
  readonly tia606: string;
  readonly measured: MeasuredFiber;
}

/** Every current measurement of the outcomes, link by link. */
export const resultLines = (o: MeasuredOutcomes): ResultLine[] =>
  o.links.flatMap((l) => l.fibers.map((m) => ({ link: l.link.label, tia606: l.link.tia606, measured: m })));

/** Measured-results CSV columns (REFERENCE-2 §16.5 fields plus the design's figures, dB). */
export const RESULT_COLUMNS: readonly Column<ResultLine>[] = [
  { header: 'Link', cell: (l) => l.link },
  { header: 'Link (TIA-606)', cell: (l) => l.tia606 },
  { header: 'Fiber', cell: (l) => l.measured.designation },
  { header: 'Wavelength nm', cell: (l) => l.measured.wavelengthNm },
  { header: 'Reference method', cell: (l) => l.measured.method },
  { header: 'Measured dB', cell: (l) => num(l.measured.result.lossDb) },
  { header: 'Designed dB', cell: (l) => num(l.measured.designedDb) },
  { header: 'Delta dB', cell: (l) => num(l.measured.deltaDb) },
  { header: 'Limit dB', cell: (l) => num(l.measured.limit.limitDb) },
  { header: 'Limit', cell: (l) => l.measured.limit.text },
  { header: 'Margin dB', cell: (l) => num(l.measured.marginDb) },
  { header: 'Verdict', cell: (l) => TEST_VERDICTS[l.measured.verdict].text },
  { header: 'Likely hop', cell: (l) => l.measured.likely?.text ?? '' },
  { header: 'Far position', cell: (l) => l.measured.result.farPosition ?? '' },
  { header: 'Tester result', cell: (l) => l.measured.result.testerResult ?? '' },
  { header: 'Test date', cell: (l) => l.measured.result.testedAt ?? '' },
  { header: 'Operator', cell: (l) => l.measured.result.operator ?? '' },
  { header: 'Source', cell: (l) => `${l.measured.result.source} row ${l.measured.result.row}` },
  {
    header: 'Earlier results',
    cell: (l) => l.measured.history.map((h) => `${dB(h.lossDb)} (${h.testedAt ?? h.importedAt})`).join('; '),
  },
];

/** The current measurements as CSV. */
export const resultsCsv = (o: MeasuredOutcomes): string => toCsv(resultLines(o), RESULT_COLUMNS);

type LinkRow = CertificationSummary['links'][number];

const LINK_PDF: readonly PdfColumn<LinkRow>[] = [
  { header: 'Link', width: 62, cell: (l) => `${l.label}\n${l.tia606}` },
  { header: 'Verdict', width: 44, cell: (l) => `${l.failed ? 'FAIL: ' : ''}${l.verdictText}` },
  { header: 'Fibers tested', width: 18, cell: (l) => `${l.fibersTested} of ${l.fibers}` },
  {
    header: 'Worst per wavelength: measured / designed / delta / limit / margin dB',
    width: 80,
    cell: (l) =>
      l.worst
        .map(
          (m) =>
            `${m.wavelengthNm} nm ${m.designation}: ${dB(m.result.lossDb)} / ${dB(m.designedDb)} / ${signed(m.deltaDb)} / ${dB(m.limit.limitDb)}${m.limit.unverified ? ' (UNVERIFIED)' : ''} / ${dB(m.marginDb)}`,
        )
        .join('\n') || 'untested',
  },
  { header: 'Why', width: 73, cell: (l) => l.reasons.slice(0, 3).join('; ') },
];

const TOTAL_PDF: readonly PdfColumn<{ verdict: string; count: number }>[] = [
  { header: 'Verdict', width: 70, cell: (r) => r.verdict },
  { header: 'Links', width: 20, cell: (r) => String(r.count) },
];

const DELTA_PDF: readonly PdfColumn<CertificationSummary['worstDeltas'][number]>[] = [
  { header: 'Link', width: 70, cell: (d) => d.link },
  { header: 'Fiber', width: 14, cell: (d) => d.measured.designation },
  { header: 'nm', width: 14, cell: (d) => String(d.measured.wavelengthNm) },
  { header: 'Measured dB', width: 22, cell: (d) => dB(d.measured.result.lossDb) },
  { header: 'Designed dB', width: 22, cell: (d) => dB(d.measured.designedDb) },
  { header: 'Delta dB', width: 20, cell: (d) => signed(d.measured.deltaDb) },
  { header: 'Likely hop', width: 115, cell: (d) => d.measured.likely?.text ?? TEST_VERDICTS[d.measured.verdict].text },
];

const ORDER: readonly TestVerdict[] = [
  'fail-limit',
  'fail-polarity',
  're-reference',
  'above-design',
  'as-designed',
  'within-limit',
  'unchecked',
  'untested',
];

/**
 * The certification summary as a landscape A4 PDF: totals, every link, the untested links and
 * the worst deltas. Resolves to the PDF bytes.
 */
export async function certificationPdf(s: CertificationSummary, options: PdfOptions = {}): Promise<ArrayBuffer> {
  const title = options.title ?? 'Certification summary';
  const doc = await newPdf({ orientation: 'landscape', compress: options.compress ?? true }, title);
  const t = s.totals;
  const failed = s.links.filter((l) => l.failed).length;
  const sub = [
    options.subtitle ?? '',
    `${t.links} links, ${t.tested} tested, ${t.untested} untested, ${failed} failing; ${t.results} results (${t.superseded} superseded, kept as history)`,
    s.sources.length > 0 ? `sources: ${s.sources.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  let y = drawTableAt(
    doc,
    10,
    title,
    sub,
    TOTAL_PDF,
    ORDER.map((v) => ({ verdict: TEST_VERDICTS[v].text, count: t.byVerdict[v] })),
  );
  y = drawTableAt(
    doc,
    y,
    'Links',
    'measured against designed (REFERENCE-2 §16.6); limits per REFERENCE-2 §16.2 unless set otherwise',
    LINK_PDF,
    s.links,
  );
  y = drawTableAt(doc, y, `Untested links (${s.untested.length})`, '', LINK_PDF.slice(0, 3), s.untested);
  drawTableAt(doc, y, 'Worst deltas (measured - designed)', '', DELTA_PDF, s.worstDeltas);
  pageFooters(doc, title);
  return doc.output('arraybuffer');
}
