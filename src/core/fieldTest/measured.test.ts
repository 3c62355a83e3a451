/**
 * Measured against designed, per fiber, link and channel (REFERENCE-2 §16.3–§16.6), with hand
 * computed deltas and margins. Topologies (fixtures.ts):
 *
 * cassette links  R12-P1-C1 Port p [LC│MOD-A│MPO] ══ Type-A trunk 90 m OM4 ══ [MPO│MOD-A│LC] R14-P1-C1 Port p
 *                 designed (vendor max, 1-jumper): @850 0.315 + 2 × 0.15 + 2 × 0.35 = 1.315 dB,
 *                 limit 0.315 + 4 × 0.75 = 3.315 dB; tolerance (MM default) 0.10 dB
 * MPO link        R1-P1 front-1 │B│ ══ Type-A trunk 60 m ══ │B│ front-1 R2-P1  → designed map Type A (i → i)
 */
import { describe, expect, it } from 'vitest';
import type { Design, TestResult } from '../design';
import { analyzeDesign } from '../analysis/analyze';
import { round3 } from '../units';
import { cassetteLinks, FT_PARTS, mpoPanelLink } from './fixtures/linkDesigns';
import { measuredOutcomes } from './measured';
import { permanentLinks } from './permanentLinks';

let seq = 0;
function result(
  link: string,
  fiber: string,
  wavelengthNm: number,
  lossDb: number,
  extra: Partial<TestResult> = {},
): TestResult {
  seq += 1;
  return {
    id: `r${seq}`,
    recordVersion: 1,
    link,
    linkLabel: link,
    fiber,
    wavelengthNm,
    lossDb,
    referenceMethod: '1J',
    source: 'test.csv',
    row: seq,
    importedAt: '2026-03-01T10:00:00Z',
    ...extra,
  };
}

function withResults(d: Design, rs: readonly TestResult[]): Design {
  return { ...d, testResults: Object.fromEntries(rs.map((r) => [r.id, r])) };
}

const r3 = (n: number | null | undefined) => (n === null || n === undefined ? n : round3(n));

describe('cassette links measured against designed', () => {
  const base = cassetteLinks(90);
  const keys = permanentLinks(analyzeDesign(base)).links.map((l) => l.key);
  const [k1, k2, k3, k4, k5] = keys as [string, string, string, string, string];
  const design = withResults(base, [
    result(k1, 'A', 850, 2.0, { testedAt: '2026-01-01' }),
    result(k1, 'A', 850, 1.3, { testedAt: '2026-02-01' }),
    result(k1, 'B', 850, 1.4, { testedAt: '2026-02-01' }),
    result(k2, 'A', 850, 1.6),
    result(k2, 'B', 850, 1.31),
    result(k3, 'A', 850, 3.5),
    result(k3, 'B', 850, 1.2),
    result(k4, 'A', 850, -0.05),
    result(k4, 'B', 850, 1.2),
    result('gone#x|gone#y', 'A', 850, 1.0),
  ]);
  const a = analyzeDesign(design);
  const m = measuredOutcomes(a);
  const at = (k: string) => m.byLink.get(k);

  it('a newer test supersedes an older one of the same fiber and wavelength; the older is history', () => {
    const a850 = at(k1)?.fibers.find((f) => f.designation === 'A' && f.wavelengthNm === 850);
    expect(a850?.result.lossDb).toBe(1.3);
    expect(a850?.history.map((h) => h.lossDb)).toEqual([2.0]);
    expect(m.totals.superseded).toBe(1);
  });

  it.each([
    // link, fiber, verdict, delta = measured − 1.315, margin = 3.315 − measured
    ['link 1', 0, 'A', 'as-designed', -0.015, 2.015],
    ['link 1', 0, 'B', 'as-designed', 0.085, 1.915],
    ['link 2', 1, 'A', 'above-design', 0.285, 1.715],
    ['link 3', 2, 'A', 'fail-limit', 2.185, -0.185],
  ] as const)('%s (#%i) fiber %s: %s, delta %f dB, margin %f dB', (_n, i, fiber, verdict, delta, margin) => {
    const f = at(keys[i] as string)?.fibers.find((x) => x.designation === fiber && x.wavelengthNm === 850);
    expect(f?.verdict).toBe(verdict);
    expect(r3(f?.designedDb)).toBe(1.315);
    expect(r3(f?.deltaDb)).toBe(delta);
    expect(r3(f?.marginDb)).toBe(margin);
  });

  it('names an end connection for a small excess above design', () => {
    const f = at(k2)?.fibers.find((x) => x.designation === 'A');
    expect(f?.likely?.where).toEqual([
      'R12-P1-C1 Port 2 end connection (panel connector, LC low-loss)',
      'R14-P1-C1 Port 2 end connection (panel connector, LC low-loss)',
    ]);
    expect(f?.likely?.text).toContain('excess 0.285 dB; likely an end connection');
  });

  it('an excess no single connection explains points at the fiber', () => {
    const f = at(k3)?.fibers.find((x) => x.designation === 'A');
    expect(f?.likely?.text).toContain('more than any one connection can add');
  });

  it('a negative loss asks to re-reference and gives no margin', () => {
    const f = at(k4)?.fibers.find((x) => x.designation === 'A');
    expect(f?.verdict).toBe('re-reference');
    expect(f?.marginDb).toBeNull();
    expect(f?.reasons[0]).toContain('re-reference the tester');
  });

  it('link verdicts: worst fiber; untested links; missing wavelengths; orphans kept', () => {
    expect([k1, k2, k3, k4, k5].map((k) => at(k)?.verdict)).toEqual([
      'as-designed',
      'above-design',
      'fail-limit',
      're-reference',
      'untested',
    ]);
    expect(at(k1)?.missingWavelengths).toEqual([1300]);
    expect(m.orphans.map((o) => o.link)).toEqual(['gone#x|gone#y']);
    expect(m.totals).toMatchObject({ links: 6, tested: 4, untested: 2, results: 10, orphans: 1 });
  });

  it('the port map headline per wavelength is the worst measurement', () => {
    expect(at(k3)?.headlines.map((h) => [h.wavelengthNm, h.measured.result.lossDb])).toEqual([[850, 3.5]]);
  });
});

describe('MPO tester polarity against the design (GT-26 last row)', () => {
  // Type-B adapters and a Type-A trunk: mirror ∘ identity ∘ mirror = identity → designed Type A.
  const base = mpoPanelLink(60, FT_PARTS.trunkA);
  const key = permanentLinks(analyzeDesign(base)).links[0]?.key ?? '';
  const typeB = Array.from({ length: 12 }, (_, i) =>
    result(key, String(i + 1), 850, 0.5, { farPosition: String(12 - i) }),
  );
  const m = measuredOutcomes(analyzeDesign(withResults(base, typeB)));
  const o = m.byLink.get(key);

  it('a Type-B result where the design says Type A fails "polarity differs from design"', () => {
    expect(o?.polarity?.ok).toBe(false);
    expect(o?.polarity?.measuredType).toBe('B');
    expect(o?.polarity?.designedType).toBe('A');
    expect(o?.verdict).toBe('fail-polarity');
    expect(o?.polarity?.reason).toContain('polarity differs from design');
  });

  it('names the hop: the trunk behaving as Type B explains the map', () => {
    expect(o?.polarity?.hop).toBe("T1 (designed Type A) behaves as Type B: check the cable's polarity type");
  });

  it('the loss itself is as designed (0.21 + 2 × 0.35 = 0.910 dB designed)', () => {
    const f = o?.fibers[0];
    expect(r3(f?.designedDb)).toBe(0.91);
    expect(f?.verdict).toBe('fail-polarity');
    expect(r3(f?.deltaDb)).toBe(-0.41);
  });

  it('a map as designed passes polarity', () => {
    const ok = Array.from({ length: 12 }, (_, i) =>
      result(key, String(i + 1), 850, 0.5, { farPosition: String(i + 1) }),
    );
    const o2 = measuredOutcomes(analyzeDesign(withResults(base, ok))).byLink.get(key);
    expect(o2?.polarity?.ok).toBe(true);
    // Every fiber tested at 850 nm: as designed; the missing 1300 nm is listed, not a verdict.
    expect(o2?.verdict).toBe('as-designed');
    expect(o2?.reasons).toContain('no result at 1300 nm');
  });
});
