/**
 * Labels derived per record (issue 10 §5): after any sequence of edits, the label index built
 * incrementally (reusing the labels of every rack, device and cable whose inputs kept their
 * identity) equals the index computed from scratch on a deep copy of the same design (no record
 * shared with any earlier design, so nothing can be reused) by a second, fresh instance of the
 * label module (its caches never see the incremental sequence). And an edit in one rack leaves the
 * label objects of the other racks, and of cables that do not touch it, untouched.
 *
 * Design: the data hall with two facing racks, one 4-cassette panel each, one 48F trunk:
 * ```
 *  R01 (Row A)                                   R02 (Row B)
 *   Leaf-R01-1 cages 1…24 ─cords─ R01-P1 C1…C4 ═48F trunk═ R02-P1 C1…C4 ─cords─ Leaf-R02-1 cages 1…24
 * ```
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as E from '../edits';
import { applyRandomEdit, randomEditArb, SMALL_HALL as HALL } from '../fixtures/randomEdits';
import type { DeviceId, PartId } from '../ids';
import { labelsFor, type LabelIndex } from './labelIndex';
import type * as LabelModule from './labelIndex';

/** Everything a label index says, as plain values (maps as sorted entry lists). */
function plain(L: LabelIndex) {
  const sorted = <V>(m: ReadonlyMap<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    scheme: L.scheme,
    racks: sorted(L.racks),
    devices: sorted(L.devices),
    slots: sorted(L.slots),
    ports: sorted(L.ports),
    cables: sorted(L.cables),
    texts: sorted(L.byText).map(([k, list]) => [k, list.map((e) => `${e.kind}:${e.project}:${e.tia606}`).sort()]),
    conflicts: L.conflicts.map((c) => c.text),
  };
}

/** A second instance of the label module, with caches of its own: the from-scratch oracle. */
let fresh: typeof LabelModule;
beforeAll(async () => {
  vi.resetModules();
  fresh = await import('./labelIndex');
});

describe('labels per record', () => {
  it('equal labels computed from scratch after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(randomEditArb, { minLength: 1, maxLength: 8 }), (ops) => {
        let d = HALL;
        labelsFor(d);
        for (const op of ops) {
          d = applyRandomEdit(d, op);
          expect(plain(labelsFor(d))).toEqual(plain(fresh.labelsFor(structuredClone(d))));
        }
      }),
      { numRuns: 25 },
    );
  }, 90_000);

  it('an edit in one rack keeps the label objects of the other rack and of its cables', () => {
    const hall = structuredClone(HALL); // records no other test has labelled
    const before = labelsFor(hall);
    const r1 = Object.values(hall.devices).find((v) => v.name === 'R01-P1')!;
    const r2Port = Object.values(hall.devices).find((v) => v.name === 'R02-P1-C1')!;
    const farCord = Object.values(hall.cables).find((c) => c.name === 'PC-R02-001')!;
    const nearCord = Object.values(hall.cables).find((c) => c.name === 'PC-R01-001')!;
    const after = labelsFor(E.renameDevice(hall, r1.id, 'Renamed'));
    // Rack R02 untouched: same entry objects.
    expect(after.ports.get(`${r2Port.id}#front-1`)).toBe(before.ports.get(`${r2Port.id}#front-1`));
    expect(after.cables.get(farCord.id)).toBe(before.cables.get(farCord.id));
    // Rack R01 relabelled: new objects, same texts (a rename does not renumber), new name.
    expect(after.devices.get(r1.id)).not.toBe(before.devices.get(r1.id));
    expect(after.devices.get(r1.id)?.text).toBe('R1-P1');
    expect(after.devices.get(r1.id)?.name).toBe('Renamed');
    expect(after.cables.get(nearCord.id)?.text).toBe(before.cables.get(nearCord.id)?.text);
  });

  it('a panel moved below a new one is renumbered; the other rack keeps its labels', () => {
    const hall = structuredClone(HALL);
    const rack = Object.values(hall.racks).find((r) => r.name === 'R01')!;
    const enclosure = Object.values(hall.devices).find((v) => v.name === 'R01-P1')!;
    const farPanel = Object.values(hall.devices).find((v) => v.name === 'R02-P1')!;
    const placed = E.placeEquipment(hall, {
      part: 'equipment/panel-1u-24xlcduplex-duplex' as PartId,
      rack: rack.id,
      positionU: 40,
      // A name that states no panel number, so only the order from the top numbers it (a panel
      // named like its token, `P1`, would keep that number: `equipmentOrdinals`).
      name: 'Patch new',
    });
    if (!placed.ok) throw new Error(placed.reason);
    const L1 = labelsFor(placed.design);
    // The enclosure (U45–U48) is still the topmost panel; the new one (U40) is the second.
    expect(L1.devices.get(enclosure.id)?.text).toBe('R1-P1');
    expect(L1.devices.get(placed.id as DeviceId)?.text).toBe('R1-P2');
    const moved = E.moveEquipment(placed.design, enclosure.id, { rack: rack.id, positionU: 20 });
    if (!moved.ok) throw new Error(moved.reason);
    const L2 = labelsFor(moved.design);
    expect(L2.devices.get(placed.id as DeviceId)?.text).toBe('R1-P1');
    expect(L2.devices.get(enclosure.id)?.text).toBe('R1-P2');
    expect(L2.devices.get(enclosure.id)?.tia606).toBe('R01-20');
    expect(L2.devices.get(farPanel.id)).toBe(L1.devices.get(farPanel.id));
  });
});
