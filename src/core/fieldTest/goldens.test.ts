/**
 * Field-test golden cases of REFERENCE-2 §17, table-driven (expected values copied from the
 * reference, never computed by the code under test):
 *
 * GT-24  link limit (§16.2): OM4 LC permanent link 240 m, 1 embedded connection, 2 splices
 *
 *          [panel]─TRC…  LC end ══ 240 m OM4 ══ ✕ splice ══ ✕ splice ══ [embedded LC pair] ══ LC end  …TRC─[panel]
 *
 * GT-25  measured vs designed (§16.6) for the GT-24 link @850 nm, 1-jumper, design values FOA
 *        typical (MM 3.0 dB/km, connection 0.5 dB, splice 0.3 dB) → designed 2.820 dB
 * GT-26  MPO tester maps (§16.4): near → far position maps classified A / B / C / unknown
 */
import { describe, expect, it } from 'vitest';
import { round3 } from '../units';
import { identifyArrayType } from './arrayType';
import { judgeMeasurement, type TestVerdict } from './judge';
import { LIMIT_ATTENUATION, linkLimit } from './linkLimit';
import type { ReferenceMethod } from '../design';

describe('GT-24 link limit (REFERENCE-2 §16.2)', () => {
  const rows: readonly [ReferenceMethod, boolean, number, number][] = [
    ['1J', false, 3.69, 3.21],
    ['2J', false, 2.94, 2.46],
    ['3J', false, 2.19, 1.71],
    ['1J', true, 3.19, 2.71],
  ];
  it.each(rows)('%s (reference-grade ends %s): %f dB @850, %f dB @1300', (method, refGrade, at850, at1300) => {
    for (const [nm, expected] of [
      [850, at850],
      [1300, at1300],
    ] as const) {
      const alpha = LIMIT_ATTENUATION.OM4[nm]?.dbPerKm ?? NaN;
      const l = linkLimit({
        segments: [{ lengthM: 240, dbPerKm: alpha }],
        embeddedPairs: 1,
        splices: 2,
        method,
        referenceGradeEnds: refGrade,
      });
      expect(round3(l.limitDb)).toBe(expected);
    }
  });

  it('uses α 3.5 dB/km @850 marked UNVERIFIED with the 3.0 alternative, and 1.5 dB/km @1300', () => {
    expect(LIMIT_ATTENUATION.OM4[850]).toMatchObject({
      dbPerKm: 3.5,
      alternativeDbPerKm: 3.0,
      provenance: { unverified: true },
    });
    expect(LIMIT_ATTENUATION.OM4[1300]?.dbPerKm).toBe(1.5);
    expect(LIMIT_ATTENUATION.OM4[1300]?.provenance.unverified).toBeUndefined();
    expect(LIMIT_ATTENUATION.OS2[1550]?.provenance.unverified).toBe(true);
  });
});

describe('GT-25 measured vs designed (REFERENCE-2 §16.6, Appendix B `judge`)', () => {
  // Designed: 0.240 km × 3.0 + 3 connections × 0.5 (2 ends + 1 embedded) + 2 splices × 0.3 = 2.820 dB.
  const designed = 0.24 * 3.0 + 3 * 0.5 + 2 * 0.3;
  const limit = 3.69;
  const rows: readonly [number, TestVerdict, number | null][] = [
    [2.1, 'as-designed', 1.59],
    [3.05, 'above-design', 0.64],
    [3.8, 'fail-limit', -0.11],
    [-0.04, 're-reference', null],
    [3.69, 'above-design', 0],
  ];
  it('designed loss is 2.820 dB', () => expect(round3(designed)).toBe(2.82));
  it.each(rows)('measured %f dB → %s, margin %s dB (tolerance 0, Appendix B)', (m, verdict, margin) => {
    const j = judgeMeasurement(m, limit, designed, 0);
    expect(j.verdict).toBe(verdict);
    expect(j.marginDb === null ? null : round3(j.marginDb)).toBe(margin);
  });
  it.each(rows)('measured %f dB → %s with the default MM tolerance 0.10 dB too', (m, verdict) => {
    expect(judgeMeasurement(m, limit, designed, 0.1).verdict).toBe(verdict);
  });
  it('a reading within the tolerance above design is as designed; just over it is above design', () => {
    expect(judgeMeasurement(2.92, limit, designed, 0.1).verdict).toBe('as-designed');
    expect(judgeMeasurement(2.921, limit, designed, 0.1).verdict).toBe('above-design');
  });
  it('an unknown designed loss still checks the limit; an unknown limit is unchecked', () => {
    expect(judgeMeasurement(2.1, limit, null).verdict).toBe('within-limit');
    expect(judgeMeasurement(3.8, limit, null).verdict).toBe('fail-limit');
    expect(judgeMeasurement(2.1, null, designed).verdict).toBe('unchecked');
  });
});

describe('GT-26 MPO tester maps (REFERENCE-2 §16.4, Appendix B `identify_array_type`)', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const rows: readonly [string, [number, number][], string][] = [
    ['{i → 13−i}', range(12).map((i) => [i, 13 - i]), 'B'],
    [
      'Base-8 {1→12, 2→11, 3→10, 4→9, 9→4, 10→3, 11→2, 12→1}',
      [
        [1, 12],
        [2, 11],
        [3, 10],
        [4, 9],
        [9, 4],
        [10, 3],
        [11, 2],
        [12, 1],
      ],
      'B',
    ],
    ['{1↔2, 3↔4, …}', range(12).map((i) => [i, i % 2 === 1 ? i + 1 : i - 1]), 'C'],
    ['identity except 5↔6', range(12).map((i) => [i, i === 5 ? 6 : i === 6 ? 5 : i]), 'unknown'],
    ['identity', range(12).map((i) => [i, i]), 'A'],
  ];
  it.each(rows)('%s → %s', (_name, pairs, expected) => {
    expect(identifyArrayType(new Map(pairs))).toBe(expected);
  });
});
