/**
 * Identity of an imported test result: re-import is idempotent because a record's id is a hash of
 * what was measured (issue 14 §6), and cell text is stored cleaned of control characters.
 */
import type { TestResult } from '../../core/design';

/** A 64-bit FNV-1a hash of a string as 16 hex digits (two 32-bit lanes with different offsets). */
export function contentHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The id of a result: a hash of what was measured (link, fiber, wavelength, loss, method, date, length, far position). */
export function resultId(r: Omit<TestResult, 'id'>): string {
  return `tr-${contentHash(JSON.stringify([r.link, r.fiber, r.wavelengthNm, r.lossDb, r.referenceMethod, r.testedAt ?? '', r.lengthM ?? '', r.farPosition ?? '']))}`;
}

/**
 * Text of a cell as stored: control characters (U+0000–U+001F, U+007F) become spaces, the result
 * is trimmed and cut to at most `max` characters.
 */
export const cleanCell = (s: string, max = 500): string =>
  Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 || c === 0x7f ? ' ' : ch;
  })
    .join('')
    .trim()
    .slice(0, max);
