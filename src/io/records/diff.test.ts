/**
 * `diffDesign` reading the core edits' change records (`core/editChanges.ts`) against the same
 * diff found by enumerating every record (a shallow copy of the design carries no record, so the
 * full scan runs): after any random edit the two must name the same records to write, with the
 * same values, and the same keys to delete.
 *
 * ```text
 *  GT-06 (Method A):
 *  Leaf-1 cage p ─PC-R12-0p─ R12-P1-C1 front-p   R12-P1-C1 mpo1 ══TR-R12-R14-01══ R14-P1-C1 mpo1
 *  R14-P1-C1 front-p ─PC-R14-0p─ Leaf-2 cage p                 (p = 1…4; MOD-A cassettes)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodA } from '../../../scripts/generate-examples';
import type { Design } from '../../core/design';
import { editChangesSince } from '../../core/editChanges';
import { deleteDevices } from '../../core/edits';
import { applyStep, editStep } from '../../core/fixtures/editSteps';
import type { DeviceId } from '../../core/ids';
import { diffDesign, type DesignDiff } from './diff';

/** A diff as sorted plain data: meta keys, and per collection the written keys and deleted keys. */
const plain = (d: DesignDiff) => ({
  meta: d.meta.map(([k]) => k).sort(),
  collections: Object.fromEntries(
    [...d.collections]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, x]) => [c, { set: x.set.map(([k]) => k).sort(), deleted: [...x.deleted].sort() }]),
  ),
  values: Object.fromEntries([...d.collections].flatMap(([c, x]) => x.set.map(([k, v]) => [`${c}/${k}`, v]))),
});

describe('diffDesign with the edits’ change records', () => {
  const d0 = methodA();

  it('writes the unplugged cables and deletes the cassette when a cassette is deleted', () => {
    const c1 = Object.values(d0.devices).find((v) => v.name === 'R12-P1-C1')!;
    // Five cables sit in R12-P1-C1: the trunk's mpo1 end and the four front-port cords.
    const unplugged = Object.values(d0.cables)
      .filter((c) => Object.values(c.ends).some((r) => r?.device === c1.id))
      .map((c) => c.id)
      .sort();
    const d1 = deleteDevices(d0, [c1.id as DeviceId]);
    expect(editChangesSince(d1, d0)).not.toBeNull();
    expect(plain(diffDesign(d0, d1))).toMatchObject({
      meta: [],
      collections: { cables: { set: unplugged, deleted: [] }, devices: { set: [], deleted: [c1.id] } },
    });
  });

  it('equals the full scan after any random edit', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 8 }), (steps) => {
        let d: Design = d0;
        const history: Design[] = [];
        for (const s of steps) {
          history.push(d);
          const next = applyStep(d, s, history);
          expect(plain(diffDesign(d, next))).toEqual(plain(diffDesign(d, { ...next })));
          d = next;
        }
      }),
      { numRuns: 60 },
    );
  });
});
