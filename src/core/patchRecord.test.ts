/**
 * The edits that replace one record without immer (`patchRecord`: `updateCable`, `renameDevice`,
 * `moveEquipment`) against the immer recipes they replaced, written out here as the oracle: the
 * same design (values, key order of the design, the collection and the record), `base` itself
 * when nothing changes, frozen, and the same ids recorded for `editChangesSince`.
 *
 * ```text
 *  GT-06 (Method A):
 *  Leaf-1 cage p ─PC-R12-0p─ R12-P1-C1 front-p   R12-P1-C1 mpo1 ══TR-R12-R14-01══ R14-P1-C1 mpo1
 *  R14-P1-C1 front-p ─PC-R14-0p─ Leaf-2 cage p                 (p = 1…4; MOD-A cassettes)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { FIBER_TYPES, type FiberType } from './connectors';
import type { Design } from './design';
import { editChangesSince, produceEdit } from './editChanges';
import { moveEquipment, renameDevice, updateCable } from './edits';
import type { CableId, DeviceId, RackId } from './ids';
import { own } from './own';

type CablePatch = Parameters<typeof updateCable>[2];

/** The immer recipe `updateCable` was before `patchRecord`. */
const updateCableImmer = (d: Design, id: CableId, patch: CablePatch): Design =>
  produceEdit(d, (x) => {
    const c = own(x.cables, id);
    if (!c) return;
    if (patch.name !== undefined) c.name = patch.name;
    if (patch.lengthM !== undefined) c.lengthM = patch.lengthM + 0;
    if (patch.fiberType !== undefined) c.fiberType = patch.fiberType;
    if (patch.construction === null) delete c.construction;
    else if (patch.construction !== undefined) c.construction = patch.construction;
  });

/** The immer recipe `renameDevice` was. */
const renameDeviceImmer = (d: Design, id: DeviceId, name: string): Design =>
  produceEdit(d, (x) => {
    const v = own(x.devices, id);
    if (v) v.name = name;
  });

/** The immer recipe of `moveEquipment` once its checks pass. */
const moveImmer = (d: Design, id: DeviceId, to: { rack: RackId; positionU: number; face: 'front' | 'rear' }): Design =>
  produceEdit(d, (x) => {
    const v = own(x.devices, id);
    if (v) v.placement = { kind: 'rack', rack: to.rack, positionU: to.positionU, face: to.face };
  });

/** Every key order down to the records of `collection`: the design's, the collection's, each record's. */
const keyOrder = (d: Design, collection: 'cables' | 'devices') => [
  Object.keys(d),
  Object.keys(d[collection]),
  Object.values(d[collection]).map((r) => Object.keys(r)),
];

/** Asserts `mine` is the design `oracle` is, from `base`, as the header says. */
function expectSameEdit(base: Design, mine: Design, oracle: Design, collection: 'cables' | 'devices'): void {
  expect(mine).toEqual(oracle);
  expect(keyOrder(mine, collection)).toEqual(keyOrder(oracle, collection));
  expect(mine === base).toBe(oracle === base);
  if (mine === base) return;
  const changed = editChangesSince(oracle, base)!;
  expect(changed[collection]).toHaveLength(1);
  expect(editChangesSince(mine, base)).toEqual(changed);
  const id = changed[collection][0]!;
  const record = mine[collection][id]!;
  expect([Object.isFrozen(mine), Object.isFrozen(mine[collection]), Object.isFrozen(record)]).toEqual([
    true,
    true,
    true,
  ]);
  // The other collections and records are base's own.
  expect(mine.racks).toBe(base.racks);
  for (const [k, r] of Object.entries(mine[collection])) if (k !== id) expect(r).toBe(base[collection][k]);
}

describe('patchRecord edits equal the immer recipes they replaced', () => {
  const d0 = methodA();
  // A trunk with an indoor/outdoor construction, so a `null` construction has a key to delete.
  const trunk = Object.values(d0.cables).find((c) => c.name === 'TR-R12-R14-01')!;
  const base = updateCableImmer(d0, trunk.id, { construction: 'indoor-outdoor' });
  const cableIds = [...Object.keys(base.cables), 'cable-missing', 'toString'] as CableId[];

  it('updateCable: any patch of name, length, fiber type and construction', () => {
    const patch = fc.record(
      {
        name: fc.oneof(fc.constantFrom('TR-R12-R14-01', 'PC-R12-01'), fc.string({ maxLength: 4 })),
        lengthM: fc.oneof(fc.constantFrom(-0, 0, trunk.lengthM, Number.NaN), fc.double({ min: 0, max: 200 })),
        fiberType: fc.constantFrom<FiberType>(...FIBER_TYPES),
        construction: fc.constantFrom<'indoor-outdoor' | null>('indoor-outdoor', null),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...cableIds), patch, (id, p) => {
        expectSameEdit(base, updateCable(base, id, p), updateCableImmer(base, id, p), 'cables');
      }),
      { numRuns: 300 },
    );
  });

  it('updateCable: an equal value, an absent key deleted, a missing id each give base itself', () => {
    // Spelled out: these are the cases the property test may draw rarely.
    const c = base.cables[trunk.id]!;
    const plain = Object.values(base.cables).find((x) => x.construction === undefined)!;
    expect(updateCable(base, trunk.id, { name: c.name, lengthM: c.lengthM, fiberType: c.fiberType })).toBe(base);
    expect(updateCable(base, plain.id, { construction: null })).toBe(base);
    expect(updateCable(base, 'cable-missing' as CableId, { lengthM: 5 })).toBe(base);
    // Values compare as `Object.is` (immer's rule): a NaN length written over NaN changes nothing.
    const nan = updateCableImmer(base, trunk.id, { lengthM: Number.NaN });
    expect(updateCable(nan, trunk.id, { lengthM: Number.NaN })).toBe(nan);
    // −0 is stored as 0, a new length in place, a deleted construction gone.
    const edited = updateCable(base, trunk.id, { lengthM: -0, construction: null });
    expect(Object.is(edited.cables[trunk.id]!.lengthM, 0)).toBe(true);
    expect(Object.hasOwn(edited.cables[trunk.id]!, 'construction')).toBe(false);
    expectSameEdit(base, edited, updateCableImmer(base, trunk.id, { lengthM: -0, construction: null }), 'cables');
  });

  it('renameDevice: a new name, the same name, a missing device', () => {
    const ids = [...Object.keys(base.devices), 'dev-missing', 'constructor'] as DeviceId[];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.oneof(fc.constantFrom('Leaf-1', 'R12-P1', 'R12-P1-C1'), fc.string({ maxLength: 4 })),
        (id, name) => {
          expectSameEdit(base, renameDevice(base, id, name), renameDeviceImmer(base, id, name), 'devices');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('moveEquipment: to a free unit, and to the unit it is in (a new placement object either way)', () => {
    // R12-P1 (1U enclosure, U42) moves to U20 of its rack, front and rear; then onto its own unit.
    const panel = Object.values(base.devices).find((v) => v.name === 'R12-P1')!;
    if (panel.placement.kind !== 'rack') throw new Error('R12-P1 is mounted');
    const here = panel.placement;
    for (const to of [
      { rack: here.rack, positionU: 20, face: 'front' as const },
      { rack: here.rack, positionU: 20, face: 'rear' as const },
      { rack: here.rack, positionU: here.positionU, face: here.face },
    ]) {
      const moved = moveEquipment(base, panel.id, to);
      if (!moved.ok) throw new Error(moved.reason);
      expectSameEdit(base, moved.design, moveImmer(base, panel.id, to), 'devices');
      expect(moved.design.devices[panel.id]!.placement).toEqual({ kind: 'rack', ...to });
    }
  });
});
