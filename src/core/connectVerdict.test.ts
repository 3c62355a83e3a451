/**
 * The caption a port shows under a cable end (issue 12 §3), from `connectVerdict`: rule id, name
 * and what is wrong here (REFERENCE §1.8), the first end on the better side of the cable, the
 * second end in the orientation `planConnection` picks.
 *
 * ```text
 *  ENC slot 1: MOD-A rear MPO-12 female (F1)   slot 2: MOD-A rear MPO-12 male/pinned (M2)
 *  slot 3: MOD-A rear MPO-12 female (F3)
 *  MPO-16 Type B trunk (m/m) → F1          ✕ V6
 *  MPO-12 Type B trunk (m/m) F1 → M2       ✕ V1 (two pinned)
 *  MPO-12 Type B trunk (m/m) F1 → F3       ✓
 *  MPO-12 Type B cable (f/m) → M2 first    ✓ (the female end goes there)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable } from './catalogue/cables';
import { makeCassette } from './catalogue/modules';
import { cageDropVerdict, connectVerdict, designIndexFor, refusalNotice } from './connectVerdict';
import { cage, DesignBuilder, rear } from './designBuilder';
import { partId } from './ids';

const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
const mpo12 = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'UPC' });
const mpo12mf = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mf', polish: 'UPC' });
const fem = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
const male = makeCassette({ moduleClass: 'MOD-A', rearGender: 'male', rearPolish: 'UPC', fiberType: 'OM4' });

const b = new DesignBuilder('captions');
for (const p of [mpo16, mpo12, mpo12mf, fem, male]) b.part(p);
const enc = b.equipment(b.rack('R1'), 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
const F1 = b.module(enc, 1, fem.id, 'F1');
const M2 = b.module(enc, 2, male.id, 'M2');
const F3 = b.module(enc, 3, fem.id, 'F3');
const d = b.build();
const idx = designIndexFor(d);

describe('connectVerdict: the caption before the drop', () => {
  it.each([
    [
      'MPO-16 trunk first end on F1',
      mpo16.id,
      null,
      rear(F1),
      'fail',
      'Will not mate: V6 family/key: MPO-16 cannot mate MPO-12',
    ],
    [
      'MPO-12 trunk F1 → M2',
      mpo12.id,
      rear(F1),
      rear(M2),
      'fail',
      'Will not mate: V1 gender: male to male: the guide pins collide',
    ],
    ['MPO-12 trunk F1 → F3', mpo12.id, rear(F1), rear(F3), 'pass', 'Connect to F3 MPO1'],
    ['female/male cable first end on M2', mpo12mf.id, null, rear(M2), 'pass', 'Connect from M2 MPO1'],
  ] as const)('%s', (_name, part, from, to, cls, text) => {
    const v = connectVerdict(d, idx, part, from, to);
    expect(v.cls).toBe(cls);
    expect(v.text).toBe(text);
  });
  it('a refusal notice names the port, the rule and its statement', () => {
    const v = connectVerdict(d, idx, mpo16.id, null, rear(F1));
    expect(refusalNotice('F1 MPO1', v)).toMatch(
      /^F1 MPO1: Will not mate: V6 family\/key: MPO-16 cannot mate MPO-12\. Rule: V6 family\/key: LC, SC, MDC, SN, CS and MPO never mate/,
    );
  });
  it('the index is built once per design object', () => {
    expect(designIndexFor(d)).toBe(idx);
  });
});

/*
 * A switch cage cabled while empty, then a transceiver dropped in:
 *
 *   SW-1 cage 1 (empty) ── MPO-12 trunk male/male ── F1 rear     + 40GBASE-SR4 QSFP+ (MDI male) → V2
 *   SW-1 cage 2 (empty) ── MPO-12 cable female/female ── F3 rear + 40GBASE-SR4 QSFP+            → pass
 */
describe('cageDropVerdict: a transceiver into a cabled cage', () => {
  const mpo12ff = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'ff', polish: 'UPC' });
  const c = new DesignBuilder('cabled cages');
  for (const p of [mpo12, mpo12ff, fem, male]) c.part(p);
  const r = c.rack('R1');
  const sw = c.equipment(r, 'equipment/switch-1u-32xqsfp28', 40, 'SW-1');
  const e2 = c.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
  const m1 = c.module(e2, 1, male.id, 'M1');
  const m2 = c.module(e2, 2, fem.id, 'F2');
  c.cable(mpo12.id, 'T1', 3, 'OM4', { A: cage(sw, 1), B: rear(m2) });
  c.cable(mpo12ff.id, 'T2', 3, 'OM4', { A: cage(sw, 2), B: rear(m1) });
  const dd = c.build();
  const sr4 = { part: partId('transceiver/40gbase-sr4-qsfpplus') };
  it('a male MDI meets the male trunk: V2, refused', () => {
    const v = cageDropVerdict(dd, sr4, sw, 'cage-1');
    expect(v.cls).toBe('fail');
    expect(v.text).toMatch(/^Will not mate: V2 transceiver gender/);
  });
  it('a male MDI meets the female cable: pass', () => {
    expect(cageDropVerdict(dd, sr4, sw, 'cage-2')).toMatchObject({ cls: 'pass', findings: [] });
  });
  it('an uncabled cage has nothing to mate', () => {
    expect(cageDropVerdict(dd, sr4, sw, 'cage-3')).toMatchObject({ cls: 'pass', text: '' });
  });
  it('a cable end on an empty cage is not checked (nothing to mate yet), never a pass', () => {
    expect(connectVerdict(dd, designIndexFor(dd), mpo12ff.id, null, cage(sw, 4))).toMatchObject({ cls: 'unchecked' });
  });
});
