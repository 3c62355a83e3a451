/**
 * parseDesignFile limits: the 64 MB file size (counted in UTF-8 bytes) and the cost of hostile
 * but well-formed input (20 000-device placement chains and cycles, checked in linear time).
 * Base design: examples/method-a.json (GT-06; R12-P1 is dev-3).
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { MAX_FILE_BYTES, parseDesignFile, utf8Length } from './loadDesign';
import { designJson, type Json } from './fixtures/designJson';
import { serializeDesign } from './saveDesign';

/** The Method A example (GT-06) as saved, parsed to plain JSON. */
const base = (): Json => designJson(methodA());

describe('cost on hostile but well-formed input', () => {
  /** A chain of n modules, each in slot-1 of the one before; `closed` makes the first sit in the last. */
  const chain = (n: number, closed: boolean): string => {
    const doc = base();
    for (let i = 0; i < n; i++) {
      const parent = i === 0 ? (closed ? `m-${n - 1}` : 'dev-3') : `m-${i - 1}`;
      doc.devices[`m-${i}`] = {
        id: `m-${i}`,
        part: 'module/mod-a-12f-1xmpo12-f-upc-om4',
        name: `M${i}`,
        placement: { kind: 'slot', parent, slot: i === 0 && !closed ? 'slot-2' : 'slot-1' },
      };
    }
    return JSON.stringify(doc);
  };

  // The check is linear (every device walked once); its speed is a benchmark, not an assertion.
  // About 1 s on a busy 2-core machine; budget 30 s.
  it('checks a 20 000-device placement chain', { timeout: 30_000 }, () => {
    expect(parseDesignFile(chain(20_000, false)).ok).toBe(true);
  });

  it('finds a 20 000-device placement cycle', { timeout: 30_000 }, () => {
    const r = parseDesignFile(chain(20_000, true));
    expect(r).toEqual({
      ok: false,
      error: {
        path: '$.devices["m-0"].placement.parent',
        message: 'placement of M0 loops back on itself through its parents',
      },
    });
  });
});

describe('size limit', () => {
  it('refuses a file over 64 MB and names the limit', () => {
    const r = parseDesignFile(' '.repeat(MAX_FILE_BYTES + 1));
    expect(r).toEqual({
      ok: false,
      error: { path: '$', message: expect.stringMatching(/the limit is 64\.0 MB \(67108864 bytes\)/) },
    });
  });

  it('counts UTF-8 bytes, not characters (a 3-byte character each)', () => {
    const name = '€'.repeat(400);
    const text = serializeDesign({ ...methodA(), name });
    expect(utf8Length(text)).toBe(text.length + 800);
    const r = parseDesignFile(text, { maxBytes: text.length + 799 });
    expect(r.ok).toBe(false);
    expect(parseDesignFile(text, { maxBytes: text.length + 800 }).ok).toBe(true);
  });

  it('counts a surrogate pair as 4 bytes', () => {
    expect(utf8Length('a\u00e9\u20ac\u{1F600}')).toBe(1 + 2 + 3 + 4);
  });
});
