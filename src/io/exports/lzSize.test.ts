/**
 * lzDecompressedLength: the length counted without decompressing equals the length lz-string
 * decompresses to (independent oracle: lz-string itself), and a hostile payload is stopped at the
 * limit without building its text.
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { lzDecompressedLength } from './lzSize';

/** What lz-string itself makes of a payload: its length, or damaged when it gives "" / null / throws. */
function oracle(payload: string): { kind: 'ok'; chars: number } | { kind: 'damaged' } {
  try {
    const s = decompressFromEncodedURIComponent(payload);
    return s ? { kind: 'ok', chars: s.length } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

// About 4 s of CPU in all on a busy machine; 30 s budget.
describe('lzDecompressedLength', { timeout: 30_000 }, () => {
  it('equals the decompressed length for 2000 compressed strings (ASCII, Unicode, repetitive)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 5 }), fc.nat({ max: 2000 })).map(([s, n]) => s.repeat(n)),
      fc.json({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const payload = compressToEncodedURIComponent(s);
        const r = lzDecompressedLength(payload, 10_000_000);
        expect(r).toEqual({ kind: 'ok', chars: s.length });
      }),
      { numRuns: 2000, seed: 99 },
    );
  });

  it('agrees with lz-string on 2000 damaged or random payloads', () => {
    const payload = fc.oneof(
      fc.string({
        unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
        maxLength: 60,
      }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 200 }), fc.nat()).map(([s, n]) => {
        const p = compressToEncodedURIComponent(s);
        return p.slice(0, n % (p.length + 1));
      }),
    );
    fc.assert(
      fc.property(payload, (p) => {
        const r = lzDecompressedLength(p, 10_000_000);
        const o = oracle(p);
        // lz-string sometimes returns a string of undefined-joined garbage for invalid streams;
        // counting refuses those as damaged, never claims a length lz-string would not produce.
        if (r.kind === 'ok') expect(o).toEqual(r.chars === 0 ? { kind: 'damaged' } : r);
      }),
      { numRuns: 2000, seed: 100 },
    );
  });

  it('stops a payload that expands past the limit', () => {
    // 1.1 M characters compress to about 2,400 (about 1 s to compress on a busy machine).
    const bomb = compressToEncodedURIComponent('a'.repeat(1_100_000));
    expect(bomb.length).toBeLessThan(3_000);
    expect(lzDecompressedLength(bomb, 1_000_000)).toEqual({ kind: 'too-large', limit: 1_000_000 });
    expect(lzDecompressedLength(bomb, 1_100_000)).toEqual({ kind: 'ok', chars: 1_100_000 });
  });
});
