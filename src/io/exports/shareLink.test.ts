/**
 * Share links: design ↔ `#design=<lz-string>`; `#port=<label>`; the too-large refusal.
 *
 * ```
 *  GT-11 breakout (breakoutFixture.ts): 3 rack devices, 6 transceivers/modules, 5 cables
 *  "large" design: 40 racks × (48-port LC panel + 24 cords): far over 8000 characters
 * ```
 */
import { describe, expect, it } from 'vitest';
import { breakoutFixture } from '../../core/fixtures/breakoutFixture';
import { DesignBuilder, front } from '../../core/designBuilder';
import { compressToEncodedURIComponent } from 'lz-string';
import {
  decodeShareLink,
  encodeShareLink,
  parseShareHash,
  SHARE_DESIGN_CHARS_LIMIT,
  SHARE_PAYLOAD_LIMIT,
  SHARE_URL_LIMIT,
} from './shareLink';

const { design } = breakoutFixture();

describe('share link', () => {
  it('round-trips a design through the URL hash and the design validator', () => {
    const link = encodeShareLink(design, { baseUrl: 'https://mpo.example/app/' });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith('https://mpo.example/app/#design=')).toBe(true);
    expect(link.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    expect(link.url).toMatch(/^[A-Za-z0-9:/.#=+\-$_]+$/);
    const back = decodeShareLink(link.url);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(JSON.parse(back.json)).toEqual(design);
    expect(back.result.ok).toBe(true);
    if (back.result.ok) expect(back.result.design).toEqual(design);
  });

  it('carries a port label alongside the design, and alone', () => {
    const link = encodeShareLink(design, { port: 'AJ05-14:C3-04/x' });
    expect(link.ok && parseShareHash(link.hash).port).toBe('AJ05-14:C3-04/x');
    expect(parseShareHash('#port=R12-P1-C3-Port4%3AB')).toEqual({ design: null, port: 'R12-P1-C3-Port4:B' });
    expect(parseShareHash('https://x.example/#port=%E0%A4%A')).toEqual({ design: null, port: '%E0%A4%A' });
    expect(parseShareHash('')).toEqual({ design: null, port: null });
  });

  it('refuses a design too large for a link with a clear message', () => {
    const b = new DesignBuilder('large');
    for (let i = 0; i < 40; i++) {
      const r = b.rack(`R${i + 1}`);
      const enc = b.equipment(r, 'equipment/enclosure-2u-8slot-cassette-modular', 20, `E${i}`);
      const m = b.module(enc, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', `M${i}`);
      for (let k = 1; k <= 6; k++)
        b.cable('cable/lc-duplex-ab-upc', `C${i}-${k}`, 2 + k, 'OM4', { A: front(m, k), B: null });
    }
    const r = encodeShareLink(b.build());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('too-large');
    expect(r.length).toBeGreaterThan(SHARE_URL_LIMIT);
    expect(r.message).toContain('too large for a link');
    expect(r.message).toContain('JSON file');
    expect(encodeShareLink(design, { limit: 100 }).ok).toBe(false);
  });

  it('reports a missing or damaged design without throwing, and validates what decodes', () => {
    expect(decodeShareLink('#port=R1-P1-C1-Port1')).toMatchObject({ ok: false, port: 'R1-P1-C1-Port1' });
    const link = encodeShareLink(design);
    if (!link.ok) throw new Error('expected a link');
    const cut = decodeShareLink(link.hash.slice(0, 60));
    expect(cut.ok === false || (cut.ok && !cut.result.ok)).toBe(true);
    const notADesign = encodeShareLink({ ...design, schemaVersion: 99 as 1 });
    if (!notADesign.ok) throw new Error('expected a link');
    const decoded = decodeShareLink(notADesign.hash);
    expect(decoded.ok && decoded.result.ok).toBe(false);
  });
});

// Compressing the 1.1 M-character bomb takes about 1 s on a busy machine; 30 s budget.
describe('share link limits come before the work', { timeout: 30_000 }, () => {
  it('refuses a payload longer than any link the app makes, without decompressing it', () => {
    const r = decodeShareLink(`#design=${'A'.repeat(SHARE_PAYLOAD_LIMIT + 1)}`);
    expect(r).toMatchObject({ ok: false, path: '$', error: expect.stringMatching(/too long \(8,001 characters/) });
  });

  it('refuses a short payload that would expand past the limit (a decompression bomb)', () => {
    const bomb = compressToEncodedURIComponent(`{"name":"${'x'.repeat(1_100_000)}"}`);
    expect(bomb.length).toBeLessThan(SHARE_PAYLOAD_LIMIT);
    const r = decodeShareLink(`#design=${bomb}`);
    expect(r).toMatchObject({
      ok: false,
      path: '$',
      error: expect.stringMatching(/more than 1,000,000 characters/),
    });
    expect(SHARE_DESIGN_CHARS_LIMIT).toBe(1_000_000);
  });
});
