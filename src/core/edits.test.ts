/**
 * Pure edits of the design document. The end-to-end case lays GT-06b and repairs it:
 *
 * ```text
 *  R1                                                        R2
 *  SW1 Eth1 (10G SFP+) ─PC1 A-to-B─ P1-C1 front-1   P1-C1 MPO1 ══T1 Type A══ P2-C1 MPO1   P2-C1 front-1 ─PC2 A-to-B→A-to-A─ SW2 Eth1
 * ```
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from './designBuilder';
import { emptyDesign, type Design } from './design';
import {
  addRack,
  connectCable,
  deleteDevices,
  deleteRack,
  insertModule,
  moveEquipment,
  moveModule,
  moveRack,
  nextId,
  setNewIdSuffix,
  nextName,
  placeEquipment,
  planConnection,
  plugTransceiver,
  racksInOrder,
  replacePart,
  resizeRack,
  updateCable,
} from './edits';
import { partId, type CableId, type DeviceId, type RackId } from './ids';
import { analyzeDesign } from './analysis/analyze';
import { BUILTIN_CATALOGUE } from './catalogue';
import type { CablePart } from './parts';

const ENCL = partId('equipment/enclosure-1u-4slot-cassette-modular');
const ACCESS = partId('equipment/switch-1u-24xsfpplus');
const LEAF = partId('equipment/switch-1u-48xsfp28-8xqsfp28');
const MOD_A = partId('module/mod-a-12f-1xmpo12-f-upc-om4');
const SFP = partId('transceiver/10gbase-sr-sfpplus');

/** Unwraps an edit result, failing the test with the refusal reason. */
function ok(r: ReturnType<typeof placeEquipment>): { design: Design; id: string } {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return { design: r.design, id: r.id ?? '' };
}

describe('ids and names', () => {
  it.each([
    [{}, 'rack', 'rack-1'],
    [{ 'rack-1': 1, 'rack-7': 1, 'x-9': 1 }, 'rack', 'rack-8'],
  ])('nextId(%o, %s) = %s', (taken, prefix, id) => expect(nextId(taken, prefix)).toBe(id));
  it('nextName counts past the largest number', () => expect(nextName(['SW1', 'SW4', 'P9'], 'SW')).toBe('SW5'));
  it('with an editor suffix: counts suffixed ids too and tags the new one; refuses a bad suffix', () => {
    try {
      setNewIdSuffix('k3f9');
      expect(nextId({ 'cab-2': 1, 'cab-9~zz1': 1, 'cab-x~k3f9': 1 }, 'cab')).toBe('cab-10~k3f9');
      expect(() => setNewIdSuffix('K3F9')).toThrow(RangeError);
      expect(() => setNewIdSuffix('a~b')).toThrow(RangeError);
    } finally {
      setNewIdSuffix('');
    }
    expect(nextId({ 'cab-9~zz1': 1 }, 'cab')).toBe('cab-10');
  });
});

describe('racks', () => {
  it('adds racks at the end of the row and reorders them', () => {
    let d = emptyDesign();
    const a = ok(addRack(d));
    const b = ok(addRack(a.design, { heightU: 48 }));
    const c = ok(addRack(b.design, { name: 'Core' }));
    d = c.design;
    expect(racksInOrder(d).map((r) => `${r.name}:${r.heightU}`)).toEqual(['R1:42', 'R2:48', 'Core:42']);
    d = moveRack(d, c.id as RackId, 0);
    expect(racksInOrder(d).map((r) => r.name)).toEqual(['Core', 'R1', 'R2']);
    expect(racksInOrder(d).map((r) => r.order)).toEqual([0, 1, 2]);
  });
  it('refuses to shrink a rack under its equipment', () => {
    const { design, id } = ok(addRack(emptyDesign()));
    const placed = ok(placeEquipment(design, { part: ENCL, rack: id as RackId, positionU: 44 - 2 }));
    expect(resizeRack(placed.design, id as RackId, 45).ok).toBe(true);
    expect(resizeRack(placed.design, id as RackId, 40)).toEqual({ ok: false, reason: 'P1 occupies U42, above U40' });
  });
});

describe('equipment, modules, transceivers', () => {
  const base = ok(addRack(emptyDesign()));
  const rack = base.id as RackId;
  it('places equipment, keeps untouched records and refuses collisions with a reason', () => {
    const a = ok(placeEquipment(base.design, { part: ENCL, rack, positionU: 20 }));
    const b = ok(placeEquipment(a.design, { part: LEAF, rack, positionU: 30, name: 'Leaf-1' }));
    expect(b.design.devices[a.id]).toBe(a.design.devices[a.id]);
    expect(b.design.racks).toBe(a.design.racks);
    expect(placeEquipment(b.design, { part: ACCESS, rack, positionU: 30 })).toEqual({
      ok: false,
      reason: 'U30 taken by Leaf-1',
    });
    expect(placeEquipment(b.design, { part: MOD_A, rack, positionU: 10 }).ok).toBe(false);
    const moved = moveEquipment(b.design, b.id as DeviceId, { rack, positionU: 20 });
    expect(moved).toEqual({ ok: false, reason: 'U20 taken by P1' });
    const m2 = ok(moveEquipment(b.design, b.id as DeviceId, { rack, positionU: 31, face: 'rear' }));
    expect(m2.design.devices[b.id]?.placement).toEqual({ kind: 'rack', rack, positionU: 31, face: 'rear' });
  });
  it('inserts and moves modules between slots; plugs transceivers into cages', () => {
    const a = ok(placeEquipment(base.design, { part: ENCL, rack, positionU: 20 }));
    const m = ok(insertModule(a.design, { part: MOD_A, parent: a.id as DeviceId, slot: 'slot-2' }));
    expect(m.design.devices[m.id]?.name).toBe('P1-C2');
    expect(insertModule(m.design, { part: MOD_A, parent: a.id as DeviceId, slot: 'slot-2' })).toEqual({
      ok: false,
      reason: 'P1 Slot 2 holds P1-C2',
    });
    const mv = ok(moveModule(m.design, m.id as DeviceId, { parent: a.id as DeviceId, slot: 'slot-4' }));
    expect(mv.design.devices[m.id]?.placement).toEqual({ kind: 'slot', parent: a.id, slot: 'slot-4' });
    const sw = ok(placeEquipment(mv.design, { part: ACCESS, rack, positionU: 30 }));
    const t = ok(plugTransceiver(sw.design, { part: SFP, parent: sw.id as DeviceId, cage: 'cage-3' }));
    expect(t.design.devices[t.id]?.name).toBe('SW1 Eth3');
    expect(
      plugTransceiver(t.design, {
        part: partId('transceiver/100gbase-sr4-qsfp28'),
        parent: sw.id as DeviceId,
        cage: 'cage-4',
      }).ok,
    ).toBe(false);
  });
});

/** GT-06 laid out in two racks (see the file comment). */
function methodA(cord2: 'ab' | 'aa') {
  const b = new DesignBuilder('GT-06');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const sw1 = b.equipment(r1, ACCESS, 40, 'SW1');
  const sw2 = b.equipment(r2, ACCESS, 40, 'SW2');
  const p1 = b.equipment(r1, ENCL, 38, 'P1');
  const p2 = b.equipment(r2, ENCL, 38, 'P2');
  const c1 = b.module(p1, 1, MOD_A, 'P1-C1');
  const c2 = b.module(p2, 1, MOD_A, 'P2-C1');
  b.transceiver(sw1, 1, SFP, 'SW1 Eth1');
  b.transceiver(sw2, 1, SFP, 'SW2 Eth1');
  let d = b.build();
  const lay = (part: string, first: { device: DeviceId; port: string }, second: { device: DeviceId; port: string }) => {
    const cable = BUILTIN_CATALOGUE.get(part) as CablePart;
    const plan = planConnection(d, cable, first, second);
    if (!plan.ok) throw new Error(plan.reason);
    const r = ok(connectCable(d, { part: cable.id, ends: plan.ends }));
    d = r.design;
    return r.id as CableId;
  };
  lay('cable/mpo12-typeA-mm-upc', { device: c1, port: 'mpo1' }, { device: c2, port: 'mpo1' });
  lay('cable/lc-duplex-ab-upc', { device: sw1, port: 'cage-1' }, { device: c1, port: 'front-1' });
  const pc2 = lay(`cable/lc-duplex-${cord2}-upc`, { device: sw2, port: 'cage-1' }, { device: c2, port: 'front-1' });
  return { d, pc2, sw1, c1, p1 };
}

describe('connecting cables', () => {
  it('lays GT-06b, which fails Tx→Tx, and one part replacement repairs it (GT-06)', () => {
    const { d, pc2 } = methodA('ab');
    expect(Object.values(d.cables).map((c) => `${c.name} ${c.lengthM}m ${c.fiberType}`)).toEqual([
      'T1 30m OM4',
      'PC1 2m OM4',
      'PC2 2m OM4',
    ]);
    const before = analyzeDesign(d).channels.filter((c) => c.kind === 'duplex');
    expect(before.map((c) => c.verdict)).toEqual(['tx-to-tx']);
    const fixed = replacePart(d, { kind: 'cable', id: pc2 }, partId('cable/lc-duplex-aa-upc'));
    if (!fixed.ok) throw new Error(fixed.reason);
    const after = analyzeDesign(fixed.design).channels.filter((c) => c.kind === 'duplex');
    expect(after.map((c) => [c.verdict, c.method])).toEqual([['ok', 'A']]);
  });
  it('refuses a taken port and a connector family that does not fit', () => {
    const { d, sw1, c1 } = methodA('aa');
    const cord = BUILTIN_CATALOGUE.get('cable/lc-duplex-ab-upc') as CablePart;
    expect(planConnection(d, cord, { device: sw1, port: 'cage-1' }, { device: c1, port: 'front-2' })).toEqual({
      ok: false,
      reason: 'SW1 Eth1 already holds PC1',
    });
    const r = planConnection(d, cord, { device: c1, port: 'front-2' }, { device: c1, port: 'mpo1' });
    expect(r.ok).toBe(false);
    expect(planConnection(d, cord, { device: c1, port: 'front-2' }, { device: c1, port: 'front-2' })).toEqual({
      ok: false,
      reason: 'Pick two different ports',
    });
  });
  it('turns a male/female cable so its female end meets the male transceiver MDI', () => {
    const b = new DesignBuilder('GT-11');
    const r = b.rack('R1');
    const leaf = b.equipment(r, LEAF, 40, 'Leaf-1');
    b.transceiver(leaf, 49, 'transceiver/40gbase-sr4-qsfpplus', 'Q49');
    const p = b.equipment(r, ENCL, 38, 'P1');
    const u1 = b.module(p, 1, 'module/mod-u1-12f-1xmpo12-f-upc-om4', 'P1-C1');
    const d = b.build();
    const cable = BUILTIN_CATALOGUE.get('cable/mpo12-typeB-mf-upc') as CablePart;
    const plan = planConnection(d, cable, { device: leaf, port: 'cage-49' }, { device: u1, port: 'mpo1' });
    expect(plan).toEqual({ ok: true, ends: { A: { device: u1, port: 'mpo1' }, B: { device: leaf, port: 'cage-49' } } });
  });
  it('fans harness legs out to the following cages and leaves legs without a port unplugged', () => {
    const b = new DesignBuilder('breakout');
    const r = b.rack('R1');
    const leaf = b.equipment(r, LEAF, 40, 'Leaf-1');
    b.transceiver(leaf, 49, 'transceiver/40gbase-sr4-qsfpplus', 'Q49');
    const acc = b.equipment(r, ACCESS, 38, 'SW2');
    const d = b.build();
    const harness = BUILTIN_CATALOGUE.get('cable/harness-mpo12-f-4xlc-upc') as CablePart;
    const plan = planConnection(d, harness, { device: acc, port: 'cage-22' }, { device: leaf, port: 'cage-49' });
    expect(plan).toEqual({
      ok: true,
      ends: {
        MPO: { device: leaf, port: 'cage-49' },
        L1: { device: acc, port: 'cage-22' },
        L2: { device: acc, port: 'cage-23' },
        L3: { device: acc, port: 'cage-24' },
        L4: null,
      },
    });
  });
  it('edits a cable length and fiber type as given (the schema, not the edit, refuses bad values)', () => {
    const { d, pc2 } = methodA('aa');
    const e = updateCable(d, pc2, { lengthM: 3.5, fiberType: 'OM3', name: 'Cord 2' });
    expect(e.cables[pc2]).toMatchObject({ lengthM: 3.5, fiberType: 'OM3', name: 'Cord 2' });
    expect(updateCable(d, pc2, { lengthM: -3 }).cables[pc2]?.lengthM).toBe(-3);
  });
  it('sets and clears the indoor/outdoor construction (REFERENCE §7.2: SM 0.5 dB/km)', () => {
    const { d, pc2 } = methodA('aa');
    const io = updateCable(d, pc2, { construction: 'indoor-outdoor' });
    expect(io.cables[pc2]?.construction).toBe('indoor-outdoor');
    expect('construction' in (updateCable(io, pc2, { construction: null }).cables[pc2] ?? {})).toBe(false);
  });
  it('refuses a replacement that does not fit where the part stands', () => {
    const { d, sw1 } = methodA('aa');
    const sfp = Object.values(d.devices).find((v) => v.placement.kind === 'cage' && v.placement.parent === sw1);
    expect(
      replacePart(d, { kind: 'device', id: sfp?.id as DeviceId }, partId('transceiver/100gbase-sr4-qsfp28')),
    ).toEqual({ ok: false, reason: 'SW1 Eth1 is an SFP+ cage; it does not take a QSFP28 transceiver' });
    expect(
      replacePart(d, { kind: 'device', id: sfp?.id as DeviceId }, partId('transceiver/10gbase-lr-sfpplus')).ok,
    ).toBe(true);
  });
});

describe('deleting', () => {
  it('deletes a device with its modules, unplugs cable ends and drops cables left with no plugged end', () => {
    const { d, p1, c1 } = methodA('aa');
    const e = deleteDevices(d, [p1]);
    expect(e.devices[p1]).toBeUndefined();
    expect(e.devices[c1]).toBeUndefined();
    const byName = Object.fromEntries(
      Object.values(e.cables).map((c) => [c.name, Object.values(c.ends).filter(Boolean).length]),
    );
    expect(byName).toEqual({ T1: 1, PC1: 1, PC2: 2 });
  });
  it('deletes a rack with all its equipment', () => {
    const { d } = methodA('aa');
    const r1 = Object.values(d.racks).find((r) => r.name === 'R1')?.id as RackId;
    const e = deleteRack(d, r1);
    expect(Object.values(e.racks).map((r) => r.name)).toEqual(['R2']);
    expect(
      Object.values(e.devices)
        .map((v) => v.name)
        .sort(),
    ).toEqual(['P2', 'P2-C1', 'SW2', 'SW2 Eth1']);
  });
});

describe('twin-port transceivers in switch cages (REFERENCE-2 §14.1)', () => {
  /*
   *   SW-A cage 3 (2×400GBASE-DR4 twin OSFP): mdi ─Type B─ SW-B cage 1 (twin, first MDI)
   *                                           mdi-b (cage-3:mdi-b) ─Type B─ SW-B cage 2 (twin, first MDI)
   */
  it('cage-N:mdi-b is a connectable port and both links pass lane for lane', () => {
    const b = new DesignBuilder('twin');
    const r = b.rack('R1');
    const a = b.equipment(r, 'equipment/switch-1u-32xosfp', 40, 'SW-A');
    const z = b.equipment(r, 'equipment/switch-1u-32xosfp', 38, 'SW-B');
    b.transceiver(a, 3, 'transceiver/400gbase-dr4-osfp-twin', 'SW-A Eth3');
    // The far ends use their first MDI only (the OSFP cage takes the twin-port module).
    b.transceiver(z, 1, 'transceiver/400gbase-dr4-osfp-twin', 'SW-B Eth1');
    b.transceiver(z, 2, 'transceiver/400gbase-dr4-osfp-twin', 'SW-B Eth2');
    let d = b.build();
    const cord = 'cable/mpo12-typeB-ff-apc';
    for (const [from, to] of [
      ['cage-3', 'cage-1'],
      ['cage-3:mdi-b', 'cage-2'],
    ] as const) {
      const e = connectCable(d, {
        part: partId(cord),
        ends: { A: { device: a, port: from }, B: { device: z, port: to } },
      });
      if (!e.ok) throw new Error(e.reason);
      d = e.design;
    }
    const ch = analyzeDesign(d).channels.filter((c) => c.kind === 'parallel');
    expect(ch.map((c) => c.verdict)).toEqual(['ok', 'ok']);
    // The second MDI is taken now: a second cable into it is refused.
    const again = connectCable(d, { part: partId(cord), ends: { A: { device: a, port: 'cage-3:mdi-b' }, B: null } });
    expect(again.ok ? '' : again.reason).toMatch(/^SW-A Eth3 MDI b already holds /);
  });
});
