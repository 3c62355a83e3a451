/**
 * Figures in the PDF deliverables: a raster image (e.g. the rack elevation rendered from the
 * canvas) on its own page, titled and scaled to fit inside the margins with its aspect kept.
 */
import type { jsPDF } from 'jspdf';
import { pdfText } from './pdfTable';

/** A raster figure for a PDF page. */
export interface PdfFigure {
  /** Title printed above the image (plain text). */
  readonly title: string;
  /** `data:image/png;base64,…` or `data:image/jpeg;base64,…`. */
  readonly dataUrl: string;
  /** Pixel size of the image (for its aspect ratio). */
  readonly widthPx: number;
  readonly heightPx: number;
}

const MARGIN = 10;

/**
 * The size (mm) at which a `widthPx` × `heightPx` image fits a `boxW` × `boxH` mm box with its
 * aspect kept (never enlarged beyond the box; zero-sized images give 0 × 0).
 */
export function fitFigure(widthPx: number, heightPx: number, boxW: number, boxH: number): { w: number; h: number } {
  if (widthPx <= 0 || heightPx <= 0) return { w: 0, h: 0 };
  const k = Math.min(boxW / widthPx, boxH / heightPx);
  return { w: widthPx * k, h: heightPx * k };
}

/**
 * Adds one landscape page per figure to `doc`: title at the top, the image centred below it.
 * Throws what jsPDF throws for an image it cannot decode.
 */
export function addFigurePages(doc: jsPDF, figures: readonly PdfFigure[]): void {
  for (const f of figures) {
    doc.addPage('a4', 'landscape');
    const pageW = doc.internal.pageSize.getWidth();
    const pageH = doc.internal.pageSize.getHeight();
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(13);
    doc.text(pdfText(f.title), MARGIN, MARGIN + 4);
    const top = MARGIN + 9;
    const { w, h } = fitFigure(f.widthPx, f.heightPx, pageW - 2 * MARGIN, pageH - top - MARGIN - 6);
    if (w > 0)
      doc.addImage(f.dataUrl, /^data:image\/jpe?g/.test(f.dataUrl) ? 'JPEG' : 'PNG', (pageW - w) / 2, top, w, h);
  }
}
