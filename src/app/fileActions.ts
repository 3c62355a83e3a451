/**
 * File actions of the toolbar: New (an empty design with one 42U rack) and Save (the JSON file
 * form of `io/saveDesign`, plain or gzip-compressed). Open goes through `importFlow.importFiles`.
 */
import { emptyDesign, type Design } from '../core/design';
import { addRack } from '../core/edits';
import { serializeDesign } from '../io/saveDesign';

/** A new design: one 42U rack, default settings. */
export function newDesign(): Design {
  const r = addRack(emptyDesign('Untitled design'));
  return r.ok ? r.design : emptyDesign('Untitled design');
}

/** A file name for a design: its name, lower-case, dashes, `.mpo.json`. */
export const fileNameOf = (d: Design): string =>
  `${
    d.name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'design'
  }.mpo.json`;

/** Downloads bytes as a file. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the design as a JSON file (`.mpo.json`). */
export function saveDesignFile(d: Design): void {
  download(new Blob([serializeDesign(d)], { type: 'application/json' }), fileNameOf(d));
}

/**
 * Downloads the design as a gzip-compressed JSON file (`.mpo.json.gz`, about 20× smaller): the
 * form for very large designs. Open and drop recognise it by content.
 */
export async function saveCompressedDesignFile(d: Design): Promise<void> {
  const { gzipText } = await import('../io/designBytes');
  const bytes = await gzipText(serializeDesign(d));
  download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }), `${fileNameOf(d)}.gz`);
}
