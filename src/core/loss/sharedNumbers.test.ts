import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../scripts/generate-examples';
import { analyzeDesign } from '../analysis/analyze';
import { generateDataHall } from '../dataHall';
import { sharedNumber } from './lossTail';

/*
 * Loss reports and their lanes take numbers equal to their shared judgement's (total, length,
 * margin, limit, design margin) from that judgement (`sharedNumber`), so equal figures share one
 * number. The value must always be the report's own, and the keys keep the order the reports
 * always had (JSON, equality checks and the UI read them in that order).
 *
 *   transceiver --cord-- [cassette] ==trunk== [cassette] --cord-- transceiver   (data hall)
 */
const REPORT_KEYS = [
  'channel',
  'kind',
  'lossMode',
  'multimodeAttenuation',
  'designMarginDb',
  'wavelengthsNm',
  'worstFiber',
  'lengthM',
  'fiberDb',
  'connectionDb',
  'totalDb',
  'pairCount',
  'spliceCount',
  'complete',
  'lanes',
  'applications',
  'governing',
  'limitDb',
  'marginDb',
  'limitUnverified',
  'verdict',
  'reasons',
  'power',
  'hops',
];
const LANE_KEYS = ['lane', 'ilDb', 'lengthM', 'complete', 'fibers', 'marginDb'];

describe('sharedNumber', () => {
  it('always gives the own number (same value, same zero sign; NaN stays NaN)', () => {
    const num = fc.oneof(fc.double(), fc.constantFrom(0, -0, NaN, 1.231, 0.669));
    fc.assert(
      fc.property(fc.option(num, { nil: null }), num, (held, own) => {
        expect(Object.is(sharedNumber(held, own), own)).toBe(true);
      }),
    );
    expect(Object.is(sharedNumber(0, -0), -0)).toBe(true);
    expect(Object.is(sharedNumber(-0, 0), 0)).toBe(true);
    expect(sharedNumber(null, 2.5)).toBe(2.5);
  });
});

describe('loss report shape', () => {
  it('keeps the report and lane keys in their order, with the figures of the channel', () => {
    const designs = [
      generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 2 }),
      ...Object.values(EXAMPLES).map((make) => make()),
    ];
    let lanes = 0;
    for (const d of designs)
      for (const c of analyzeDesign(d).channels) {
        const r = c.loss;
        if (!r) continue;
        expect(Object.keys(r)).toEqual(REPORT_KEYS);
        expect(r.designMarginDb).toBe(d.settings.designMarginDb);
        expect(r.totalDb).toBe(r.fiberDb + r.connectionDb);
        for (const l of r.lanes) {
          expect(Object.keys(l)).toEqual(LANE_KEYS);
          expect(l.ilDb).toBeLessThanOrEqual(r.totalDb);
          expect(l.marginDb).toBe(r.limitDb !== null && l.complete ? r.limitDb - l.ilDb : null);
          lanes += 1;
        }
      }
    expect(lanes).toBeGreaterThan(10);
  });
});
