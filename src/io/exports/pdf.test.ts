/**
 * PDF exports of the GT-11 breakout, checked by reading the uncompressed PDF: page count and the
 * text drawn (`(…) Tj` operators).
 *
 * ```
 *  QSFP-1 (R1-SW1-Eth1) ─ T1 Type B ─ R1-P1-C1 MOD-U1 ─ P1…P4 A-to-B ─ SFP-1…4 (R1-SW2-Eth1…4)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { billOfMaterials, labelSheetItems, portMapRows } from '../../core/deliverables';
import { breakoutFixture } from '../../core/fixtures/breakoutFixture';
import { analyzeDesign } from '../../core/analysis/analyze';
import { bomPdf, labelSheetPdf, portMapPdf } from './pdf';
import { pdfText } from './pdfTable';

const f = breakoutFixture();
const rows = portMapRows(analyzeDesign(f.design));

const latin1 = (buf: ArrayBuffer): string => new TextDecoder('latin1').decode(new Uint8Array(buf));
const pages = (buf: ArrayBuffer): number => (latin1(buf).match(/\/Type \/Page\s/g) ?? []).length;
/** Every string shown with Tj, unescaped. */
const strings = (buf: ArrayBuffer): string[] =>
  [...latin1(buf).matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'));

describe('portMapPdf', () => {
  it('draws the rows on one landscape page with labels, colours and verdicts', async () => {
    const buf = await portMapPdf(rows, { compress: false, subtitle: 'GT-11 breakout' });
    const s = latin1(buf);
    expect(s.startsWith('%PDF-')).toBe(true);
    expect(pages(buf)).toBe(1);
    const text = strings(buf);
    expect(text).toContain('Port map / cable schedule');
    expect(text).toContain('GT-11 breakout');
    expect(text).toContain('R1-SW2-Eth4');
    expect(text.some((t) => t.includes('T1 #1 Blue -> P1 #2 Orange'))).toBe(true);
    expect(text.filter((t) => t.startsWith('0.612 / 0.888'))).toHaveLength(8);
    expect(text).toContain('page 1 of 1');
  });
  it('breaks pages and repeats the header', async () => {
    const many = Array.from({ length: 12 }, () => rows).flat();
    const buf = await portMapPdf(many, { compress: false });
    const n = pages(buf);
    expect(n).toBeGreaterThan(2);
    expect(strings(buf).filter((t) => t === 'Near end')).toHaveLength(n);
    expect(strings(buf)).toContain(`page ${n} of ${n}`);
  });
  it('compresses by default', async () => {
    const plain = await portMapPdf(rows, { compress: false });
    const packed = await portMapPdf(rows);
    expect(packed.byteLength).toBeLessThan(plain.byteLength);
    expect(latin1(packed).startsWith('%PDF-')).toBe(true);
  });
});

describe('bomPdf', () => {
  it('lists every line with its quantity', async () => {
    const lines = billOfMaterials(f.design);
    const text = strings(await bomPdf(lines, { compress: false }));
    expect(text).toContain('Bill of materials');
    expect(text).toContain('40GBASE-SR4 QSFP+');
    expect(text).toContain('MOD-U1 (Method U1)');
    expect(text.filter((t) => t === '4')).toHaveLength(2);
  });
});

describe('labelSheetPdf', () => {
  const labels = labelSheetItems(f.design);
  it('puts 24 labels on a page, each with its text and a vector QR code', async () => {
    const buf = await labelSheetPdf(labels, { compress: false });
    expect(pages(buf)).toBe(1);
    const text = strings(buf);
    for (const l of labels) expect(text).toContain(l.text);
    expect((latin1(buf).match(/ re\s*\n\s*f/g) ?? []).length).toBeGreaterThan(labels.length * 20);
    const two = await labelSheetPdf([...labels, ...labels], { compress: false });
    expect(pages(two)).toBe(2);
  });
});

describe('pdfText', () => {
  it('keeps Latin-1, turns symbols into ASCII and the rest into ?', () => {
    expect(pdfText('R1 → R2 ↔ ≥ 0.5 – Câble × 4 ✓')).toBe('R1 -> R2 <-> >= 0.5 - Câble × 4 ?');
  });
});
