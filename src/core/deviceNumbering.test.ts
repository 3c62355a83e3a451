/**
 * `deviceNumbering` patched edit by edit equals the numbering walked from scratch, so new device
 * ids and default names are the ones a fresh design would give.
 *
 * Design: the small hall (two racks, one enclosure with 4 cassettes and one leaf switch each),
 * then random edit chains over it:
 * ```
 *  R01: R01-P1 (enclosure, U45–48) + C1…C4, Leaf-R01-1 (switch)   ═48F trunk═   R02: the same
 *  edits: place a 1U panel / switch (default name P<n> / SW<n>), rename a device to P1, p2,
 *         " SW1 ", P02 (no number: leading zero) or Dev, delete a device (the highest id too)
 * ```
 * The expected values come from a `structuredClone` of each design: a new devices collection with
 * no edit record, so its numbering is walked, never patched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from './design';
import { deviceNumbering } from './deviceNumbering';
import * as E from './edits';
import { SMALL_HALL } from './fixtures/randomEdits';
import type { DeviceId, PartId, RackId } from './ids';

const PANEL = 'equipment/panel-1u-24xlcduplex-duplex' as PartId;
const SWITCH = 'equipment/switch-1u-48xsfp28-8xqsfp28' as PartId;
const NAMES = ['P1', 'p2', ' SW1 ', 'P02', 'Dev', 'sw3'];

type Op = { kind: 'place' | 'rename' | 'delete' | 'deleteLast'; a: number; b: number };

function apply(d: Design, op: Op): Design {
  const devices = Object.values(d.devices);
  const dev = devices[op.a % Math.max(1, devices.length)];
  const racks = Object.values(d.racks);
  switch (op.kind) {
    case 'place': {
      const rack = racks[op.a % racks.length]!.id as RackId;
      const r = E.placeEquipment(d, { part: op.b % 2 ? SWITCH : PANEL, rack, positionU: 2 + (op.b % 40) });
      return r.ok ? r.design : d;
    }
    case 'rename':
      return dev ? E.renameDevice(d, dev.id, NAMES[op.b % NAMES.length]!) : d;
    case 'delete':
      return dev ? E.deleteDevices(d, [dev.id as DeviceId]) : d;
    default: {
      // The device with the highest id: the next id is that id again.
      const last = devices.map((v) => v.id).sort((x, y) => Number(y.slice(4)) - Number(x.slice(4)))[0];
      return last ? E.deleteDevices(d, [last as DeviceId]) : d;
    }
  }
}

const plain = (d: Design) => {
  const n = deviceNumbering(d);
  return { maxId: n.maxId, named: [...n.named].map(([t, m]) => [t, [...m].sort()]).sort() };
};

describe('deviceNumbering', () => {
  it('walked from scratch: the largest dev-N and the P<n> / SW<n> names', () => {
    const d = structuredClone(SMALL_HALL);
    const ids = Object.keys(d.devices).map((k) => Number(/^dev-(\d+)/.exec(k)?.[1] ?? 0));
    expect(deviceNumbering(d).maxId).toBe(Math.max(...ids));
    expect(deviceNumbering(d).named.size).toBe(0); // the hall's names are R01-P1, Leaf-R01-1, …
    const [x, y] = Object.keys(d.devices) as DeviceId[];
    const renamed = E.renameDevice(E.renameDevice(d, x!, ' p7'), y!, 'P7');
    // Two devices named P7 (any case, trimmed): number 7 of token P is taken twice.
    expect([...(deviceNumbering(structuredClone(renamed)).named.get('P') ?? [])]).toEqual([['7', 2]]);
  });

  it('patched along random edit chains equals the walk of each design', () => {
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('place', 'place', 'rename', 'delete', 'deleteLast'),
      a: fc.nat(500),
      b: fc.nat(500),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        let d = structuredClone(SMALL_HALL);
        deviceNumbering(d);
        for (const o of ops) {
          d = apply(d, o);
          expect(plain(d)).toEqual(plain(structuredClone(d)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a drop after edits takes the id and default name a fresh copy of the design would give', () => {
    let d = structuredClone(SMALL_HALL);
    const rack = Object.values(d.racks)[0]!.id as RackId;
    const place = (x: Design, u: number) => {
      const r = E.placeEquipment(x, { part: PANEL, rack, positionU: u });
      if (!r.ok) throw new Error(r.reason);
      return r;
    };
    const first = place(d, 20);
    d = first.design;
    // Rename the first drop to P3: the next default name skips 3.
    d = E.renameDevice(d, first.id as DeviceId, 'P3');
    const second = place(d, 22);
    const fresh = place(structuredClone(d), 22);
    expect(second.id).toBe(fresh.id);
    expect(second.design.devices[second.id as DeviceId]?.name).toBe(fresh.design.devices[fresh.id as DeviceId]?.name);
    // Deleting the newest device frees its id again.
    const back = E.deleteDevices(second.design, [second.id as DeviceId]);
    expect(place(back, 24).id).toBe(second.id);
  });
});
