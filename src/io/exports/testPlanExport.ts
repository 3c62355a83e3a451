/**
 * The field-test plan as CSV and PDF (issue 14 §2): one CSV row per link (or channel) and test
 * wavelength; a landscape PDF with one table per row of racks, a QR code per row that opens the
 * link's near-end port in the port map (`#port=<label>`). dB to 3 decimals (REFERENCE §10);
 * UNVERIFIED limits are marked.
 */
import type { LossMode } from '../../core/design';
import type { PlanWavelength, TestPlanRow } from '../../core/fieldTest';
import { round3 } from '../../core/units';
import { toCsv, type Column } from './csv';
import { qrDrawer } from './pdfQr';
import { drawTable, newPdf, pageFooters, type PdfColumn } from './pdfTable';
import type { PdfOptions } from './pdf';

/** A plan row at one wavelength (one CSV line). */
export interface PlanLine {
  readonly row: TestPlanRow;
  readonly wavelength: PlanWavelength;
}

const num = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : round3(n));
const dB = (n: number | null | undefined): string => (n === null || n === undefined ? '?' : round3(n).toFixed(3));
const MODE_WORD: Readonly<Record<LossMode, string>> = {
  'tia-worst-case': 'TIA worst case',
  'vendor-max': 'vendor max',
  typical: 'typical',
};

/** The plan as lines: every row once per wavelength. */
export const planLines = (rows: readonly TestPlanRow[]): PlanLine[] =>
  rows.flatMap((row) => row.wavelengths.map((wavelength) => ({ row, wavelength })));

/** Test plan CSV columns (labels REFERENCE §9; dB, m; REFERENCE-2 §16). */
export const TEST_PLAN_COLUMNS: readonly Column<PlanLine>[] = [
  { header: 'Row of racks', cell: (l) => l.row.rackRow },
  { header: 'Kind', cell: (l) => l.row.kind },
  { header: 'Link', cell: (l) => l.row.project },
  { header: 'Link (TIA-606)', cell: (l) => l.row.tia606 },
  { header: 'Near end', cell: (l) => l.row.near.project },
  { header: 'Far end', cell: (l) => l.row.far.project },
  { header: 'Fibers', cell: (l) => l.row.fiberCount },
  { header: 'Fiber type', cell: (l) => l.row.fiberTypes.join('/') },
  { header: 'Length m', cell: (l) => num(l.row.lengthM) },
  { header: 'Reference method', cell: (l) => l.row.methodText },
  { header: 'Application', cell: (l) => l.row.application ?? '' },
  { header: 'Wavelength nm', cell: (l) => l.wavelength.wavelengthNm },
  { header: 'Designed dB (TIA worst case)', cell: (l) => num(l.wavelength.designedDb['tia-worst-case']) },
  { header: 'Designed dB (vendor max)', cell: (l) => num(l.wavelength.designedDb['vendor-max']) },
  { header: 'Designed dB (typical)', cell: (l) => num(l.wavelength.designedDb.typical) },
  { header: 'Limit kind', cell: (l) => l.row.limitKind },
  { header: 'Limit dB', cell: (l) => num(l.wavelength.limitDb) },
  { header: 'Limit', cell: (l) => l.wavelength.limitText },
  { header: 'Limit unverified', cell: (l) => (l.wavelength.unverified ? 'UNVERIFIED' : '') },
  { header: 'Port map', cell: (l) => l.row.qr },
  { header: 'Notes', cell: (l) => l.row.notes.join('; ') },
];

/** The test plan as CSV (formula-like text escaped, see `toCsv`). */
export const testPlanCsv = (rows: readonly TestPlanRow[]): string => toCsv(planLines(rows), TEST_PLAN_COLUMNS);

const QR_MM = 15;

const PLAN_PDF: readonly PdfColumn<TestPlanRow>[] = [
  { header: 'QR', width: QR_MM + 2, cell: () => '' },
  { header: 'Link (project / TIA-606)', width: 62, cell: (r) => `${r.project}\n${r.tia606}` },
  {
    header: 'Fibers, length',
    width: 30,
    cell: (r) => `${r.fiberCount} x ${r.fiberTypes.join('/')}\n${round3(r.lengthM).toFixed(1)} m`,
  },
  {
    header: 'Method, application',
    width: 34,
    cell: (r) => `${r.methodText}${r.application ? `\n${r.application}` : ''}`,
  },
  {
    header: 'Designed dB per wavelength (TIA worst case / vendor max / typical)',
    width: 62,
    cell: (r) =>
      r.wavelengths
        .map(
          (w) =>
            `${w.wavelengthNm} nm: ${(['tia-worst-case', 'vendor-max', 'typical'] as const).map((m) => dB(w.designedDb[m])).join(' / ')}`,
        )
        .join('\n'),
  },
  {
    header: 'Test limit dB',
    width: 72,
    cell: (r) =>
      `${r.limitKind}\n${r.wavelengths.map((w) => `${w.wavelengthNm} nm: ${dB(w.limitDb)}${w.unverified ? ' UNVERIFIED' : ''}`).join('\n')}`,
  },
];

/**
 * The test plan as a landscape A4 PDF: one table per row of racks (rows in rack order), a QR code
 * per row opening the near-end port in the port map. `baseUrl` is already in each row's `qr`.
 */
export async function testPlanPdf(rows: readonly TestPlanRow[], options: PdfOptions = {}): Promise<ArrayBuffer> {
  const title = options.title ?? 'Field test plan';
  const doc = await newPdf({ orientation: 'landscape', compress: options.compress ?? true }, title);
  const drawQr = await qrDrawer();
  const groups = new Map<string, TestPlanRow[]>();
  for (const r of rows) {
    const g = groups.get(r.rackRow);
    if (g) g.push(r);
    else groups.set(r.rackRow, [r]);
  }
  if (groups.size === 0) groups.set('', []);
  let first = true;
  for (const [rackRow, list] of groups) {
    if (!first) doc.addPage();
    first = false;
    drawTable(
      doc,
      `${title}: ${rackRow || 'unlocated'}`,
      `${options.subtitle ?? ''}${options.subtitle ? ' · ' : ''}${list.length} row${list.length === 1 ? '' : 's'}; scan a code to open the link in the port map; designed loss: ${Object.values(MODE_WORD).join(' / ')}`,
      PLAN_PDF,
      list,
      { minRowHeight: QR_MM + 2, decorate: (r, x, y) => drawQr(doc, r.qr, x + 0.5, y + 0.5, QR_MM) },
    );
  }
  pageFooters(doc, title);
  return doc.output('arraybuffer');
}
