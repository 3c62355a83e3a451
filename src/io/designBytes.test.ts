/**
 * Design files as bytes: `.mpo.json.gz` is recognised by content, decompression stops at the
 * limit, and a 100,000-fiber data hall saves and reopens (plain and compressed).
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { generateDataHall } from '../core/dataHall';
import { gunzipText, gzipText, isGzip, readDesignBytes } from './designBytes';
import { MAX_FILE_BYTES } from './loadDesign';
import { serializeDesign } from './saveDesign';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readDesignBytes', () => {
  it('opens a plain and a gzip file of the same design to the same document', async () => {
    const d = methodA();
    const text = serializeDesign(d);
    const gz = await gzipText(text);
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(utf8(text))).toBe(false);
    expect(gz.length).toBeLessThan(text.length / 5);
    const plain = await readDesignBytes(utf8(text));
    const packed = await readDesignBytes(gz);
    expect(plain.ok && plain.design).toEqual(d);
    expect(packed.ok && packed.design).toEqual(d);
  });

  it('refuses a plain file over the limit before decoding it', async () => {
    const r = await readDesignBytes(utf8(' '.repeat(2_000)), { maxBytes: 1_000 });
    expect(r).toEqual({
      ok: false,
      error: { path: '$', message: 'file too large: 0.0 MB; the limit is 0.0 MB (1000 bytes)' },
    });
  });

  it('stops decompressing a gzip bomb at the limit', async () => {
    const bomb = await gzipText(' '.repeat(3_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    const r = await gunzipText(bomb, 1_000_000);
    expect(r).toEqual({
      ok: false,
      error: {
        path: '$',
        message: expect.stringMatching(/^file too large: the compressed file expands to more than 1\.0 MB/),
      },
    });
    expect((await readDesignBytes(bomb, { maxBytes: 1_000_000 })).ok).toBe(false);
  });

  it('refuses a damaged gzip file with a reason, at $', async () => {
    const gz = await gzipText(serializeDesign(methodA()));
    const r = await readDesignBytes(gz.slice(0, gz.length - 20));
    expect(r).toEqual({ ok: false, error: { path: '$', message: 'not a valid gzip file (damaged or cut short)' } });
  });
});

// Generating, saving, compressing and reopening 100,000 fibers takes about 10 s of CPU on a busy
// 2-core machine (parse 5 s of it); the budget gives 3× headroom and more.
describe('a 100,000-fiber data hall saves and reopens', { timeout: 120_000 }, () => {
  it('as .mpo.json (over the old 20 MB limit, under 64 MB) and as .mpo.json.gz', async () => {
    const hall = generateDataHall({ racks: 232, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 });
    const text = serializeDesign(hall);
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES / 2);
    const gz = await gzipText(text);
    expect(gz.length).toBeLessThan(text.length / 10);
    const back = await readDesignBytes(gz);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(Object.keys(back.design.cables).length).toBe(Object.keys(hall.cables).length);
    expect(serializeDesign(back.design)).toBe(text);
  });
});
