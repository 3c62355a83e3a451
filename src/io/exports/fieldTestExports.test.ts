/**
 * Field-test exports (issue 14 §2, §4, §6): the test plan as CSV and PDF (a table per row of
 * racks, QR codes), the certification summary PDF, the measured-results CSV with formula-like
 * text escaped. Design: scripts/generate-examples.ts `fieldTest` (Row A: six cassette links of
 * 90 m, designed 1.315 dB @850 vendor max, limit 3.315; Row B: one MPO panel link) with the
 * results of examples/field-test-results.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, fieldTest } from '../../../scripts/generate-examples';
import { analyzeDesign } from '../../core/analysis/analyze';
import { certificationSummary, measuredOutcomes, testPlan } from '../../core/fieldTest';
import { applyImport, readAndPlan } from '../testResults';
import { certificationPdf, resultsCsv } from './certificationExport';
import { testPlanCsv, testPlanPdf } from './testPlanExport';

const latin1 = (buf: ArrayBuffer): string => new TextDecoder('latin1').decode(new Uint8Array(buf));
const strings = (buf: ArrayBuffer): string[] =>
  [...latin1(buf).matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'));

const design = fieldTest();
const a0 = analyzeDesign(design);
const read = readAndPlan(
  a0,
  new Uint8Array(readFileSync(join(EXAMPLES_DIR, 'field-test-results.csv'))),
  'field-test-results.csv',
  '2026-03-05T12:00:00Z',
);
if (!read.ok) throw new Error(read.message);
const applied = applyImport(design, read.plan);
if (!applied.ok) throw new Error(applied.message);
const tested = applied.design;
const a = analyzeDesign(tested);

describe('test plan CSV', () => {
  const csv = testPlanCsv(testPlan(a0, { baseUrl: 'https://x.test/app/' }));
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  it('has one line per link and wavelength, with both labels, designed loss per mode and the limit', () => {
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({
      'Row of racks': 'Row A',
      Link: 'R12-P1-C1-Port1/R14-P1-C1-Port1',
      'Link (TIA-606)': 'R12-42:C1-01/R14-42:C1-01',
      Fibers: '2',
      'Reference method': '1-jumper',
      'Wavelength nm': '850',
      'Designed dB (TIA worst case)': '3.315',
      'Designed dB (vendor max)': '1.315',
      'Designed dB (typical)': '1.315',
      'Limit kind': 'TIA-568.3-E link limit',
      'Limit dB': '3.315',
      'Limit unverified': 'UNVERIFIED',
      'Port map': 'https://x.test/app/#port=R12-P1-C1-Port1',
    });
    expect(rows.at(-1)).toMatchObject({
      'Row of racks': 'Row B',
      Fibers: '12',
      'Wavelength nm': '1300',
      'Limit dB': '1.59',
    });
  });
});

describe('test plan PDF', () => {
  it('draws one table per row of racks with the links and QR codes', async () => {
    const buf = await testPlanPdf(testPlan(a0), { compress: false, subtitle: 'Field test example' });
    const text = strings(buf);
    expect(text).toContain('Field test plan: Row A');
    expect(text).toContain('Field test plan: Row B');
    expect(text).toContain('R12-P1-C1-Port1/R14-P1-C1-Port1');
    expect(text).toContain('R20-40:MPO1/R21-40:MPO1');
    expect(text).toContain('850 nm: 3.315 UNVERIFIED');
    expect((latin1(buf).match(/\/Type \/Page\s/g) ?? []).length).toBe(2);
    // QR modules are filled rectangles: 7 codes of ≥ 21 × 21 modules draw hundreds of runs.
    expect((latin1(buf).match(/ re\s*\n?f/g) ?? []).length).toBeGreaterThan(700);
  });
});

describe('certification summary', () => {
  const s = certificationSummary(measuredOutcomes(a));
  it('summarises per link, untested links and worst deltas by value', () => {
    expect(s.links.map((l) => [l.label, l.verdictText, l.failed])).toEqual([
      ['R12-P1-C1-Port1/R14-P1-C1-Port1', 'As designed', false],
      ['R12-P1-C1-Port2/R14-P1-C1-Port2', 'Above design', false],
      ['R12-P1-C1-Port3/R14-P1-C1-Port3', 'Fails limit', true],
      ['R12-P1-C1-Port4/R14-P1-C1-Port4', 'Negative loss: re-reference the tester', false],
      ['R12-P1-C1-Port5/R14-P1-C1-Port5', 'Untested', false],
      ['R12-P1-C1-Port6/R14-P1-C1-Port6', 'As designed', false],
      ['R20-P1-MPO1/R21-P1-MPO1', 'Polarity differs from design', true],
    ]);
    expect(s.untested.map((l) => l.label)).toEqual(['R12-P1-C1-Port5/R14-P1-C1-Port5']);
    expect(
      s.worstDeltas
        .slice(0, 3)
        .map((d) => [
          d.link,
          d.measured.designation,
          d.measured.wavelengthNm,
          Math.round((d.measured.deltaDb ?? 0) * 1000) / 1000,
        ]),
    ).toEqual([
      ['R12-P1-C1-Port3/R14-P1-C1-Port3', 'A', 1300, 2.265],
      ['R12-P1-C1-Port3/R14-P1-C1-Port3', 'A', 850, 2.205],
      ['R12-P1-C1-Port2/R14-P1-C1-Port2', 'A', 850, 0.305],
    ]);
  });

  it('the PDF carries totals, links, untested links and worst deltas', async () => {
    const text = strings(await certificationPdf(s, { compress: false, subtitle: tested.name }));
    expect(text).toContain('Certification summary');
    expect(text.some((t) => t.includes('7 links, 6 tested, 1 untested, 2 failing'))).toBe(true);
    expect(text).toContain('FAIL: Fails limit');
    expect(text).toContain('FAIL: Polarity differs from design');
    expect(text).toContain('Untested links (1)');
    expect(text).toContain('Worst deltas (measured - designed)');
    expect(text).toContain('+2.265');
    expect(text).toContain('850 nm A: 3.520 / 1.315 / +2.205 / 3.315 (UNVERIFIED) / -0.205');
  });
});

describe('measured-results CSV', () => {
  it('escapes formula-like text from tester files (formula injection)', () => {
    const withEvil = {
      ...tested,
      testResults: Object.fromEntries(
        Object.entries(tested.testResults ?? {}).map(([k, r]) => [
          k,
          { ...r, operator: '=HYPERLINK("http://evil","x")' },
        ]),
      ),
    };
    const csv = resultsCsv(measuredOutcomes(analyzeDesign(withEvil)));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.Verdict === 'Fails limit' && r['Wavelength nm'] === '850')).toMatchObject({
      'Measured dB': '3.52',
      'Designed dB': '1.315',
      'Delta dB': '2.205',
      'Margin dB': '-0.205',
    });
  });
});
