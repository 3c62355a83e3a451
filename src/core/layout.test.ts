/**
 * Rack-unit geometry and placement rules.
 *
 * ```text
 *  R1 (42U)                              R2 (42U)
 *  U41–U42  Spine-1 (2U, 64× QSFP-DD)    U40  Leaf-1 (1U, 48× SFP28 + 8× QSFP28), 25G SFP28 in Eth1
 *  U20      P1 enclosure, 4 cassette slots, MOD-A in slot 1
 * ```
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DesignBuilder } from './designBuilder';
import { rackId, type DeviceId } from './ids';
import { BUILTIN_CATALOGUE } from './catalogue';
import {
  canInsertModule,
  canPlaceEquipment,
  canPlugTransceiver,
  canResizeRack,
  firstFreeU,
  followingPorts,
  formatURange,
  freeCageFor,
  freeSlotFor,
  portInfo,
  withArticle,
  portOccupant,
  rackOccupants,
} from './layout';
import type { ModulePart, TransceiverPart } from './parts';

const ENCL = 'equipment/enclosure-1u-4slot-cassette-modular';
const SPINE2U = 'equipment/switch-2u-64xqsfp-dd';
const LEAF = 'equipment/switch-1u-48xsfp28-8xqsfp28';
const MOD_A = 'module/mod-a-12f-1xmpo12-f-upc-om4';

function fixture() {
  const b = new DesignBuilder('layout');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const spine = b.equipment(r1, SPINE2U, 41, 'Spine-1');
  const p1 = b.equipment(r1, ENCL, 20, 'P1');
  const leaf = b.equipment(r2, LEAF, 40, 'Leaf-1');
  const cas = b.module(p1, 1, MOD_A, 'P1-C1');
  const sfp = b.transceiver(leaf, 1, 'transceiver/25gbase-sr-sfp28', 'Leaf-1 Eth1');
  return { design: b.build(), r1, r2, spine, p1, leaf, cas, sfp };
}

describe('formatURange', () => {
  it.each([
    [{ from: 12, to: 12 }, 'U12'],
    [{ from: 12, to: 13 }, 'U12–U13'],
  ])('%o → %s', (r, s) => expect(formatURange(r)).toBe(s));
});

describe('canPlaceEquipment', () => {
  const { design, r1, spine } = fixture();
  it.each([
    // [positionU, heightU, expected]
    [30, 1, true],
    [42, 1, 'U42 taken by Spine-1'],
    [40, 2, 'U41 taken by Spine-1'],
    [19, 2, 'U20 taken by P1'],
    [20, 1, 'U20 taken by P1'],
    [21, 1, true],
    [42, 2, 'Needs 2U: U42–U43 is above the top of R1 (42U)'],
    [0, 1, 'U0 is below the bottom of R1'],
  ] as const)('U%d, %dU → %s', (positionU, heightU, expected) => {
    const c = canPlaceEquipment(design, { rack: r1, positionU, heightU });
    expect(c.ok ? true : c.reason).toBe(expected);
  });
  it('names the overlapping units of a 2U device', () => {
    const c = canPlaceEquipment(design, { rack: r1, positionU: 41, heightU: 2 });
    expect(c).toEqual({ ok: false, reason: 'U41–U42 taken by Spine-1' });
  });
  it('ignores the device being moved', () => {
    expect(canPlaceEquipment(design, { rack: r1, positionU: 40, heightU: 2 }, { exclude: spine }).ok).toBe(true);
  });
  it('refuses an unknown rack', () => {
    expect(canPlaceEquipment(design, { rack: rackId('nope'), positionU: 1, heightU: 1 }).ok).toBe(false);
  });
  it('property: a placement is allowed iff its range is inside the rack and misses every occupant', () => {
    const occ = rackOccupants(design, r1).map((o) => o.range);
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 46 }), fc.integer({ min: 1, max: 4 }), (u, h) => {
        const inside = u >= 1 && u + h - 1 <= 42;
        const free = occ.every((r) => u + h - 1 < r.from || u > r.to);
        expect(canPlaceEquipment(design, { rack: r1, positionU: u, heightU: h }).ok).toBe(inside && free);
      }),
    );
  });
});

describe('firstFreeU and canResizeRack', () => {
  const { design, r1, r2 } = fixture();
  it('fills from the top', () => {
    expect(firstFreeU(design, r1, 1)).toBe(40);
    expect(firstFreeU(design, r2, 2)).toBe(41);
    expect(firstFreeU(design, r2, 3)).toBe(37);
  });
  it('refuses a height that cuts off equipment', () => {
    expect(canResizeRack(design, r1, 40)).toEqual({ ok: false, reason: 'Spine-1 occupies U41–U42, above U40' });
    expect(canResizeRack(design, r1, 48).ok).toBe(true);
  });
});

describe('slots and cages', () => {
  const { design, p1, leaf, spine, cas } = fixture();
  const part = (id: string) => BUILTIN_CATALOGUE.get(id);
  it('takes a cassette in a free slot and refuses a taken one', () => {
    expect(canInsertModule(design, p1, 'slot-2', part(MOD_A)).ok).toBe(true);
    expect(canInsertModule(design, p1, 'slot-1', part(MOD_A))).toEqual({ ok: false, reason: 'P1 Slot 1 holds P1-C1' });
    expect(canInsertModule(design, p1, 'slot-1', part(MOD_A), { exclude: cas }).ok).toBe(true);
  });
  it('refuses a module of another form factor, naming both', () => {
    const edge: ModulePart = { ...(part(MOD_A) as ModulePart), formFactor: 'edge', name: 'EDGE module' };
    expect(canInsertModule(design, p1, 'slot-2', edge)).toEqual({
      ok: false,
      reason: 'P1 Slot 2 takes cassette modules; EDGE module is a edge module',
    });
  });
  it('refuses a slot on a switch', () => {
    expect(canInsertModule(design, leaf, 'slot-1', part(MOD_A)).ok).toBe(false);
  });
  it.each([
    ['transceiver/10gbase-sr-sfpplus', 'cage-2', true],
    [
      'transceiver/100gbase-sr4-qsfp28',
      'cage-2',
      'Leaf-1 Eth2 is an SFP28 cage; it does not take a QSFP28 transceiver',
    ],
    ['transceiver/100gbase-sr4-qsfp28', 'cage-49', true],
    ['transceiver/40gbase-sr4-qsfpplus', 'cage-49', true],
    ['transceiver/25gbase-sr-sfp28', 'cage-1', 'Leaf-1 Eth1 holds Leaf-1 Eth1'],
  ])('%s into %s → %s', (t, cage, expected) => {
    const c = canPlugTransceiver(design, leaf, cage, part(t));
    expect(c.ok ? true : c.reason).toBe(expected);
  });
  it('finds the first free slot and cage', () => {
    expect(freeSlotFor(design, p1, part(MOD_A) as ModulePart)).toBe('slot-2');
    expect(freeCageFor(design, leaf, part('transceiver/25gbase-sr-sfp28') as TransceiverPart)).toBe('cage-2');
    expect(freeCageFor(design, spine, part('transceiver/400gbase-dr4-qsfp-dd') as TransceiverPart)).toBe('cage-1');
  });
});

describe('ports', () => {
  /**
   * ```text
   *  P1 (4 slots): [C1 MOD-A][C2 MOD-A][ empty ][C4 MOD-A]
   *  T1 plugged into C2 MPO1
   * ```
   */
  const b = new DesignBuilder('ports');
  const r = b.rack('R1');
  const p1 = b.equipment(r, ENCL, 20, 'P1');
  const c1 = b.module(p1, 1, MOD_A, 'C1');
  const c2 = b.module(p1, 2, MOD_A, 'C2');
  const c4 = b.module(p1, 4, MOD_A, 'C4');
  const leaf = b.equipment(r, LEAF, 30, 'Leaf-1');
  b.transceiver(leaf, 49, 'transceiver/100gbase-sr4-qsfp28', 'Q49');
  const t1 = b.cable('cable/mpo12-typeB-mm-upc', 'T1', 30, 'OM4', { A: { device: c2, port: 'mpo1' }, B: null });
  const design = b.build();
  it('describes module ports and cages (filled cages by the MDI, empty ones as unknown)', () => {
    expect(portInfo(design, { device: c1, port: 'front-3' })).toMatchObject({
      label: 'C1 Port 3',
      face: 'front',
      family: 'lc',
      index: 3,
    });
    expect(portInfo(design, { device: leaf, port: 'cage-49' })).toMatchObject({ label: 'Leaf-1 Eth49', family: 'mpo' });
    expect(portInfo(design, { device: leaf, port: 'cage-1' })).toMatchObject({ label: 'Leaf-1 Eth1', family: null });
    expect(portInfo(design, { device: c1, port: 'nope' as string })).toBeUndefined();
  });
  it('finds the cable in a port', () => {
    expect(portOccupant(design, { device: c2, port: 'mpo1' })).toEqual({ cable: t1, end: 'A' });
    expect(portOccupant(design, { device: c1, port: 'mpo1' })).toBeUndefined();
  });
  it('fans legs out to the next free ports: same module first, then modules in later slots', () => {
    expect(followingPorts(design, { device: c1, port: 'front-5' }, 'lc')).toEqual([
      { device: c1, port: 'front-6' },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ device: c2, port: `front-${n}` })),
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ device: c4, port: `front-${n}` })),
    ]);
    // C2's MPO1 is taken, so the rear legs go C1 → C4.
    expect(followingPorts(design, { device: c1, port: 'mpo1' }, 'mpo')).toEqual([
      { device: c4 as DeviceId, port: 'mpo1' },
    ]);
  });
  it('fans switch legs out to the following cages', () => {
    expect(
      followingPorts(design, { device: leaf, port: 'cage-1' }, 'lc')
        .slice(0, 3)
        .map((r) => r.port),
    ).toEqual(['cage-2', 'cage-3', 'cage-4']);
  });
});

describe('withArticle', () => {
  it.each([
    ['SFP+', 'an SFP+'],
    ['SFP28', 'an SFP28'],
    ['OSFP', 'an OSFP'],
    ['QSFP28', 'a QSFP28'],
    ['QSFP-DD', 'a QSFP-DD'],
    ['cassette', 'a cassette'],
    ['edge', 'an edge'],
  ])('%s → %s', (name, out) => expect(withArticle(name)).toBe(out));
});
