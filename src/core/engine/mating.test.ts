/**
 * Mating rules V1–V7 and P1 (REFERENCE §1.8) and the golden cases GT-13 (gender) and GT-14
 * (physical mismatches): each violation carries its rule id on the finding and makes the
 * channel through it `invalid`; an unknown input makes the rule `unchecked`, never a pass.
 *
 * Parallel cases use fixtures `parallelPath` (40GBASE-SR4 QSFP+ at both ends unless stated):
 *
 * ```text
 *  QSFP a (MDI male) ──cable 1── [plate 1 front-1 | rear-1] ──cable 2── [plate 2] ──cable 3── QSFP b
 * ```
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable, makeDuplexCord } from '../catalogue/cables';
import { makeAdapterPlate, makeCassette } from '../catalogue/modules';
import type { ConnectorSpec } from '../connectors';
import { DesignBuilder, cage, front, mdi, rear } from '../designBuilder';
import {
  arrayCable,
  duplexDirect,
  duplexStructured,
  METHOD_RECIPES,
  mpoAdapter,
  parallelPath,
  type ParallelElement,
} from '../fixtures/topologies';
import { partId, type DeviceId } from '../ids';
import type { CablePart } from '../parts';
import { analyzeDesign } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import type { MatingRule } from './mating';

const mpo24mm = makeArrayCable({ polarity: 'B', variant: 'mpo-24', genders: 'mm', polish: 'UPC' });
const mpo16mm = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });

/** A variant of a cable part whose end connectors have one field changed (an imported part). */
function withEnds(base: CablePart, id: string, patch: Partial<ConnectorSpec>): CablePart {
  return { ...base, id: partId(id), ends: base.ends.map((e) => ({ ...e, connector: { ...e.connector, ...patch } })) };
}

interface MatingCase {
  readonly id: string;
  readonly build: () => { design: ReturnType<typeof parallelPath>['design']; probe: DeviceId };
  /** Rules of all findings, sorted. */
  readonly rules: readonly MatingRule[];
  readonly severity: 'invalid' | 'unchecked';
  /** Verdict of the channels at `probe`. */
  readonly verdict: PolarityVerdict;
}

const path =
  (elements: readonly ParallelElement[], o: Parameters<typeof parallelPath>[1] = {}) =>
  () => {
    const t = parallelPath(elements, o);
    return { design: t.design, probe: t.a };
  };

/** SFP+ — LC A-to-B cord — the rear MPO of a MOD-A cassette (front ports open). */
function lcIntoMpo() {
  const b = new DesignBuilder('LC plug in an MPO port');
  const r = b.rack('R1');
  const sw = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 40, 'SW-1');
  const t = b.transceiver(sw, 1, 'transceiver/10gbase-sr-sfpplus', 'SFP 1');
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
  const m = b.module(
    enc,
    1,
    makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }).id,
    'MOD',
  );
  b.cable('cable/lc-duplex-ab-upc', 'CORD', 2, 'OM4', { A: cage(sw, 1), B: rear(m) });
  return { design: b.build(), probe: t };
}

/**
 * SW-1 (24× SFP+) with 10GBASE-SR SFPs in cages 1 and 2, and an enclosure with `modules` MOD-A
 * cassettes (female UPC rear, OM4) named MOD 1…; the caller adds the cords.
 */
function twoSfpsAndCassettes(name: string, modules: number) {
  const b = new DesignBuilder(name);
  const r = b.rack('R1');
  const sw = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 40, 'SW-1');
  b.transceiver(sw, 1, 'transceiver/10gbase-sr-sfpplus', 'SFP 1');
  b.transceiver(sw, 2, 'transceiver/10gbase-sr-sfpplus', 'SFP 2');
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
  const cassette = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
  const mods = Array.from({ length: modules }, (_, i) => b.module(enc, i + 1, cassette.id, `MOD ${i + 1}`));
  return { b, sw, mods };
}

const CASES: readonly MatingCase[] = [
  // GT-13 gender.
  {
    id: 'GT-13a V1 male cord ↔ male trunk in an adapter',
    build: path([
      arrayCable('A', { genders: 'mf', flip: true }),
      mpoAdapter('A'),
      arrayCable('B', { genders: 'mm' }),
      mpoAdapter('A'),
      arrayCable('A', { genders: 'ff' }),
    ]),
    rules: ['V1'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-13b V1 female cord ↔ female trunk in an adapter',
    build: path([
      arrayCable('A', { genders: 'ff' }),
      mpoAdapter('A'),
      arrayCable('B', { genders: 'ff' }),
      mpoAdapter('A'),
      arrayCable('A', { genders: 'mf' }),
    ]),
    rules: ['V1'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-13c V2 male MPO cord plugged into a transceiver',
    build: path([arrayCable('B', { genders: 'mf' })]),
    rules: ['V2'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-13d female cord into a transceiver is fine',
    build: path([arrayCable('B', { genders: 'ff' })]),
    rules: [],
    severity: 'invalid',
    verdict: 'ok',
  },
  // GT-14 physical mismatches.
  {
    id: 'GT-14a V3 MPO/APC trunk ↔ MPO/UPC cords',
    build: path([
      arrayCable('A'),
      mpoAdapter('A'),
      arrayCable('B', { polish: 'APC' }),
      mpoAdapter('A'),
      arrayCable('A'),
    ]),
    rules: ['V3', 'V3'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-14b V5 OS2 cord ↔ OM4 cord (and the OM4 SR4 MDI)',
    build: path([arrayCable('B'), mpoAdapter('A'), arrayCable('A', { fiberType: 'OS2' })]),
    rules: ['V5', 'V5'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-14c V6 MPO-16 plug into MPO-12 adapters',
    build: path([arrayCable('A'), mpoAdapter('A'), arrayCable(mpo16mm), mpoAdapter('A'), arrayCable('A')]),
    rules: ['V6', 'V6', 'V6', 'V6'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-14d V4 APC MPO through key-up/key-up adapters (DR4, OS2)',
    build: path([arrayCable('B'), mpoAdapter('B'), arrayCable('B'), mpoAdapter('B'), arrayCable('B')], {
      medium: 'single-mode',
    }),
    rules: ['V4', 'V4'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'GT-14e V3 LC/APC cord into LC/UPC transceivers',
    build: () => {
      const t = duplexDirect(makeDuplexCord('A-to-B', 'APC'));
      return { design: t.design, probe: t.a };
    },
    rules: ['V3', 'V3'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  // Remaining rules.
  { id: 'V6 LC plug in an MPO port', build: lcIntoMpo, rules: ['V6'], severity: 'invalid', verdict: 'invalid' },
  {
    id: 'V7 MPO-24 plug into MPO-12 adapters',
    build: path([arrayCable('A'), mpoAdapter('A'), arrayCable(mpo24mm), mpoAdapter('A'), arrayCable('A')]),
    rules: ['V7', 'V7', 'V7', 'V7'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  {
    id: 'P1 two cables in one transceiver port',
    build: () => {
      const t = parallelPath([arrayCable('B')]);
      t.builder.cable('cable/mpo12-typeB-ff-upc', 'EXTRA', 1, 'OM4', { A: mdi(t.a), B: null });
      return { design: t.builder.build(), probe: t.a };
    },
    rules: ['P1'],
    severity: 'invalid',
    verdict: 'invalid',
  },
  // Unknown inputs.
  {
    id: 'V2 unchecked: cord gender unknown',
    build: path([
      arrayCable(
        withEnds(
          makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'ff', polish: 'UPC' }),
          'cable/test-gender-unknown',
          { gender: 'unknown' },
        ),
      ),
    ]),
    rules: ['V2', 'V2'],
    severity: 'unchecked',
    verdict: 'unchecked',
  },
  {
    id: 'V3 unchecked: cord polish unknown',
    build: path([
      arrayCable(
        withEnds(
          makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'ff', polish: 'UPC' }),
          'cable/test-polish-unknown',
          { polish: 'unknown' },
        ),
      ),
    ]),
    rules: ['V3', 'V3'],
    severity: 'unchecked',
    verdict: 'unchecked',
  },
  {
    id: 'V1 unchecked: trunk gender unknown in an adapter',
    build: path([
      arrayCable('A'),
      mpoAdapter('A'),
      arrayCable(
        withEnds(
          makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'UPC' }),
          'cable/test-trunk-gender-unknown',
          { gender: 'unknown' },
        ),
      ),
      mpoAdapter('A'),
      arrayCable('A'),
    ]),
    rules: ['V1', 'V1'],
    severity: 'unchecked',
    verdict: 'unchecked',
  },
];

describe('mating rules V1–V7, P1 and GT-13/GT-14', () => {
  it.each(CASES)('$id → $verdict', (c) => {
    const { design, probe } = c.build();
    const analysis = analyzeDesign(design);
    expect(analysis.findings.map((f) => f.rule).sort()).toEqual(c.rules);
    for (const f of analysis.findings) expect(f.severity).toBe(c.severity);
    for (const f of analysis.findings) expect(f.message.startsWith(f.rule)).toBe(true);
    const at = analysis.channels.filter((ch) =>
      ch.fibers.some(
        (f) => ('device' in f.start && f.start.device === probe) || ('device' in f.end && f.end.device === probe),
      ),
    );
    expect(at.length).toBeGreaterThan(0);
    for (const ch of at) expect(ch.verdict).toBe(c.verdict);
    // The findings on the channel are the ones that judged it.
    if (c.rules.length > 0) expect(at.flatMap((ch) => ch.findings.map((f) => f.rule)).length).toBeGreaterThan(0);
  });

  it('P1 names every cable in the crowded port', () => {
    //   SR4 ═ T1 (Type B) ═ SR4     plus   EXTRA ═▶ the same SR4 port (end B unplugged)
    const t = parallelPath([arrayCable('B')]);
    t.builder.cable('cable/mpo12-typeB-ff-upc', 'EXTRA', 1, 'OM4', { A: mdi(t.a), B: null });
    const design = t.builder.build();
    const p1 = analyzeDesign(design).findings.filter((f) => f.rule === 'P1');
    expect(p1).toHaveLength(1);
    const extra = Object.values(design.cables).find((c) => c.name === 'EXTRA')!;
    expect(p1[0]!.cables).toHaveLength(2);
    expect(p1[0]!.cables).toContain(extra.id);
    const names = p1[0]!.cables.map((id) => design.cables[id]!.name);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(p1[0]!.message).toContain(n);
  });

  it('V4 adapter orientation unknown with APC plugs is unchecked, and so is the trace through it', () => {
    const plate = makeAdapterPlate({ variant: 'mpo-12', count: 6, adapter: 'unknown' });
    const t = parallelPath([arrayCable('B'), mpoAdapter('unknown'), arrayCable('A', { genders: 'mf' })], {
      medium: 'single-mode',
    });
    expect(t.design.devices[t.adapters[0]!]?.part).toBe(plate.id);
    const analysis = analyzeDesign(t.design);
    expect(analysis.findings.map((f) => [f.rule, f.severity])).toEqual([['V4', 'unchecked']]);
    expect(analysis.channels.map((c) => c.verdict)).not.toContain('ok');
    for (const c of analysis.channels) expect(['unchecked']).toContain(c.verdict);
  });

  it('V5 unchecked: a cassette of unknown fiber type', () => {
    const mod = {
      ...makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
      id: partId('module/test-fiber-unknown'),
      fiberType: 'unknown' as const,
    };
    const analysis = analyzeDesign(duplexStructured({ ...METHOD_RECIPES.A, module1: mod }).design);
    expect(new Set(analysis.findings.map((f) => `${f.rule}:${f.severity}`))).toEqual(new Set(['V5:unchecked']));
    expect(new Set(analysis.channels.map((c) => c.verdict))).toEqual(new Set(['unchecked']));
  });

  /**
   * ```text
   *  SW-1 cage 1: SFP 1 ── LC A-to-B cord CORD 1 (end B) ──▶ ENC slot 1 MOD-A rear MPO1   V6
   *  SW-1 cage 2: SFP 2 ── LC A-to-B cord CORD 2 (end B) ──▶ ENC slot 2 MOD-A rear MPO1   V6
   * ```
   * Unplugging CORD 1 removes the first finding; the second keeps its key although its list
   * position moves from 1 to 0 (a selection by position would now point at the wrong finding).
   */
  it('keys a finding by rule, port, contact and plug, not by its position in the list', () => {
    const { b, sw, mods } = twoSfpsAndCassettes('two LC plugs in MPO ports', 2);
    const [m1, m2] = mods as [DeviceId, DeviceId];
    const c1 = b.cable('cable/lc-duplex-ab-upc', 'CORD 1', 2, 'OM4', { A: cage(sw, 1), B: rear(m1) });
    const c2 = b.cable('cable/lc-duplex-ab-upc', 'CORD 2', 2, 'OM4', { A: cage(sw, 2), B: rear(m2) });
    const design = b.build();
    const second = `V6@${m2}#mpo1/port/${c2}:B`;
    expect(analyzeDesign(design).findings.map((f) => f.key)).toEqual([`V6@${m1}#mpo1/port/${c1}:B`, second]);
    const unplugged = {
      ...design,
      cables: { ...design.cables, [c1]: { ...design.cables[c1]!, ends: { A: null, B: null } } },
    };
    expect(analyzeDesign(unplugged).findings.map((f) => f.key)).toEqual([second]);
  });

  /**
   * ```text
   *  QSFP a ── cable 1 (MPO-12 m/f, flipped) ──▶ [plate front-1 | rear-1] ◀── cable 2 (MPO-24 m/m) ──▶ QSFP b MDI
   * ```
   * The plate's through pair breaks V1 (male meets male) and V7 (MPO-12 meets MPO-24); at QSFP b
   * the MPO-24 plug fails V7 against the MDI port and again against the built-in MPO-12, and V2
   * (male plug into the male MDI). Six findings on three ports, six distinct keys.
   */
  it('keys stay distinct when one pair breaks several rules, or one plug the same rule twice', () => {
    const t = parallelPath([arrayCable('A', { genders: 'mf', flip: true }), mpoAdapter('A'), arrayCable(mpo24mm)]);
    const [c1, c2] = t.cables;
    const plate = t.adapters[0];
    expect(analyzeDesign(t.design).findings.map((f) => f.key)).toEqual([
      `V7@${plate}#front-1/through/${c1}:A+${c2}:A`,
      `V1@${plate}#front-1/through/${c1}:A+${c2}:A`,
      `V7@${plate}#rear-1/port/${c2}:A`,
      `V7@${t.b}#mdi/port/${c2}:B`,
      `V7@${t.b}#mdi/fixed/${c2}:B`,
      `V2@${t.b}#mdi/fixed/${c2}:B`,
    ]);
  });

  /**
   * ```text
   *  SW-1 cage 1: SFP 1 ── CORD 1 ──▶ MOD 1 front-1 ◀── CORD 2 ── SFP 2 :SW-1 cage 2   P1
   * ```
   */
  it('keys a P1 finding by the port and the cables crowding it', () => {
    const { b, sw, mods } = twoSfpsAndCassettes('two cords in one port', 1);
    const m = mods[0]!;
    const c1 = b.cable('cable/lc-duplex-ab-upc', 'CORD 1', 2, 'OM4', { A: cage(sw, 1), B: front(m, 1) });
    const c2 = b.cable('cable/lc-duplex-ab-upc', 'CORD 2', 2, 'OM4', { A: cage(sw, 2), B: front(m, 1) });
    expect(analyzeDesign(b.build()).findings.map((f) => f.key)).toEqual([`P1@${m}#front-1/crowded/${c1}+${c2}`]);
  });

  it('the built-in APC cassettes all use key-up/key-down rear adapters, so no built-in part trips V4', () => {
    const analysis = analyzeDesign(duplexStructured({ ...METHOD_RECIPES.U1, medium: 'single-mode' }).design);
    expect(analysis.findings).toEqual([]);
  });
});
