/**
 * CSV exports (papaparse): the port map / cable schedule (one row per strand or per port pair),
 * the bill of materials, and a label-printer file (Brother P-touch / Dymo / Brady import: one
 * label per row). Columns are data tables (header → cell), so the CSV and the PDF share them.
 *
 * Cells are plain text. Text cells that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, tab or CR) are prefixed with `'` (papaparse `escapeFormulae`); numbers are
 * written as numbers (dB and m rounded to 3 decimals, REFERENCE §10).
 */
import Papa from 'papaparse';
import type { BomLine, PortMapRow, PrintLabel } from '../../core/deliverables';
import { rowColours } from '../../core/deliverables';
import { round3 } from '../../core/units';

/** One column: header text and the cell of a row (string, number or empty). */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string | number | null;
}

const num = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : round3(n));
const list = (xs: readonly string[]): string => xs.join(', ');

/** Port map columns (REFERENCE §9 labels, §2 colours, §0.4 verdicts, §7–§8 loss in dB). */
export const PORT_MAP_COLUMNS: readonly Column<PortMapRow>[] = [
  { header: 'Near end', cell: (r) => r.near.label },
  { header: 'Near position', cell: (r) => list(r.near.positions) },
  { header: 'Near role', cell: (r) => list(r.near.roles) },
  { header: 'Far end', cell: (r) => r.far.label },
  { header: 'Far position', cell: (r) => list(r.far.positions) },
  { header: 'Far role', cell: (r) => list(r.far.roles) },
  { header: 'Cables', cell: (r) => r.cables.map((c) => c.name).join(' | ') },
  { header: 'Cable ids', cell: (r) => r.cables.map((c) => c.label).join(' | ') },
  { header: 'Polarity types', cell: (r) => r.cables.map((c) => c.polarity).join(' | ') },
  { header: 'Fiber colours (TIA-598)', cell: (r) => rowColours(r).join(' | ') },
  { header: 'Channel kind', cell: (r) => r.channel.kind },
  { header: 'Method', cell: (r) => r.channel.method },
  { header: 'Polarity verdict', cell: (r) => r.channel.verdictText },
  { header: 'Loss dB', cell: (r) => num(r.loss?.lossDb) },
  { header: 'Limit dB', cell: (r) => num(r.loss?.limitDb) },
  { header: 'Margin dB', cell: (r) => num(r.loss?.marginDb) },
  { header: 'Loss verdict', cell: (r) => r.loss?.verdictText ?? '' },
  { header: 'Channel id', cell: (r) => r.channel.key },
];

/** BOM columns (ordering parameters; lengths in m). */
export const BOM_COLUMNS: readonly Column<BomLine>[] = [
  { header: 'Qty', cell: (l) => l.quantity },
  { header: 'Category', cell: (l) => l.category },
  { header: 'Part', cell: (l) => l.name },
  { header: 'Part id', cell: (l) => l.partId },
  { header: 'Part number', cell: (l) => l.partNumber },
  { header: 'Manufacturer', cell: (l) => l.manufacturer },
  { header: 'Ordering parameters', cell: (l) => l.orderingParameters },
  { header: 'Fiber type', cell: (l) => l.fiberType },
  { header: 'Fibers', cell: (l) => l.fiberCount },
  { header: 'Connectors', cell: (l) => l.connectors.join(' | ') },
  { header: 'Polarity / method', cell: (l) => l.polarity },
  { header: 'Polish', cell: (l) => l.polish },
  { header: 'Loss grade', cell: (l) => l.lossGrade },
  { header: 'Length m', cell: (l) => num(l.lengthM) },
  { header: 'Order length m', cell: (l) => num(l.orderLengthM) },
  { header: 'Form factor', cell: (l) => l.formFactor },
  { header: 'Height U', cell: (l) => l.heightU },
  { header: 'Application', cell: (l) => l.application },
  { header: 'Included with', cell: (l) => l.includedWith },
  {
    header: 'Notes',
    cell: (l) =>
      [l.unknownPart ? 'unknown part' : '', l.unverified ? 'UNVERIFIED data' : ''].filter((s) => s !== '').join('; '),
  },
];

/** Label-printer columns: the printed identifier, a second line and the QR payload. */
export const LABEL_COLUMNS: readonly Column<PrintLabel>[] = [
  { header: 'Label', cell: (l) => l.text },
  { header: 'Detail', cell: (l) => l.secondary },
  { header: 'Kind', cell: (l) => l.kind },
  { header: 'QR', cell: (l) => l.qr },
];

/**
 * Writes rows as CSV with a header line (RFC 4180 quoting, CRLF line ends, formula escaping).
 * Empty cells for null.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((r) => columns.map((c) => c.cell(r) ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** The port map as CSV (see `PORT_MAP_COLUMNS`). */
export const portMapCsv = (rows: readonly PortMapRow[]): string => toCsv(rows, PORT_MAP_COLUMNS);

/** The BOM as CSV (see `BOM_COLUMNS`). */
export const bomCsv = (lines: readonly BomLine[]): string => toCsv(lines, BOM_COLUMNS);

/** Printable labels as a label-printer CSV (see `LABEL_COLUMNS`). */
export const labelsCsv = (labels: readonly PrintLabel[]): string => toCsv(labels, LABEL_COLUMNS);
