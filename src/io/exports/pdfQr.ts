/**
 * QR codes in PDFs: vector squares from the qrcode module matrix (`QRCode.create`, loaded on
 * first use), one rectangle per horizontal run of dark modules — crisp on any printer, no canvas.
 */
import type { jsPDF } from 'jspdf';

/** Draws QR codes of text into a jsPDF document. */
export type QrDrawer = (doc: jsPDF, text: string, x: number, y: number, size: number) => void;

/**
 * Loads qrcode and returns a drawer: `draw(doc, text, x, y, size)` draws the code of `text`
 * (error correction M) as a `size` × `size` mm square at (x, y), without a quiet zone.
 */
export async function qrDrawer(): Promise<QrDrawer> {
  const QR = await import('qrcode');
  const create =
    (QR as { create?: typeof QR.create }).create ?? (QR as unknown as { default: typeof QR }).default.create;
  return (doc, text, x, y, size) => {
    const qr = create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const cell = size / n;
    doc.setFillColor(0, 0, 0);
    for (let r = 0; r < n; r++) {
      let c = 0;
      while (c < n) {
        if (!qr.modules.get(r, c)) {
          c++;
          continue;
        }
        const start = c;
        while (c < n && qr.modules.get(r, c)) c++;
        doc.rect(x + start * cell, y + r * cell, (c - start) * cell, cell, 'F');
      }
    }
  };
}
