/**
 * PDF deliverables (jsPDF, loaded lazily): the port map / cable schedule, the bill of
 * materials and a label sheet with a QR code per label (qrcode). Every function resolves to an
 * `ArrayBuffer` (no Blob, no DOM), so it runs in Node tests and in the browser alike; the UI
 * wraps it in a Blob to download.
 *
 * QR codes are drawn as vector squares from `QRCode.create` (the module matrix) rather than as
 * PNG images from `toDataURL`: crisp on any label printer, no canvas needed, smaller files.
 */
import type { BomLine, PortMapRow, PrintLabel } from '../../core/deliverables';
import { rowColours } from '../../core/deliverables';
import { round3 } from '../../core/units';
import { addChannelDiagramPages, type PdfDiagramItem } from './pdfChannelDiagram';
import { addFigurePages, type PdfFigure } from './pdfFigure';
import { drawTable, newPdf, pageFooters, pdfText, type PdfColumn } from './pdfTable';
import { qrDrawer } from './pdfQr';

/** Options shared by the PDF exports. */
export interface PdfOptions {
  /** Title on the first page (default per document). */
  readonly title?: string;
  /** Line under the title, e.g. design name and date. */
  readonly subtitle?: string;
  /** Compress content streams (default true). */
  readonly compress?: boolean;
  /** Images added after the table, one landscape page each (e.g. the rack elevation). */
  readonly figures?: readonly PdfFigure[];
  /** Channel diagrams added after the table and figures, with a note on what was left out. */
  readonly diagrams?: { readonly items: readonly PdfDiagramItem[]; readonly note?: string };
}

const dB = (n: number | null | undefined): string => (n === null || n === undefined ? '' : round3(n).toFixed(3));

const PORT_MAP_PDF: readonly PdfColumn<PortMapRow>[] = [
  { header: 'Near end', width: 38, cell: (r) => r.near.label },
  { header: 'Pos', width: 12, cell: (r) => r.near.positions.join(', ') },
  { header: 'Role', width: 14, cell: (r) => r.near.roles.join(', ') },
  { header: 'Far end', width: 38, cell: (r) => r.far.label },
  { header: 'Pos', width: 12, cell: (r) => r.far.positions.join(', ') },
  { header: 'Role', width: 14, cell: (r) => r.far.roles.join(', ') },
  { header: 'Cables (polarity)', width: 42, cell: (r) => r.cables.map((c) => `${c.name} (${c.polarity})`).join(', ') },
  { header: 'Fiber colours (TIA-598)', width: 57, cell: (r) => rowColours(r).join('; ') },
  {
    header: 'Polarity',
    width: 24,
    cell: (r) => `${r.channel.verdictText}${r.channel.method === 'none' ? '' : ` (Method ${r.channel.method})`}`,
  },
  {
    header: 'Loss / margin dB',
    width: 26,
    cell: (r) => (r.loss ? `${dB(r.loss.lossDb)} / ${dB(r.loss.marginDb)} ${r.loss.verdictText}` : ''),
  },
];

const BOM_PDF: readonly PdfColumn<BomLine>[] = [
  { header: 'Qty', width: 11, cell: (l) => String(l.quantity) },
  { header: 'Part', width: 68, cell: (l) => `${l.name}${l.includedWith ? ' (preloaded, included)' : ''}` },
  {
    header: 'Part number',
    width: 28,
    cell: (l) => (l.partNumber ? `${l.manufacturer ?? ''} ${l.partNumber}`.trim() : (l.manufacturer ?? l.partId)),
  },
  {
    header: 'Fiber',
    width: 22,
    cell: (l) => [l.fiberType, l.fiberCount === null ? '' : `${l.fiberCount}F`].filter((s) => s).join(' '),
  },
  { header: 'Connectors', width: 58, cell: (l) => l.connectors.join('; ') },
  { header: 'Polarity / method', width: 34, cell: (l) => l.polarity ?? '' },
  { header: 'Grade', width: 16, cell: (l) => l.lossGrade ?? '' },
  { header: 'Length m', width: 16, cell: (l) => (l.orderLengthM === null ? '' : String(round3(l.orderLengthM))) },
  {
    header: 'Notes',
    width: 24,
    cell: (l) =>
      [l.formFactor ?? '', l.unknownPart ? 'unknown part' : '', l.unverified ? 'UNVERIFIED' : '']
        .filter((s) => s)
        .join('; '),
  },
];

/** The port map as a landscape A4 PDF (one table row per `PortMapRow`). */
export async function portMapPdf(rows: readonly PortMapRow[], options: PdfOptions = {}): Promise<ArrayBuffer> {
  const title = options.title ?? 'Port map / cable schedule';
  const doc = await newPdf({ orientation: 'landscape', compress: options.compress ?? true }, title);
  drawTable(doc, title, options.subtitle ?? '', PORT_MAP_PDF, rows);
  addFigurePages(doc, options.figures ?? []);
  if (options.diagrams?.items.length)
    addChannelDiagramPages(doc, options.diagrams.items, 'Channel diagrams', options.diagrams.note);
  pageFooters(doc, title);
  return doc.output('arraybuffer');
}

/**
 * The channel report as a landscape A4 PDF: one drawn channel after another (the diagram the
 * designer and the port map show), each with its verdict, where it goes wrong and the proposed fix.
 */
export async function channelReportPdf(
  items: readonly PdfDiagramItem[],
  options: PdfOptions = {},
): Promise<ArrayBuffer> {
  const title = options.title ?? 'Channel report';
  const doc = await newPdf({ orientation: 'landscape', compress: options.compress ?? true }, title);
  const how =
    'Worst first. Lanes are fibers in their TIA-598 colours; the box at each mated pair gives the plug position there (A/B, or the MPO position); the marks under the elements count the polarity flips (TIA-568.3-E; REFERENCE §0.5).';
  const note = [options.subtitle, how, options.diagrams?.note]
    .filter((x) => x)
    .join('. ')
    .replace(/\.\./g, '.');
  addChannelDiagramPages(doc, items, title, note, false);
  pageFooters(doc, title);
  return doc.output('arraybuffer');
}

/** The bill of materials as a landscape A4 PDF. */
export async function bomPdf(lines: readonly BomLine[], options: PdfOptions = {}): Promise<ArrayBuffer> {
  const title = options.title ?? 'Bill of materials';
  const doc = await newPdf({ orientation: 'landscape', compress: options.compress ?? true }, title);
  drawTable(doc, title, options.subtitle ?? '', BOM_PDF, lines);
  pageFooters(doc, title);
  return doc.output('arraybuffer');
}

/** Label stock geometry, mm: A4 with 3 × 8 labels of 70 × 37 mm (common laser label sheets). */
export const LABEL_GRID = { columns: 3, rows: 8, width: 70, height: 37, top: 0.5, left: 0, qr: 24 } as const;

/**
 * A label sheet: one label per `PrintLabel` (identifier in bold, shrunk to fit; detail line;
 * QR code of `label.qr`), 24 per A4 page. Resolves to the PDF bytes.
 */
export async function labelSheetPdf(labels: readonly PrintLabel[], options: PdfOptions = {}): Promise<ArrayBuffer> {
  const drawQr = await qrDrawer();
  const doc = await newPdf({ orientation: 'portrait', compress: options.compress ?? true }, options.title ?? 'Labels');
  const g = LABEL_GRID;
  const perPage = g.columns * g.rows;
  labels.forEach((label, i) => {
    if (i > 0 && i % perPage === 0) doc.addPage();
    const slot = i % perPage;
    const x = g.left + (slot % g.columns) * g.width;
    const y = g.top + Math.floor(slot / g.columns) * g.height;
    const pad = 3;
    drawQr(doc, label.qr, x + pad, y + (g.height - g.qr) / 2, g.qr);
    const tx = x + pad + g.qr + 2;
    const tw = g.width - (tx - x) - pad;
    const text = pdfText(label.text);
    doc.setFont('helvetica', 'bold');
    let size = 11;
    doc.setFontSize(size);
    while (size > 5 && doc.getTextWidth(text) > tw) doc.setFontSize((size -= 0.5));
    const lines = doc.getTextWidth(text) > tw ? (doc.splitTextToSize(text, tw) as string[]) : [text];
    doc.text(lines, tx, y + 12);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(6.5);
    doc.text(doc.splitTextToSize(pdfText(label.secondary), tw) as string[], tx, y + 14 + lines.length * size * 0.42);
  });
  return doc.output('arraybuffer');
}
