/**
 * Verdicts before the drop (issue 12 §3): `probeCable` names the rule a cable end would break in
 * a port before the cable is laid. Expected rules come from REFERENCE §1.8 (V1–V7) and P1, by
 * hand for each row; a second check lays the cable and compares with the full analysis.
 *
 * ```text
 *  SW-1 cage 1: 40GBASE-SR4 QSFP+ (MDI: MPO-12 male, UPC, OM)
 *  ENC (4-slot cassette enclosure)
 *    slot 1: MOD-A, MPO-12 rear FEMALE (unpinned) UPC OM4   ──▶  rear(F12)
 *    slot 2: MOD-A, MPO-12 rear MALE (pinned) UPC OM4       ──▶  rear(M12)
 *    slot 3: MOD-A, MPO-12 rear female UPC OM4, rear already holds cable T0
 *    slot 4: MOD-U16, MPO-16 rear female APC OS2            ──▶  rear(F16)
 *
 *  new cable end A ──▶ [port under test]      (end B left unplugged)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable, makeDuplexCord } from '../catalogue/cables';
import { makeCassette } from '../catalogue/modules';
import { catalogueFor } from '../catalogue';
import { DesignBuilder, cage, front, rear } from '../designBuilder';
import type { FiberType } from '../connectors';
import type { Cable, PortRef } from '../design';
import { cableId } from '../ids';
import type { CablePart } from '../parts';
import { analyzeDesign } from '../analysis/analyze';
import { buildDesignIndex } from './designIndex';
import { probeCable, probeFirstEnd } from './matingProbe';
import type { MatingRule } from './mating';

const mpo16mmB = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
const mpo12mmB = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'UPC' });
const mpo12ffB = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'ff', polish: 'UPC' });
const mpo12mmApc = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'APC' });
const lcCord = makeDuplexCord('A-to-B', 'UPC');
const f12 = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
const m12 = makeCassette({ moduleClass: 'MOD-A', rearGender: 'male', rearPolish: 'UPC', fiberType: 'OM4' });
const f16 = makeCassette({ moduleClass: 'MOD-U16', rearGender: 'female', rearPolish: 'APC', fiberType: 'OS2' });

function rig() {
  const b = new DesignBuilder('drop verdicts');
  for (const p of [mpo16mmB, mpo12mmB, mpo12ffB, mpo12mmApc, lcCord, f12, m12, f16]) b.part(p);
  const r = b.rack('R1');
  const sw = b.equipment(r, 'equipment/switch-1u-32xqsfp28', 40, 'SW-1');
  b.transceiver(sw, 1, 'transceiver/40gbase-sr4-qsfpplus', 'QSFP 1');
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
  const F12 = b.module(enc, 1, f12.id, 'F12');
  const M12 = b.module(enc, 2, m12.id, 'M12');
  const TAKEN = b.module(enc, 3, f12.id, 'TAKEN');
  const F16 = b.module(enc, 4, f16.id, 'F16');
  b.cable(mpo12mmB.id, 'T0', 3, 'OM4', { A: rear(TAKEN), B: null });
  return { design: b.build(), sw, F12, M12, TAKEN, F16 };
}

type Rig = ReturnType<typeof rig>;
interface Row {
  readonly name: string;
  readonly part: CablePart;
  readonly fiberType: FiberType;
  readonly at: (r: Rig) => PortRef;
  /** Rules of the `invalid` findings, sorted (from REFERENCE §1.8, by hand). */
  readonly invalid: readonly MatingRule[];
}

const ROWS: readonly Row[] = [
  {
    name: 'MPO-12 male trunk → female MPO-12 rear',
    part: mpo12mmB,
    fiberType: 'OM4',
    at: (r) => rear(r.F12),
    invalid: [],
  },
  // The case: offset-key MPO-16 never mates a centre-key MPO-12 port (V6).
  {
    name: 'MPO-16 Type B trunk → MPO-12 rear',
    part: mpo16mmB,
    fiberType: 'OM4',
    at: (r) => rear(r.F12),
    invalid: ['V6'],
  },
  // Male trunk onto a pinned rear: two pinned connectors (V1).
  {
    name: 'MPO-12 male trunk → pinned rear',
    part: mpo12mmB,
    fiberType: 'OM4',
    at: (r) => rear(r.M12),
    invalid: ['V1'],
  },
  // Female cable onto an unpinned rear: two unpinned connectors (V1).
  {
    name: 'MPO-12 female cable → unpinned rear',
    part: mpo12ffB,
    fiberType: 'OM4',
    at: (r) => rear(r.F12),
    invalid: ['V1'],
  },
  { name: 'MPO-12 female cable → pinned rear', part: mpo12ffB, fiberType: 'OM4', at: (r) => rear(r.M12), invalid: [] },
  // APC plug on a UPC rear (V3).
  { name: 'APC trunk → UPC rear', part: mpo12mmApc, fiberType: 'OM4', at: (r) => rear(r.F12), invalid: ['V3'] },
  // OS2 fiber onto an OM4 cassette (V5).
  { name: 'OS2 trunk → OM4 rear', part: mpo12mmB, fiberType: 'OS2', at: (r) => rear(r.F12), invalid: ['V5'] },
  // LC plug in an MPO port (V6).
  { name: 'LC cord → MPO-12 rear', part: lcCord, fiberType: 'OM4', at: (r) => rear(r.F12), invalid: ['V6'] },
  { name: 'LC cord → LC front', part: lcCord, fiberType: 'OM4', at: (r) => front(r.F12, 1), invalid: [] },
  // A male cord into a male MPO transceiver MDI: V2, the transceiver form of V1 (one finding).
  {
    name: 'MPO-12 male trunk → QSFP MDI',
    part: mpo12mmB,
    fiberType: 'OM4',
    at: (r) => cage(r.sw, 1),
    invalid: ['V2'],
  },
  { name: 'MPO-12 female cable → QSFP MDI', part: mpo12ffB, fiberType: 'OM4', at: (r) => cage(r.sw, 1), invalid: [] },
  // The rear already holds T0 (P1); the plug itself would mate.
  {
    name: 'MPO-12 male trunk → taken rear',
    part: mpo12mmB,
    fiberType: 'OM4',
    at: (r) => rear(r.TAKEN),
    invalid: ['P1'],
  },
];

describe('probeCable: the rule a cable end breaks, before it is laid', () => {
  const r = rig();
  const index = buildDesignIndex(r.design);
  it('the rig parts are all known', () => {
    const cat = catalogueFor(r.design);
    for (const p of [mpo16mmB, mpo12mmB, mpo12ffB, lcCord, f12, m12, f16]) expect(cat.get(p.id)?.id).toBe(p.id);
  });
  it.each(ROWS)('$name → $invalid', (row) => {
    const fs = probeCable(index, { part: row.part, fiberType: row.fiberType, name: 'NEW' }, { A: row.at(r) });
    const rules = fs.filter((f) => f.severity === 'invalid').map((f) => f.rule);
    expect([...rules].sort()).toEqual(row.invalid);
    for (const f of fs) expect(f.message).toMatch(new RegExp(`^${f.rule} `));
  });
  it.each(ROWS.filter((row) => !row.invalid.includes('P1')))('$name: the same findings once laid', (row) => {
    const at = row.at(r);
    const id = cableId('cab-new');
    const cable: Cable = { id, name: 'NEW', part: row.part.id, lengthM: 3, fiberType: row.fiberType, ends: { A: at } };
    const design = { ...r.design, cables: { ...r.design.cables, [id]: cable } };
    const analysed = analyzeDesign(design)
      .findings.filter((f) => f.cables.includes(id) && f.severity === 'invalid')
      .map((f) => f.rule);
    expect([...new Set(analysed)].sort()).toEqual(row.invalid);
  });
  it('the probe leaves the design index untouched', () => {
    const before = index.plugsByDevice.get(r.F12)?.size ?? 0;
    probeCable(index, { part: mpo16mmB, fiberType: 'OM4', name: 'NEW' }, { A: rear(r.F12) });
    expect(index.plugsByDevice.get(r.F12)?.size ?? 0).toBe(before);
    expect(index.cables.size).toBe(Object.keys(r.design.cables).length);
  });
  it('a first end takes the better side of a female/male cable', () => {
    const mf = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mf', polish: 'UPC' });
    const design = { ...r.design, parts: { ...r.design.parts, [mf.id]: mf } };
    const idx = buildDesignIndex(design);
    const probe = { part: mf, fiberType: 'OM4' as const, name: 'NEW' };
    // Pinned rear: only the female end mates; unpinned rear: only the male end.
    expect(probeFirstEnd(idx, probe, [['A'], ['B']], rear(r.M12))).toEqual([]);
    expect(probeFirstEnd(idx, probe, [['A'], ['B']], rear(r.F12))).toEqual([]);
    // The MPO-16 trunk has no side that fits an MPO-12 rear.
    const p16 = probeFirstEnd(index, { part: mpo16mmB, fiberType: 'OM4', name: 'NEW' }, [['A'], ['B']], rear(r.F12));
    expect(p16.map((f) => f.rule)).toEqual(['V6']);
  });
});
