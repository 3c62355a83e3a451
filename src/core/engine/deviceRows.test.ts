/**
 * A fresh index's plug rows share its devices' lookup (`DeviceRows`, issue 10 §2): a plugged
 * device's entry holds its row. Checked against a model built from the records alone: the
 * devices in the order they are first plugged (a cage end counts for the transceiver in that
 * cage), a row for a device id that names no device, and the devices lookup unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Design, Device, PortRef } from '../design';
import { cableId, deviceId, type DeviceId } from '../ids';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { buildDesignIndex, type DevicePlugs, type PlugAt, type ResolvedDevice } from './designIndex';
import { DeviceRows } from './deviceRows';
import { PlugRow } from './plugRow';

/*
 * Method B, two duplex channels:
 *   SW-1 cage p ─cord1─ MOD-1 front p ═TRUNK (MPO-12)═ MOD-2 front p ─cord2─ SW-2 cage p   (p = 1, 2)
 * plus (second case) a cord whose far end names a device id that does not exist:
 *   SW-1 cage p ─cord1─ dev-ghost#x
 */
const topo = (): Design => duplexStructured({ ...METHOD_RECIPES.B, ports: [1, 2] }).design;

/** The model: plugged device ids in first-plug order, from the records (cage ends to the transceiver in the cage). */
const firstPlugOrder = (d: Design): string[] => {
  const inCage = (ref: PortRef): string | undefined =>
    Object.values(d.devices).find(
      (x) => x.placement.kind === 'cage' && x.placement.parent === ref.device && x.placement.cage === ref.port,
    )?.id;
  const order: string[] = [];
  for (const c of Object.values(d.cables))
    for (const ref of Object.values(c.ends)) {
      if (!ref) continue;
      const id = ref.port.startsWith('cage-') ? inCage(ref) : ref.device;
      if (id !== undefined && !order.includes(id)) order.push(id);
    }
  return order;
};

describe('DeviceRows', () => {
  for (const withGhost of [false, true])
    it(`lists the plugged devices in first-plug order, each row holding its device${withGhost ? ' (a dangling id too)' : ''}`, () => {
      let design = topo();
      const ghost = 'dev-ghost' as DeviceId;
      if (withGhost) {
        const cord = Object.values(design.cables).find((c) => c.name !== 'TRUNK')!;
        const last = Object.keys(cord.ends).at(-1)!;
        design = {
          ...design,
          cables: {
            ...design.cables,
            [cord.id]: { ...cord, ends: { ...cord.ends, [last]: { device: ghost, port: 'x' } } },
          },
        };
      }
      const index = buildDesignIndex(design);
      const rows = index.plugsByDevice;
      expect(rows).toBeInstanceOf(DeviceRows);
      const order = firstPlugOrder(design);
      // 2 switches' 4 transceivers, 2 modules; a ghost replaces one module-side plug, not a device.
      expect(order).toHaveLength(withGhost ? 7 : 6);
      expect([...rows.keys()]).toEqual(order);
      expect(rows.size).toBe(order.length);
      const seen: string[] = [];
      rows.forEach((row, id, map) => {
        expect(map).toBe(rows);
        expect(rows.get(id)).toBe(row);
        seen.push(id);
      });
      expect(seen).toEqual(order);
      expect([...rows].map(([id]) => id)).toEqual(order);
      // Room was made for every device (enclosures and switches have no row): only the rows are listed.
      expect([...rows.values()]).toEqual(order.map((id) => rows.get(id)));
      for (const id of order) {
        const row = rows.get(id) as DevicePlugs;
        expect(rows.has(id)).toBe(true);
        // The devices lookup still answers with the device, the same one the row holds.
        expect(row.dev).toBe(index.devices.get(id as DeviceId) ?? null);
        expect(row.dev === null).toBe(id === ghost);
      }
      // A device without plugs (the enclosures, the switches: cords meet their transceivers) has no row.
      for (const d of Object.values(design.devices).filter((x) => !order.includes(x.id))) {
        expect(rows.get(d.id)).toBeUndefined();
        expect(rows.has(d.id)).toBe(false);
        expect(index.devices.get(d.id)?.device).toBe(d);
      }
      expect(rows.get('no-such-device')).toBeUndefined();
    });
  it('grows past the room it was given (more dangling ids than expected)', () => {
    // A devices table with no devices: every row is a dangling id's, kept aside, in add order.
    const none = { slot: () => undefined, setSlot: () => {}, setSlotAt: () => {} };
    const rows = new DeviceRows<DevicePlugs>(none, 1);
    const made = ['g1', 'g2', 'g3'].map((id) => {
      const row: DevicePlugs = new PlugRow<PlugAt, ResolvedDevice | null>(
        'p',
        { cable: cableId(`c-${id}`), end: 0 },
        null,
      );
      rows.add(id, row);
      return [id, row] as const;
    });
    expect(rows.size).toBe(3);
    expect([...rows]).toEqual(made);
    expect([...rows.values()]).toEqual(made.map(([, r]) => r));
    for (const [id, row] of made) expect(rows.get(id)).toBe(row);
  });

  for (const keyed of ['by id', 'by other keys'])
    it(`puts a cage end's plug in the row of the transceiver last placed in that cage (devices keyed ${keyed})`, () => {
      /*
       * The topology above (ports 1, 2), its devices listed transceivers first (in cage order),
       * then the others in reverse, then one more transceiver X placed in SW-1 cage 1, where T1
       * already sits (a later device in a cage replaces it):
       *
       *   SW-1 cage 1 ─cord1(p1)─ MOD-1 front 1      cage 1 holds T1, then X  → the cord meets X
       *   SW-1 cage 2 ─cord1(p2)─ MOD-1 front 2      cage 2 holds T2          → the cord meets T2
       *
       * The index finds a cage's transceiver by its place in the device list when every key is
       * its record's id, else by id: the rows must be the same either way.
       */
      const t = duplexStructured({ ...METHOD_RECIPES.B, ports: [1, 2] });
      const t1 = t.design.devices[t.end1[1]!.transceiver]!;
      const x: Device = { ...t1, id: deviceId('dev-x'), name: 'X' };
      const all = Object.values(t.design.devices);
      const inCages = all.filter((d) => d.placement.kind === 'cage');
      const list = [...inCages, ...all.filter((d) => d.placement.kind !== 'cage').reverse(), x];
      const keyOf = (id: string): string => (keyed === 'by id' ? id : `key-${id}`);
      const design: Design = { ...t.design, devices: Object.fromEntries(list.map((d) => [keyOf(d.id), d])) };
      const index = buildDesignIndex(design);
      const rows = index.plugsByDevice;
      // X holds the cord of cage 1 (its MDI); T1 has no plug; T2 holds the cord of cage 2.
      const rowX = rows.get('dev-x') as DevicePlugs;
      expect(rowX.dev?.device).toBe(x);
      expect(rowX.get('mdi')?.cable).toBe(t.end1[1]!.cord);
      expect(rows.get(t1.id)).toBeUndefined();
      expect(index.devices.get(t1.id)?.device).toBe(t1);
      const t2 = t.end1[2]!.transceiver;
      const rowT2 = rows.get(t2) as DevicePlugs;
      expect(rowT2.dev?.device).toBe(design.devices[keyOf(t2)]);
      expect(rowT2.get('mdi')?.cable).toBe(t.end1[2]!.cord);
      // Every device is still found by id, holding its own record.
      for (const d of list) expect(index.devices.get(d.id)?.device).toBe(d);
    });
});
