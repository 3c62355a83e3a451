/**
 * Labels follow an undo per record: when an edit brings back a design already labelled (undo
 * reuses the earlier snapshot object), the next edit is patched from that design's labels, so a
 * cable length edit right after an undone drop looks at the edited cable only, not at every
 * cable of the design.
 *
 * ```text
 *  d0 ──drop──► d1 ──undo──► d0 (same object) ──length edit──► d2
 *  labelsFor:   d0, d1, d0 (cached), d2: one cable's ends read for d2
 * ```
 */
import { describe, expect, it, vi } from 'vitest';
import * as E from '../edits';
import { SMALL_HALL } from '../fixtures/randomEdits';
import type { PartId } from '../ids';
import * as cableLabels from './cableLabels';
import type * as CableLabels from './cableLabels';
import { labelsFor } from './labelIndex';

vi.mock('./cableLabels', async (original) => {
  const m = await original<typeof CableLabels>();
  return { ...m, cableEndKeys: vi.fn(m.cableEndKeys) };
});

describe('labels after an undo', () => {
  it('a length edit after an undone drop reads the edited cable only', () => {
    const d0 = structuredClone(SMALL_HALL);
    const rack = Object.values(d0.racks)[0]!;
    const cable = Object.values(d0.cables)[0]!;
    expect(Object.keys(d0.cables).length).toBeGreaterThan(20);
    labelsFor(d0);
    const dropped = E.placeEquipment(d0, {
      part: 'equipment/panel-1u-24xlcduplex-duplex' as PartId,
      rack: rack.id,
      positionU: 20,
    });
    if (!dropped.ok) throw new Error(dropped.reason);
    labelsFor(dropped.design);
    labelsFor(d0); // the undo: the same design object again
    const d2 = E.updateCable(d0, cable.id, { lengthM: cable.lengthM + 1 });
    const reads = vi.mocked(cableLabels.cableEndKeys);
    reads.mockClear();
    const L2 = labelsFor(d2);
    expect(reads.mock.calls.map(([, c]) => c.id)).toEqual([cable.id]);
    expect(L2.cables.get(cable.id)?.text).toBe(labelsFor(d0).cables.get(cable.id)?.text);
    expect(L2.cables.size).toBe(Object.keys(d2.cables).length);
  });
});
