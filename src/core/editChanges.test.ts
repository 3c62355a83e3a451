/**
 * The change records of the core edits (`editChanges.ts`) against an independent oracle: the ids
 * whose record object differs between the two designs, found by enumerating every key of every
 * collection (what a consumer without the records would do).
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
import type { Design } from './design';
import { editChangesSince, MAX_CHAIN, produceEdit, putRecord, type EditChanges } from './editChanges';
import { deleteDevices, renameDevice, updateCable, updateSettings } from './edits';
import { applyStep, editStep } from './fixtures/editSteps';
import type { DeviceId, PartId, RackId } from './ids';

type Collection = 'racks' | 'devices' | 'cables' | 'parts';

/** Per collection, the sorted ids whose record object differs (keys of either side). */
function identityDiff(prev: Design, next: Design): Record<Collection, string[]> {
  const diff = (p: Readonly<Record<string, unknown>>, n: Readonly<Record<string, unknown>>) =>
    [...new Set([...Object.keys(p), ...Object.keys(n)])].filter((k) => p[k] !== n[k]).sort();
  return {
    racks: diff(prev.racks, next.racks),
    devices: diff(prev.devices, next.devices),
    cables: diff(prev.cables, next.cables),
    parts: diff(prev.parts, next.parts),
  };
}

const named = (c: EditChanges) => ({
  racks: [...c.racks].sort(),
  devices: [...c.devices].sort(),
  cables: [...c.cables].sort(),
  parts: [...c.parts].sort(),
});

describe('editChangesSince', () => {
  const d0 = methodA();
  const byName = (name: string) => Object.values(d0.devices).find((v) => v.name === name)!;

  it('names the cassette, and the cords and trunk it unplugs, when a cassette is deleted', () => {
    // R12-P1-C1 holds the trunk's MPO end and four cords' front ends: deleting it unplugs all five
    // (each keeps its other end, so none is deleted).
    const c1 = byName('R12-P1-C1');
    const touching = Object.values(d0.cables)
      .filter((c) => Object.values(c.ends).some((r) => r?.device === c1.id))
      .map((c) => c.id)
      .sort();
    expect(touching).toHaveLength(5);
    const d1 = deleteDevices(d0, [c1.id as DeviceId]);
    const c = editChangesSince(d1, d0);
    expect(c && named(c)).toEqual({ racks: [], devices: [c1.id], cables: touching, parts: [] });
    expect(c?.meta).toEqual([]);
  });

  it('joins a chain of edits, and names top-level keys as meta', () => {
    const trunk = Object.values(d0.cables).find((c) => c.name === 'TR-R12-R14-01')!;
    const sw = byName('Leaf-1');
    const d1 = updateCable(d0, trunk.id, { lengthM: trunk.lengthM + 5 });
    const d2 = renameDevice(d1, sw.id, 'Leaf-9');
    const d3 = updateSettings(d2, { designMarginDb: 0.5 });
    const c = editChangesSince(d3, d0);
    expect(c && named(c)).toEqual({ racks: [], devices: [sw.id], cables: [trunk.id], parts: [] });
    expect(c?.meta).toEqual(['settings']);
    // From the middle of the chain, only the later edits.
    const mid = editChangesSince(d3, d1);
    expect(mid && named(mid)).toEqual({ racks: [], devices: [sw.id], cables: [], parts: [] });
  });

  it('gives null for a design not made from the one seen: an undo, a copy, a chain too long', () => {
    const trunk = Object.values(d0.cables).find((c) => c.name === 'TR-R12-R14-01')!;
    const d1 = updateCable(d0, trunk.id, { lengthM: 10 });
    expect(editChangesSince(d0, d1)).toBeNull(); // back to an earlier design (undo)
    expect(editChangesSince({ ...d1 }, d0)).toBeNull(); // a shallow copy carries no record
    // MAX_CHAIN edits after d1, so MAX_CHAIN + 1 after d0.
    let d = d1;
    for (let i = 0; i < MAX_CHAIN; i++) d = updateCable(d, trunk.id, { lengthM: 20 + i });
    expect(editChangesSince(d, d0)).toBeNull();
    const c = editChangesSince(d, d1);
    expect(c && named(c)).toEqual({ racks: [], devices: [], cables: [trunk.id], parts: [] });
  });

  it('names exactly the records whose object changed, after any random edit', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 8 }), (steps) => {
        let d = d0;
        const history: Design[] = [];
        for (const s of steps) {
          history.push(d);
          const next = applyStep(d, s, history);
          const c = editChangesSince(next, d);
          // Direct writes, undo and reorder steps carry no record (null): only a record is checked.
          if (c) expect(named(c)).toEqual(identityDiff(d, next));
          d = next;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('putRecord', () => {
  it('makes the design produceEdit would make, frozen, and records the one id', () => {
    // GT-06: put a new 1U panel record last, and replace Leaf-1's record in place.
    const d = methodA();
    const panel = {
      id: 'dev-new' as DeviceId,
      part: 'equipment/panel-1u-24xlcduplex-duplex' as PartId,
      name: 'P9',
      placement: {
        kind: 'rack' as const,
        rack: Object.keys(d.racks)[0] as RackId,
        positionU: 20,
        face: 'front' as const,
      },
    };
    const leaf = Object.values(d.devices).find((v) => v.name === 'Leaf-1')!;
    for (const record of [panel, { ...leaf, name: 'Leaf-1 renamed' }]) {
      const put = putRecord(d, 'devices', record);
      const produced = produceEdit(d, (x) => {
        x.devices[record.id] = structuredClone(record);
      });
      expect(put).toEqual(produced);
      expect(Object.keys(put.devices)).toEqual(Object.keys(produced.devices));
      expect(Object.keys(put)).toEqual(Object.keys(produced));
      // Everything else is d's own; the record is frozen to its placement.
      expect(put.cables).toBe(d.cables);
      expect(
        Object.isFrozen(put) && Object.isFrozen(put.devices) && Object.isFrozen(put.devices[record.id]?.placement),
      ).toBe(true);
      expect(editChangesSince(put, d)).toEqual({ ...identityDiffChanges(d, put), meta: [] });
      expect(editChangesSince(put, d)?.devices).toEqual([record.id]);
    }
  });
});

/** `identityDiff` as `EditChanges` (the collections a design can change here). */
function identityDiffChanges(prev: Design, next: Design): Omit<EditChanges, 'meta'> {
  return { ...identityDiff(prev, next), testResults: [], linkTests: [] };
}
