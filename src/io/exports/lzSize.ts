/**
 * The decompressed length of an lz-string `compressToEncodedURIComponent` payload, computed
 * before decompressing. lz-string is an LZW variant: each code either adds one literal character
 * to the dictionary or repeats a dictionary entry, and every new entry is a previous entry plus
 * one character, so a few thousand codes can expand to hundreds of millions of characters (a
 * 70,000-character link expanded to 480 M characters: issue 9). This walks the codes keeping
 * only the length of each dictionary entry, never the text, and stops as soon as the total
 * passes the limit: O(codes) time, O(codes) numbers of memory, whatever the payload claims.
 *
 * The bit reader mirrors lz-string 1.5 `_decompress` (resetValue 32, URI-safe alphabet).
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map<string, number>([...URI_SAFE].map((c, i) => [c, i] as const));

/** The outcome: the exact decompressed length, `too-large` past the limit, or `damaged`. */
export type LzSize =
  | { readonly kind: 'ok'; readonly chars: number }
  | { readonly kind: 'too-large'; readonly limit: number }
  | { readonly kind: 'damaged' };

/**
 * Length in UTF-16 code units of `decompressFromEncodedURIComponent(payload)`, or `too-large`
 * as soon as it would exceed `limit`, or `damaged` when the payload is not a complete lz-string
 * stream (what lz-string would decompress to `""` or `null`, or garbage). Pure; never throws.
 */
export function lzDecompressedLength(payload: string, limit: number): LzSize {
  if (payload === '') return { kind: 'damaged' };
  const input = payload.replace(/ /g, '+');
  const length = input.length;
  let val = VALUE.get(input.charAt(0)) ?? 0;
  let position = 32;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let p = 0; p < n; p++) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE.get(input.charAt(index++)) ?? 0;
      }
      if (resb > 0) bits |= 1 << p;
    }
    return bits;
  };
  // Entry lengths of the dictionary; codes 0–2 are control codes, not entries.
  const lens: number[] = [0, 0, 0];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return { kind: 'ok', chars: 0 };
  if (first !== 0 && first !== 1) return { kind: 'damaged' };
  read(first === 0 ? 8 : 16);
  lens.push(1);
  let w = 1;
  let total = 1;
  for (;;) {
    if (index > length) return { kind: 'damaged' };
    let c = read(numBits);
    if (c === 2) return { kind: 'ok', chars: total };
    if (c === 0 || c === 1) {
      read(c === 0 ? 8 : 16);
      lens.push(1);
      c = lens.length - 1;
      enlargeIn -= 1;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: number;
    if (c < lens.length) entry = lens[c] as number;
    else if (c === lens.length) entry = w + 1;
    else return { kind: 'damaged' };
    total += entry;
    if (total > limit) return { kind: 'too-large', limit };
    lens.push(w + 1);
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
