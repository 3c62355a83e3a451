/**
 * GT-27 (a)–(e) VSFF mating (REFERENCE-2 §13.3, §17) and the splice mating rules (§15.2),
 * table-driven and checked against the Appendix B `mate` oracle (fixtures/referenceModelB.ts):
 *
 *   CORD-1 (plug x) ─▶ [front-1 PLATE (adapter of family y) rear-1] ◀─ CORD-2 (plug z)
 */
import { describe, expect, it } from 'vitest';
import { makeDuplexCordOf, type DuplexVariant } from '../catalogue/duplexCables';
import { makeAdapterPlate } from '../catalogue/modules';
import { makeBulkCable, makePigtail, makeSpliceTray } from '../catalogue/spliceParts';
import type { FiberType } from '../connectors';
import { DesignBuilder, front, port } from '../designBuilder';
import { refMate, type RefSide } from '../fixtures/referenceModelB';
import { analyzeDesign } from '../analysis/analyze';

interface Plug {
  readonly variant: DuplexVariant;
  readonly polish: 'UPC' | 'APC';
  readonly fiber: FiberType;
}
const NAME: Readonly<Record<DuplexVariant, string>> = {
  'lc-duplex': 'LC',
  'sc-duplex': 'SC',
  'mdc-duplex': 'MDC',
  'sn-duplex': 'SN',
  'cs-duplex': 'CS',
};
const side = (p: Plug): RefSide => ({
  conn: NAME[p.variant],
  polish: p.polish,
  mode: p.fiber.startsWith('OS') ? 'SM' : 'MM',
});

/** Invalid rules found at the plate for two cords through a plate of `plate` variant. */
function findingsAt(plate: DuplexVariant, a: Plug, b: Plug): string[] {
  const d = new DesignBuilder('GT-27');
  const r = d.rack('R1');
  const enc = d.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 30, 'ENC');
  const pl = makeAdapterPlate({ variant: plate, count: 12, adapter: 'duplex' });
  const m = d.part(pl).module(enc, 1, pl.id, 'PLATE');
  const cord = (p: Plug) => {
    const c = makeDuplexCordOf({ cordType: 'A-to-B', polish: p.polish, lossGrade: 'standard', end1: p.variant });
    d.part(c);
    return c.id;
  };
  d.cable(cord(a), 'CORD-1', 2, a.fiber, { A: front(m, 1), B: null });
  d.cable(cord(b), 'CORD-2', 2, b.fiber, { A: port(m, 'rear-1'), B: null });
  return [
    ...new Set(
      analyzeDesign(d.build())
        .findings.filter((f) => f.severity === 'invalid')
        .map((f) => f.rule),
    ),
  ].sort();
}

const mdc = (polish: 'UPC' | 'APC' = 'UPC', fiber: FiberType = 'OS2'): Plug => ({
  variant: 'mdc-duplex',
  polish,
  fiber,
});

describe('GT-27 VSFF mating (REFERENCE-2 §13.3)', () => {
  it.each([
    {
      id: '(a) MDC plug into an LC adapter',
      plate: 'lc-duplex',
      a: mdc(),
      b: { variant: 'lc-duplex', polish: 'UPC', fiber: 'OS2' },
      rules: ['V6'],
    },
    {
      id: '(b) SN ↔ MDC (SN plug into an MDC adapter)',
      plate: 'mdc-duplex',
      a: { variant: 'sn-duplex', polish: 'UPC', fiber: 'OS2' },
      b: mdc(),
      rules: ['V6'],
    },
    {
      id: '(c) CS/APC ↔ CS/UPC',
      plate: 'cs-duplex',
      a: { variant: 'cs-duplex', polish: 'APC', fiber: 'OS2' },
      b: { variant: 'cs-duplex', polish: 'UPC', fiber: 'OS2' },
      rules: ['V3'],
    },
    {
      id: '(d) MDC single-mode ↔ MDC multimode',
      plate: 'mdc-duplex',
      a: mdc('UPC', 'OS2'),
      b: mdc('UPC', 'OM4'),
      rules: ['V5'],
    },
    { id: '(e) MDC/UPC ↔ MDC/UPC single-mode', plate: 'mdc-duplex', a: mdc(), b: mdc(), rules: [] },
  ] as const)('$id → $rules', ({ plate, a, b, rules }) => {
    expect(findingsAt(plate, a, b)).toEqual(rules);
    // Oracle: the plug that meets the adapter of another family is the V6 pair; otherwise plug ↔ plug.
    const plateSide: RefSide = { ...side(b), conn: NAME[plate] };
    const oracle = NAME[a.variant] !== NAME[plate] ? refMate(side(a), plateSide) : refMate(side(a), side(b));
    expect(oracle.sort()).toEqual(rules);
  });

  it('V1/V2 never apply to duplex VSFF: the same plugs have no gender and no gender finding', () => {
    const c = makeDuplexCordOf({ cordType: 'A-to-A', polish: 'UPC', end1: 'mdc-duplex', end2: 'lc-duplex' });
    expect(c.ends.map((e) => [e.connector.variant, e.connector.gender])).toEqual([
      ['mdc-duplex', 'n/a'],
      ['lc-duplex', 'n/a'],
    ]);
    expect(refMate(side(mdc()), side(mdc()))).toEqual([]);
  });
});

describe('splice mating (REFERENCE-2 §15.2): spliced ends only, fiber mode still checked', () => {
  /*
   *   X ─▶ (a-1 SPLICE TRAY b-1) ◀─ Y      X, Y: spliced cable ends or connectors
   */
  const build = (first: 'pigtail' | 'bulk-om4' | 'mpo', second: 'bulk-os2'): string[] => {
    const d = new DesignBuilder('splice mating');
    const tray = makeSpliceTray({ fibers: 12, method: 'fusion' });
    const s = d.part(tray).loose(tray.id, 'TRAY');
    const bulk = makeBulkCable(12);
    d.part(bulk);
    if (first === 'mpo') {
      const p = makePigtail({ variant: 'mpo-12', gender: 'male', polish: 'APC' });
      d.part(p).cable(p.id, 'X', 2, 'OS2', { A: port(s, 'a-1'), S: null });
    } else if (first === 'pigtail') {
      const p = makePigtail({ variant: 'mpo-12', gender: 'male', polish: 'APC' });
      d.part(p).cable(p.id, 'X', 2, 'OS2', { A: null, S: port(s, 'a-1') });
    } else d.cable(bulk.id, 'X', 100, 'OM4', { A: port(s, 'a-1'), B: null });
    void second;
    d.cable(bulk.id, 'Y', 100, 'OS2', { A: port(s, 'b-1'), B: null });
    return analyzeDesign(d.build()).findings.map((f) => `${f.rule} ${f.severity}`);
  };
  it.each([
    { id: 'pigtail spliced to an OS2 cable: valid', first: 'pigtail', want: [] },
    { id: 'OM4 cable spliced to OS2 cable: V5 invalid', first: 'bulk-om4', want: ['V5 invalid'] },
    { id: 'an MPO connector in a splice port: V6 invalid', first: 'mpo', want: ['V6 invalid'] },
  ] as const)('$id', ({ first, want }) => {
    expect(build(first, 'bulk-os2')).toEqual(want);
  });
});
