/**
 * serializeDesign: 2-space JSON, trailing newline, stable key order independent of insertion
 * order, and a lossless round trip through parseDesignFile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodA, u1Breakout } from '../../scripts/generate-examples';
import type { Design } from '../core/design';
import { parseDesignFile } from './loadDesign';
import { customPartsDesign } from './fixtures/sampleDesigns';
import { naturalCompare, serializeDesign } from './saveDesign';

/** Rebuilds every object of a JSON value with its keys in the order `order` gives. */
function reorder(v: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, order));
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(o)).map((k) => [k, reorder(o[k], order)]));
}

describe('naturalCompare', () => {
  it.each([
    ['cab-2', 'cab-10', -1],
    ['cab-10', 'cab-2', 1],
    ['dev-9', 'dev-9', 0],
    ['R7', 'R07', -1],
    ['a', 'b', -1],
    ['front-1', 'front-1a', -1],
    ['Z', 'a', -1],
    ['', 'a', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(naturalCompare(a, b))).toBe(sign);
  });
});

describe('serializeDesign', () => {
  it('writes the top level in document order and records id, kind, name first', () => {
    const text = serializeDesign(methodA());
    expect(text.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "schemaVersion": 1,',
      '  "name": "Method A duplex 10GBASE-SR",',
    ]);
    expect([...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1])).toEqual([
      'schemaVersion',
      'name',
      'settings',
      'racks',
      'devices',
      'cables',
      'parts',
    ]);
    expect(text).toContain(
      '    "dev-2": {\n      "id": "dev-2",\n      "name": "Leaf-1",\n      "part": "equipment/switch-1u-24xsfpplus",\n      "placement": {\n        "kind": "rack",',
    );
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('orders record keys naturally (cab-9 before cab-12)', () => {
    const text = serializeDesign(methodA());
    expect(text.indexOf('"cab-9": {')).toBeLessThan(text.indexOf('"cab-12": {'));
    expect(text.indexOf('"dev-2": {')).toBeLessThan(text.indexOf('"dev-10": {'));
  });

  it('has the layout of JSON.stringify(…, null, 2) up to key order', () => {
    const d = customPartsDesign();
    const text = serializeDesign(d);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(d)));
  });

  it('gives the same bytes whatever the insertion order of keys (property)', () => {
    const designs: Design[] = [methodA(), u1Breakout(), customPartsDesign()];
    const expected = designs.map(serializeDesign);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: designs.length - 1 }), fc.integer(), (i, seed) => {
        const shuffle = (keys: string[]) => {
          const out = [...keys];
          let s = seed;
          for (let j = out.length - 1; j > 0; j--) {
            s = (Math.imul(s, 1103515245) + 12345) | 0;
            const k = Math.abs(s) % (j + 1);
            [out[j], out[k]] = [out[k] as string, out[j] as string];
          }
          return out;
        };
        expect(serializeDesign(reorder(designs[i], shuffle) as Design)).toBe(expected[i]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['method A', methodA],
    ['U1 breakout', u1Breakout],
    ['custom parts', customPartsDesign],
  ])('round-trips the %s design losslessly', (_n, make) => {
    const d = make();
    const r = parseDesignFile(serializeDesign(d));
    expect(r.ok && r.design).toEqual(d);
    expect(r.ok && serializeDesign(r.design)).toBe(serializeDesign(d));
  });

  it('orders index-like keys naturally too (explicit writer path), with the same layout', () => {
    const d = methodA();
    const rack = d.racks['rack-1'];
    if (!rack) throw new Error('fixture');
    const racks = {
      '10': { ...rack, id: '10' },
      '9': { ...rack, id: '9' },
      r: { ...rack, id: 'r' },
    } as unknown as Design['racks'];
    const text = serializeDesign({ ...d, racks, devices: {}, cables: {} });
    expect([...text.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual(['9', '10', 'r']);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ ...d, racks, devices: {}, cables: {} })));
    // JSON.parse enumerates 9, 10, r here too, so the layouts can be compared byte for byte.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toBe(
      serializeDesign({
        ...d,
        racks: { r: racks.r, '9': racks['9'], '10': racks['10'] } as unknown as Design['racks'],
        devices: {},
        cables: {},
      }),
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "schemaVersion": 1,',
      '  "name": "Method A duplex 10GBASE-SR",',
    ]);
  });

  it('omits undefined properties like JSON.stringify', () => {
    const d = { ...methodA(), extra: undefined } as unknown as Design;
    expect(serializeDesign(d)).toBe(serializeDesign(methodA()));
  });
});
