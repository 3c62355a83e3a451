/**
 * The field-test example (issue 14 proof): examples/field-test.json with
 * examples/field-test-results.csv through `npm run analyze -- --measured`, every case asserted by
 * value. Designed values are hand-computed (vendor maximum, 1-jumper, REFERENCE §7.3, REFERENCE-2
 * §16.2, §16.6):
 *
 *   Row A  R12-P1-C1 Port p [LC│MOD-A│MPO] ══ Type-A trunk 90 m OM4 ══ [MPO│MOD-A│LC] R14-P1-C1 Port p
 *          designed @850 0.315 + 2 × 0.15 (LC low-loss ends) + 2 × 0.35 (MPO) = 1.315 dB; limit 3.315 dB
 *          designed @1300 0.135 + 1.0 = 1.135 dB; limit 3.135 dB; tolerance 0.10 dB (MM)
 *          Port1 as designed (patched into Leaf-1 Eth1 ↔ Leaf-2 Eth1), Port2 A above design,
 *          Port3 A fails, Port4 A negative, Port5 untested, Port6 by its TIA-606 label (+ a typo row)
 *   Row B  R20-P1 MPO1 │A│ ══ Type-A trunk 60 m ══ │A│ R21-P1 MPO1: designed 0.21 + 2 × 0.35 = 0.910 dB,
 *          limit 0.21 + 1.5 = 1.710 dB; designed map Type A, the tester reports Type B (13 − i)
 *   unmatched row 34: R99-P1-C1-Port1/R98-P1-C1-Port1
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../scripts/generate-examples';
import { runAnalyze } from './analyze';

const readText = (p: string) => readFileSync(join(EXAMPLES_DIR, p), 'utf8');
const readBytes = (p: string) => new Uint8Array(readFileSync(join(EXAMPLES_DIR, p)));
const run = (...argv: string[]) => runAnalyze(argv, readText, readBytes, () => '2026-03-05T12:00:00Z');

interface FiberJson {
  fiber: string;
  wavelengthNm: number;
  measuredDb: number;
  designedDb: number;
  deltaDb: number | null;
  limitDb: number;
  marginDb: number | null;
  verdict: string;
  likelyHop: string | null;
}
interface LinkJson {
  link: string;
  tested: boolean;
  verdict: string;
  failed: boolean;
  fibers: FiberJson[];
  polarity: { ok: boolean; measuredType: string; designedType: string; hop: string | null } | null;
  untestedFibers: string[];
}
interface Report {
  exitCode: number;
  fieldTest: {
    import: {
      rows: number;
      added: number;
      unmatched: { text: string; rows: number[] }[];
      nearMatches: { text: string; link: string; rows: number[] }[];
    };
    totals: { links: number; tested: number; untested: number };
    links: LinkJson[];
    channels: { title: string; verdict: string; links: string[] }[];
  };
}

const report = JSON.parse(run('field-test.json', '--measured', 'field-test-results.csv', '--json').stdout) as Report;
const link = (label: string) => report.fieldTest.links.find((l) => l.link === label) as LinkJson;
const fiber = (label: string, f: string, nm: number) =>
  link(label).fibers.find((x) => x.fiber === f && x.wavelengthNm === nm) as FiberJson;
const P = (p: number) => `R12-P1-C1-Port${p}/R14-P1-C1-Port${p}`;

describe('examples/field-test-results.csv against examples/field-test.json', () => {
  it.each([
    // case, link, fiber, nm, measured, designed, delta, limit, margin, verdict
    ['passing link', P(1), 'A', 850, 1.28, 1.315, -0.035, 3.315, 2.035, 'as-designed'],
    ['passing link @1300', P(1), 'B', 1300, 1.12, 1.135, -0.015, 3.135, 2.015, 'as-designed'],
    ['link above design', P(2), 'A', 850, 1.62, 1.315, 0.305, 3.315, 1.695, 'above-design'],
    ['failing link', P(3), 'A', 850, 3.52, 1.315, 2.205, 3.315, -0.205, 'fail-limit'],
    ['failing link @1300', P(3), 'A', 1300, 3.4, 1.135, 2.265, 3.135, -0.265, 'fail-limit'],
    ['negative loss', P(4), 'A', 850, -0.04, 1.315, -1.355, 3.315, null, 're-reference'],
    ['TIA-606 label', P(6), 'B', 850, 1.27, 1.315, -0.045, 3.315, 2.045, 'as-designed'],
    ['MPO fiber 1 (polarity)', 'R20-P1-MPO1/R21-P1-MPO1', '1', 850, 0.62, 0.91, -0.29, 1.71, 1.09, 'fail-polarity'],
  ] as const)('%s: %s fiber %s @%i nm', (_c, l, f, nm, measured, designed, delta, limit, margin, verdict) => {
    expect(fiber(l, f, nm)).toMatchObject({
      measuredDb: measured,
      designedDb: designed,
      deltaDb: delta,
      limitDb: limit,
      marginDb: margin,
      verdict,
    });
  });

  it('link verdicts: pass, above design, fail, re-reference, untested, as designed, polarity failure', () => {
    expect(report.fieldTest.links.map((l) => [l.link, l.verdict])).toEqual([
      [P(1), 'as-designed'],
      [P(2), 'above-design'],
      [P(3), 'fail-limit'],
      [P(4), 're-reference'],
      [P(5), 'untested'],
      [P(6), 'as-designed'],
      ['R20-P1-MPO1/R21-P1-MPO1', 'fail-polarity'],
    ]);
    expect(link(P(5))).toMatchObject({ tested: false, failed: false, untestedFibers: ['A', 'B'] });
    expect(report.fieldTest.totals).toMatchObject({ links: 7, tested: 6, untested: 1 });
  });

  it('names the likely hop above design: an end connection', () => {
    expect(fiber(P(2), 'A', 850).likelyHop).toBe(
      'excess 0.305 dB; likely an end connection (R12-P1-C1 Port 2 end connection (panel connector, LC low-loss); R14-P1-C1 Port 2 end connection (panel connector, LC low-loss)), designed 0.150 / 0.150 dB: inspect and clean both ends and the test cords, re-reference, re-test',
    );
  });

  it('the MPO tester map is Type B where the design is Type A; the trunk is named', () => {
    expect(link('R20-P1-MPO1/R21-P1-MPO1').polarity).toEqual({
      ok: false,
      measuredType: 'B',
      designedType: 'A',
      hop: "TR-R20-R21-01 (designed Type A) behaves as Type B: check the cable's polarity type",
      reason: expect.stringContaining('polarity differs from design'),
    });
    expect(link('R20-P1-MPO1/R21-P1-MPO1').fibers).toHaveLength(12);
  });

  it('lists the unmatched row and the near match awaiting confirmation', () => {
    expect(report.fieldTest.import).toMatchObject({
      rows: 33,
      added: 30,
      unmatched: [{ text: 'R99-P1-C1-Port1/R98-P1-C1-Port1', rows: [34] }],
      nearMatches: [{ text: 'R12-P1-C1-Prot6/R14-P1-C1-Port6', link: P(6), rows: [20, 21] }],
    });
  });

  it('shows the channel through the tested link', () => {
    expect(report.fieldTest.channels.filter((c) => !c.title.includes('#'))).toEqual([
      {
        key: expect.any(String),
        title: 'Leaf-1 Eth1 ↔ Leaf-2 Eth1',
        kind: 'duplex',
        verdict: 'as-designed',
        verdictText: 'As designed',
        links: [P(1)],
      },
    ]);
  });

  it('exits 1 because tested links fail; 0 without the results; 2 for a bad results file', () => {
    expect(report.exitCode).toBe(1);
    expect(run('field-test.json').exitCode).toBe(0);
    const bad = runAnalyze(['field-test.json', '--measured', 'x.csv'], readText, () =>
      new TextEncoder().encode('link_id,loss_dB,wavelength_nm\nR12-P1-C1-Port1/R14-P1-C1-Port1,1.2 dBm,850\n'),
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('row 2, column B "loss_dB": "1.2 dBm" is a power (dBm), not a loss in dB');
    expect(bad.stderr).toContain('Nothing was imported');
  });

  it('--accept-near applies the near match: Port6 then has results at 1300 nm too', () => {
    const r = JSON.parse(
      run('field-test.json', '--measured', 'field-test-results.csv', '--accept-near', '--json').stdout,
    ) as Report;
    expect(r.fieldTest.import.added).toBe(32);
    expect(r.fieldTest.links.find((l) => l.link === P(6))?.fibers.map((f) => `${f.fiber}@${f.wavelengthNm}`)).toEqual([
      'A@850',
      'A@1300',
      'B@850',
      'B@1300',
    ]);
  });

  it('the text report ends with the field-test totals and one result line', () => {
    const text = run('field-test.json', '--measured', 'field-test-results.csv').stdout;
    expect(text).toContain(
      'Field test: 7 links, 6 tested, 1 untested; as designed 2, above design 1, fails limit 1, polarity 1, re-reference 1, unchecked 0; 2 tested links fail',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Result: FAIL — a tested link fails its limit or polarity (REFERENCE-2 §16.6); exit code 1',
    );
    expect(text.match(/^Result:/gm)).toHaveLength(1);
  });
});

describe('--test-plan', () => {
  it('lists every link with both labels, fibers, wavelengths, method, designed loss per mode and the limit', () => {
    const r = JSON.parse(run('field-test.json', '--test-plan', '--json').stdout) as {
      testPlan: {
        project: string;
        tia606: string;
        fiberCount: number;
        method: string;
        rackRow: string;
        qr: string;
        wavelengths: {
          wavelengthNm: number;
          designedDb: Record<string, number>;
          limitDb: number;
          unverified: boolean;
        }[];
      }[];
    };
    expect(r.testPlan.map((x) => [x.project, x.rackRow, x.fiberCount])).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((p) => [P(p), 'Row A', 2]),
      ['R20-P1-MPO1/R21-P1-MPO1', 'Row B', 12],
    ]);
    const first = r.testPlan[0];
    expect(first?.tia606).toBe('R12-42:C1-01/R14-42:C1-01');
    expect(first?.method).toBe('1J');
    expect(first?.qr).toBe('#port=R12-P1-C1-Port1');
    expect(first?.wavelengths).toEqual([
      expect.objectContaining({
        wavelengthNm: 850,
        designedDb: { 'tia-worst-case': 3.315, 'vendor-max': 1.315, typical: 1.315 },
        limitDb: 3.315,
        unverified: true,
      }),
      expect.objectContaining({
        wavelengthNm: 1300,
        designedDb: { 'tia-worst-case': 3.135, 'vendor-max': 1.135, typical: 1.135 },
        limitDb: 3.135,
        unverified: false,
      }),
    ]);
  });

  it('--channels adds the equipment channel with its application limit', () => {
    const r = JSON.parse(run('field-test.json', '--test-plan', '--channels', '--json').stdout) as {
      testPlan: {
        kind: string;
        application: string | null;
        wavelengths: { wavelengthNm: number; limitDb: number; designedDb: Record<string, number> }[];
      }[];
    };
    const ch = r.testPlan.filter((x) => x.kind === 'channel');
    // GT-06 low-loss: 0.094 km × 3.5 + 2 × 0.35 + 2 × 0.15 = 1.329 dB against 10GBASE-SR OM4 2.9 dB.
    expect(ch).toEqual([
      expect.objectContaining({
        application: '10GBASE-SR',
        wavelengths: [
          expect.objectContaining({
            wavelengthNm: 850,
            limitDb: 2.9,
            designedDb: expect.objectContaining({ 'vendor-max': 1.329 }),
          }),
        ],
      }),
    ]);
  });
});
