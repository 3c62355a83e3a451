/**
 * Reading the PDFs the app exports (jsPDF, compressed content streams): page count from the
 * page objects, and the text drawn with `Tj` after inflating each FlateDecode stream (node:zlib).
 * A helper for e2e specs, not a spec.
 */
import { inflateSync } from 'node:zlib';

/** Number of page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** Every content stream, inflated when it is FlateDecode, as latin1 text. */
export function pdfStreams(bytes: Buffer): string[] {
  const s = bytes.toString('latin1');
  const out: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    const raw = bytes.subarray(start, end);
    if (/\/FlateDecode/.test(m[1] ?? '')) {
      try {
        out.push(inflateSync(raw).toString('latin1'));
      } catch {
        // an image stream or a stream with a trailing EOL the inflater rejects: skip
      }
    } else out.push(raw.toString('latin1'));
    re.lastIndex = end;
  }
  return out;
}

/** Strings shown with `(…) Tj` in any content stream, unescaped. */
export function pdfTextStrings(bytes: Buffer): string[] {
  return pdfStreams(bytes).flatMap((t) =>
    [...t.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1')),
  );
}

/** True when the PDF embeds at least one image XObject. */
export const pdfHasImage = (bytes: Buffer): boolean => /\/Subtype\s*\/Image/.test(bytes.toString('latin1'));
