/**
 * Browser downloads of generated files (exports, the design file): a Blob or data URL saved
 * under a file name through a temporary `<a download>`; the object URL is revoked afterwards.
 */

/** Saves `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (CSV, SVG, JSON) with its MIME type, UTF-8. */
export function downloadText(text: string, fileName: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), fileName);
}

/** Saves bytes (a PDF) with its MIME type. */
export function downloadBytes(bytes: ArrayBuffer, fileName: string, mime: string): void {
  downloadBlob(new Blob([bytes], { type: mime }), fileName);
}

/** Saves a URL (object URL or `data:` URL) as `fileName`. */
export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * A file name from a design name and a suffix: lower case, dashes, e.g.
 * `spine-leaf-100gbase-sr4-port-map.csv`.
 */
export function exportFileName(designName: string, suffix: string, ext: string): string {
  const base =
    designName
      .trim()
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'design';
  return `${base.slice(0, 60).replace(/-$/, '')}-${suffix}.${ext}`;
}
