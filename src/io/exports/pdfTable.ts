/**
 * Minimal PDF layout on jsPDF (loaded lazily with `await import('jspdf')`, so it costs nothing
 * until a user exports): a titled table with wrapped cells, repeated header rows, page breaks
 * and "page i of n" footers. Text is reduced to what the PDF standard fonts can show
 * (WinAnsi): arrows and symbols become ASCII, anything else unknown becomes `?`.
 */
import type { jsPDF } from 'jspdf';

/** A PDF table column: header, width in mm, and the cell text of a row. */
export interface PdfColumn<Row> {
  readonly header: string;
  /** Width, mm. */
  readonly width: number;
  readonly cell: (row: Row) => string;
}

/** Page set-up shared by the PDF exports. */
export interface PdfPage {
  readonly orientation: 'portrait' | 'landscape';
  /** Compress content streams (default true; tests turn it off to read the text). */
  readonly compress?: boolean;
}

const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/→/g, '->'],
  [/←/g, '<-'],
  [/↔/g, '<->'],
  [/[–—−]/g, '-'],
  [/≥/g, '>='],
  [/≤/g, '<='],
  [/…/g, '...'],
  [/α/g, 'alpha '],
  [/λ/g, 'lambda '],
  [/[“”]/g, '"'],
  [/[‘’]/g, "'"],
];

/**
 * Text as the PDF standard fonts can print it (WinAnsi, a superset of Latin-1 for printable
 * characters): typographic symbols to ASCII, other characters outside Latin-1 to `?`.
 * Labels are plain text; nothing is interpreted.
 */
export function pdfText(s: string): string {
  let out = s;
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  return out.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

/** Creates an A4 document (mm units) with Helvetica. */
export async function newPdf(page: PdfPage, title: string): Promise<jsPDF> {
  const { jsPDF: JsPdf } = await import('jspdf');
  const doc = new JsPdf({ orientation: page.orientation, unit: 'mm', format: 'a4', compress: page.compress ?? true });
  doc.setProperties({ title: pdfText(title), creator: 'MPO Designer' });
  doc.setFont('helvetica', 'normal');
  return doc;
}

const MARGIN = 10;
const LINE = 3.6;
const FONT = 7.5;
const MAX_LINES = 4;

/** Wraps a cell to its column width (a `\n` starts a new line), at most `MAX_LINES` lines (the last ends in `...`). */
function wrap(doc: jsPDF, text: string, width: number): string[] {
  const lines = text.split('\n').flatMap((p) => doc.splitTextToSize(pdfText(p), width - 1.5) as string[]);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1] ?? ''}...`;
  return kept;
}

/** Options of `drawTableAt`. */
export interface TableOptions<Row> {
  /** Least row height, mm (e.g. room for a QR code). */
  readonly minRowHeight?: number;
  /** Draws extra content in a row after its text (x of the table's left edge, y of the row top, row height). */
  readonly decorate?: (row: Row, x: number, y: number, height: number) => void;
}

/**
 * Draws a heading at `top` mm (default: the top margin): `title` (when not empty) in 13 pt bold, then `subtitle` (8.5 pt, wrapped
 * to the page width) when not empty. Returns the y (mm) below it.
 */
export function drawHeading(doc: jsPDF, title: string, subtitle: string, top: number = MARGIN): number {
  let y = top;
  if (title) {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(13);
    doc.text(pdfText(title), MARGIN, y + 4);
    y += 8;
  }
  if (subtitle) {
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8.5);
    const lines = doc.splitTextToSize(pdfText(subtitle), doc.internal.pageSize.getWidth() - 2 * MARGIN) as string[];
    doc.text(lines, MARGIN, y + 2);
    y += 4 * lines.length + 2;
  }
  return y;
}

/**
 * Draws `title`, an optional subtitle, then the table; starts new pages as needed and repeats
 * the header. Returns the document for more content.
 */
export function drawTable<Row>(
  doc: jsPDF,
  title: string,
  subtitle: string,
  columns: readonly PdfColumn<Row>[],
  rows: readonly Row[],
  options: TableOptions<Row> = {},
): jsPDF {
  drawTableAt(doc, MARGIN, title, subtitle, columns, rows, options);
  return doc;
}

/**
 * As `drawTable`, starting at `top` mm on the current page (a new page when too little room is
 * left); returns the y (mm) below the table, for the next block.
 */
export function drawTableAt<Row>(
  doc: jsPDF,
  top: number,
  title: string,
  subtitle: string,
  columns: readonly PdfColumn<Row>[],
  rows: readonly Row[],
  options: TableOptions<Row> = {},
): number {
  const pageH = doc.internal.pageSize.getHeight();
  let y = top;
  if (y > pageH - MARGIN - 30) {
    doc.addPage();
    y = MARGIN;
  }
  y = drawHeading(doc, title, subtitle, y);
  const header = () => {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(FONT);
    let x = MARGIN;
    for (const c of columns) {
      doc.text(wrap(doc, c.header, c.width), x + 0.5, y + 3);
      x += c.width;
    }
    y += LINE + 1.5;
    doc.setLineWidth(0.2);
    doc.line(MARGIN, y - 0.8, x, y - 0.8);
    doc.setFont('helvetica', 'normal');
  };
  header();
  for (const row of rows) {
    const cells = columns.map((c) => wrap(doc, c.cell(row), c.width));
    const h = Math.max(options.minRowHeight ?? 0, Math.max(1, ...cells.map((l) => l.length)) * LINE + 1);
    if (y + h > pageH - MARGIN - 5) {
      doc.addPage();
      y = MARGIN;
      header();
    }
    let x = MARGIN;
    cells.forEach((lines, i) => {
      doc.text(lines, x + 0.5, y + 3);
      x += columns[i]?.width ?? 0;
    });
    options.decorate?.(row, MARGIN, y, h);
    y += h;
    doc.setDrawColor(200);
    doc.line(MARGIN, y - 0.5, x, y - 0.5);
    doc.setDrawColor(0);
  }
  return y + 4;
}

/** Writes "page i of n" at the foot of every page. */
export function pageFooters(doc: jsPDF, left: string): void {
  const n = doc.getNumberOfPages();
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(7);
  for (let i = 1; i <= n; i++) {
    doc.setPage(i);
    doc.text(pdfText(left), MARGIN, h - 5);
    doc.text(`page ${i} of ${n}`, w - MARGIN, h - 5, { align: 'right' });
  }
}
