/**
 * CSV exports of the GT-11 breakout, read back with papaparse.
 *
 * ```
 *  QSFP-1 (R1-SW1-Eth1) ─ T1 Type B ─ R1-P1-C1 MOD-U1 ─ P1…P4 A-to-B ─ SFP-1…4 (R1-SW2-Eth1…4)
 * ```
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { billOfMaterials, portMapRows, labelSheetItems } from '../../core/deliverables';
import { breakoutFixture } from '../../core/fixtures/breakoutFixture';
import { analyzeDesign } from '../../core/analysis/analyze';
import { BOM_COLUMNS, bomCsv, labelsCsv, PORT_MAP_COLUMNS, portMapCsv, toCsv } from './csv';

const f = breakoutFixture();
const analysis = analyzeDesign(f.design);

const read = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('port map CSV', () => {
  it('round-trips through papaparse with one row per fiber and the values of the rows', () => {
    const rows = portMapRows(analysis);
    const parsed = read(portMapCsv(rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(PORT_MAP_COLUMNS.map((c) => c.header));
    expect(parsed.data).toHaveLength(rows.length);
    const lane0 = parsed.data.find((r) => r['Near end'] === 'R1-SW1-Eth1' && r['Near position'] === '12');
    expect(lane0).toMatchObject({
      'Near role': 'Tx0',
      'Far end': 'R1-SW2-Eth1',
      'Far position': 'A',
      'Far role': 'Rx0',
      Cables: 'T1 | P1',
      'Polarity types': 'Type B | A-to-B',
      'Fiber colours (TIA-598)': 'T1 #1 Blue → P1 #2 Orange',
      'Polarity verdict': 'OK',
      'Loss dB': '0.612',
      'Limit dB': '1.5',
      'Margin dB': '0.888',
      'Loss verdict': 'Within budget',
    });
    // Every cell equals what the column computes (quotes, commas and arrows survive).
    rows.forEach((row, i) =>
      PORT_MAP_COLUMNS.forEach((c) => expect(parsed.data[i]?.[c.header]).toBe(String(c.cell(row) ?? ''))),
    );
  });
  it('joins positions of a port-pair row', () => {
    const parsed = read(portMapCsv(portMapRows(analysis, { mode: 'port', litOnly: true })));
    expect(parsed.data.map((r) => `${r['Near position']} | ${r['Far position']}`)).toEqual([
      '12, 1 | A, B',
      '11, 2 | A, B',
      '10, 3 | A, B',
      '9, 4 | A, B',
    ]);
  });
});

describe('BOM CSV', () => {
  it('round-trips quantities and ordering parameters', () => {
    const lines = billOfMaterials(f.design);
    const parsed = read(bomCsv(lines));
    expect(parsed.meta.fields).toEqual(BOM_COLUMNS.map((c) => c.header));
    expect(parsed.data.map((r) => [r.Qty, r['Part id']])).toEqual(lines.map((l) => [String(l.quantity), l.partId]));
    expect(parsed.data.find((r) => r['Part id'] === 'cable/mpo12-typeB-mf-upc')).toMatchObject({
      Connectors: 'MPO-12 male UPC | MPO-12 female UPC',
      'Polarity / method': 'Type B',
      'Length m': '30',
      'Fiber type': 'OM4',
      Fibers: '12',
    });
  });
});

describe('CSV safety', () => {
  it('quotes separators and neutralises spreadsheet formulas; numbers stay numbers', () => {
    const csv = toCsv(
      [{ a: '=HYPERLINK("x")', b: 'R1, "P1"', n: -0.231 }],
      [
        { header: 'a', cell: (r) => r.a },
        { header: 'b', cell: (r) => r.b },
        { header: 'n', cell: (r) => r.n },
      ],
    );
    expect(read(csv).data[0]).toEqual({ a: `'=HYPERLINK("x")`, b: 'R1, "P1"', n: '-0.231' });
  });
  it('writes one printer row per label', () => {
    const labels = labelSheetItems(f.design);
    const parsed = read(labelsCsv(labels));
    expect(parsed.data).toHaveLength(20);
    expect(parsed.data[0]).toEqual({
      Label: 'R1-P1-C1-MPO1',
      Detail: 'MOD-U1 #1 MPO1',
      Kind: 'port',
      QR: '#port=R1-P1-C1-MPO1',
    });
  });
});
