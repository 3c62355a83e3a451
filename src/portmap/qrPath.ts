/**
 * SVG path of a QR code's module matrix: one `M x y h w v 1 h -w z` rectangle per horizontal
 * run of dark modules, offset by the quiet zone (4 modules, ISO/IEC 18004).
 */

/** The path of a `size` × `size` matrix whose dark modules `dark(row, col)` tells. */
export function qrPath(size: number, dark: (row: number, col: number) => boolean, quiet = 4): string {
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && dark(r, c)) c++;
      parts.push(`M${start + quiet} ${r + quiet}h${c - start}v1h${start - c}z`);
    }
  }
  return parts.join('');
}
