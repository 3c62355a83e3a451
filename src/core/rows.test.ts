/**
 * Rows of racks (issue 12 §5): hall order, moving racks within and between rows, renaming and
 * reordering rows, and the labels that follow (REFERENCE §9.2 project `R{n}`, §9.1 TIA-606
 * cabinet id = row letter + 2-digit rack number for a rack whose name is not a site identifier).
 *
 * ```text
 *  Row A   [Left o0] [Mid o1] [Right o2]
 *  Row B   [Far o3]
 * ```
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from './designBuilder';
import type { Design } from './design';
import { addRack, type EditResult } from './edits';
import type { RackId } from './ids';
import { labelsFor } from './labels';
import { hallRows, moveRackTo, moveRow, nextRowName, racksInOrder, rackPlace, renameRow, stepRack } from './rows';

function hall() {
  const b = new DesignBuilder('hall');
  const left = b.rack('Left rack');
  const mid = b.rack('Mid rack');
  const right = b.rack('Right rack');
  const far = b.rack('Far rack', 42, 'Row B');
  return { d: b.build(), left, mid, right, far };
}

const ok = (r: EditResult): Design => {
  if (!r.ok) throw new Error(r.reason);
  return r.design;
};
const layout = (d: Design) =>
  hallRows(d).map((r) => `${r.name}: ${r.racks.map((k) => `${k.name}@${k.order}`).join(' ')}`);
const label = (d: Design, id: RackId, scheme: 'project' | 'tia606') => labelsFor(d).racks.get(id)?.[scheme];

describe('hall order', () => {
  it('groups racks by row, rows by their first rack, racks by order', () => {
    const { d } = hall();
    expect(layout(d)).toEqual(['Row A: Left rack@0 Mid rack@1 Right rack@2', 'Row B: Far rack@3']);
    expect(racksInOrder(d).map((r) => r.name)).toEqual(['Left rack', 'Mid rack', 'Right rack', 'Far rack']);
  });
  it('keeps interleaved orders of an old file grouped by row (rows ordered by their smallest order)', () => {
    const b = new DesignBuilder('interleaved');
    b.rack('A1');
    b.rack('B1', 42, 'Row B');
    b.rack('A2');
    expect(layout(b.build())).toEqual(['Row A: A1@0 A2@2', 'Row B: B1@1']);
  });
  it('gives the place of a rack in its row', () => {
    const { d, right, far } = hall();
    expect(rackPlace(d, right)).toEqual({ row: 'Row A', index: 2, count: 3 });
    expect(rackPlace(d, far)).toEqual({ row: 'Row B', index: 0, count: 1 });
    expect(rackPlace(d, 'nope' as RackId)).toBeUndefined();
  });
  it('adds a rack at the end of the last row without renumbering the others', () => {
    const { d } = hall();
    const r = addRack(d);
    const next = ok(r);
    expect(layout(next)).toEqual(['Row A: Left rack@0 Mid rack@1 Right rack@2', 'Row B: Far rack@3 R1@4']);
    expect(next.racks[hall().left]).toBe(d.racks[hall().left]);
  });
});

describe('moving racks', () => {
  it('reorders within a row and renumbers orders in hall order (untouched racks keep identity)', () => {
    const { d, left, right, far } = hall();
    const next = ok(moveRackTo(d, right, 'Row A', 0));
    expect(layout(next)).toEqual(['Row A: Right rack@0 Left rack@1 Mid rack@2', 'Row B: Far rack@3']);
    expect(next.racks[far]).toBe(d.racks[far]);
    expect(next.racks[left]).not.toBe(d.racks[left]);
  });
  it('moves a rack into another row at a place; the rack relabels (R number and cabinet row letter)', () => {
    const { d, mid } = hall();
    expect([label(d, mid, 'project'), label(d, mid, 'tia606')]).toEqual(['R2', 'A02']);
    const next = ok(moveRackTo(d, mid, 'Row B', 1));
    expect(layout(next)).toEqual(['Row A: Left rack@0 Right rack@1', 'Row B: Far rack@2 Mid rack@3']);
    // Hand-computed: Mid is 4th in the hall → R4; Row B → B, number 4 → B04. Right moved up: R2 / A02.
    expect([label(next, mid, 'project'), label(next, mid, 'tia606')]).toEqual(['R4', 'B04']);
    expect(label(next, hall().right, 'tia606')).toBe('A02');
    expect(label(next, hall().far, 'tia606')).toBe('B03');
  });
  it('starts a new row at the end of the hall for a new row name; an emptied row disappears', () => {
    const { d, far } = hall();
    const next = ok(moveRackTo(d, far, 'Row C', 0));
    expect(layout(next)).toEqual(['Row A: Left rack@0 Mid rack@1 Right rack@2', 'Row C: Far rack@3']);
  });
  it('clamps the place to the row and refuses an unknown rack or an empty row name', () => {
    const { d, left } = hall();
    expect(layout(ok(moveRackTo(d, left, 'Row B', 99)))).toEqual([
      'Row A: Mid rack@0 Right rack@1',
      'Row B: Far rack@2 Left rack@3',
    ]);
    expect(moveRackTo(d, 'x' as RackId, 'Row A', 0)).toEqual({ ok: false, reason: 'No rack x' });
    expect(moveRackTo(d, left, '  ', 0)).toEqual({ ok: false, reason: 'A row needs a name' });
  });
  it('steps a rack left and right, refusing at the row ends', () => {
    const { d, left, mid } = hall();
    expect(layout(ok(stepRack(d, mid, -1)))[0]).toBe('Row A: Mid rack@0 Left rack@1 Right rack@2');
    expect(layout(ok(stepRack(d, mid, 1)))[0]).toBe('Row A: Left rack@0 Right rack@1 Mid rack@2');
    expect(stepRack(d, left, -1)).toEqual({ ok: false, reason: 'Left rack is already first in Row A' });
    expect(stepRack(d, hall().far, 1)).toEqual({ ok: false, reason: 'Far rack is already last in Row B' });
  });
});

describe('rows', () => {
  it('renames a row on every rack of it, refusing an empty or taken name', () => {
    const { d, left, far } = hall();
    const next = ok(renameRow(d, 'Row A', 'Row Z'));
    expect(layout(next)).toEqual(['Row Z: Left rack@0 Mid rack@1 Right rack@2', 'Row B: Far rack@3']);
    expect(next.racks[far]).toBe(d.racks[far]);
    expect(label(next, left, 'tia606')).toBe('Z01');
    expect(renameRow(d, 'Row A', 'Row B')).toEqual({ ok: false, reason: 'Row B already exists' });
    expect(renameRow(d, 'Row A', ' ')).toEqual({ ok: false, reason: 'A row needs a name' });
    expect(renameRow(d, 'Row Q', 'Row R')).toEqual({ ok: false, reason: 'No row Row Q' });
  });
  it('moves a row in the hall, renumbering its racks', () => {
    const { d } = hall();
    expect(layout(ok(moveRow(d, 'Row B', 0)))).toEqual([
      'Row B: Far rack@0',
      'Row A: Left rack@1 Mid rack@2 Right rack@3',
    ]);
  });
  it('names a new row after the letters in use', () => {
    expect(nextRowName(hall().d)).toBe('Row C');
    expect(nextRowName({ racks: {} })).toBe('Row A');
  });
});
