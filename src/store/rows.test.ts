/**
 * Row edits through the store (issue 12 §5): each is one named undo step through the commit path
 * (checkEdit), a refused one leaves the design and history alone with the reason in the status
 * bar, and an invalid row name is refused at the field (the rule the inspector's field checks).
 *
 * ```text
 *  Row A  [R1] [R2] [R3]          (racks added by the store: "R1", "R2", "R3" in Row A)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../core/analysis/analyze';
import { moveRackTo } from '../core/rows';
import { testPlan } from '../core/fieldTest/testPlan';
import { demoById } from '../demos/demos';
import { emptyDesign } from '../core/design';
import { labelsFor } from '../core/labels';
import type { RackId } from '../core/ids';
import { hallRows } from '../core/rows';
import { FIELD_RULES } from '../io/fieldRules';
import { createDesignerStore } from './store';

function fresh() {
  const store = createDesignerStore(emptyDesign('t'));
  const a = store.getState().actions;
  const racks = [a.addRack(), a.addRack(), a.addRack()] as RackId[];
  const s = () => store.getState();
  const rows = () => hallRows(s().doc).map((r) => `${r.name}: ${r.racks.map((k) => k.name).join(' ')}`);
  const steps = () => s().history.past.map((e) => e.label);
  return { store, a, racks, s, rows, steps };
}

describe('row edits in the store', () => {
  it('moves a rack into a new row as one named step; undo puts it back', () => {
    const t = fresh();
    const [, r2] = t.racks as [RackId, RackId, RackId];
    expect(t.a.moveRackTo(r2, 'Row B', 0)).toBe(true);
    expect(t.rows()).toEqual(['Row A: R1 R3', 'Row B: R2']);
    expect(t.steps().at(-1)).toBe('Move R2 to Row B');
    expect(t.steps()).toHaveLength(4);
    // The rack relabels: 3rd in the hall → R3; the TIA-606 id is its name (a site identifier).
    expect(labelsFor(t.s().doc).racks.get(r2)?.project).toBe('R3');
    t.a.undo();
    expect(t.rows()).toEqual(['Row A: R1 R2 R3']);
    expect(labelsFor(t.s().doc).racks.get(r2)?.project).toBe('R2');
  });
  it('steps a rack left and right, one step each; at the row end it is refused with the reason', () => {
    const t = fresh();
    const [r1, , r3] = t.racks as [RackId, RackId, RackId];
    expect(t.a.stepRack(r3, -1)).toBe(true);
    expect(t.rows()).toEqual(['Row A: R1 R3 R2']);
    expect(t.steps().at(-1)).toBe('Move R3 left');
    const before = t.s();
    expect(t.a.stepRack(r1, -1)).toBe(false);
    expect(t.s().doc).toBe(before.doc);
    expect(t.s().history).toBe(before.history);
    expect(t.s().session.notice).toMatchObject({ tone: 'error', text: 'R1 is already first in Row A' });
  });
  it('renames a row on all its racks in one step', () => {
    const t = fresh();
    expect(t.a.renameRow('Row A', 'Cold aisle 1')).toBe(true);
    expect(t.rows()).toEqual(['Cold aisle 1: R1 R2 R3']);
    expect(t.steps().at(-1)).toBe('Rename Row A to Cold aisle 1');
    t.a.undo();
    expect(t.rows()).toEqual(['Row A: R1 R2 R3']);
  });
  it.each([
    ['a name of 501 characters', 'r'.repeat(501), /\.row must be at most 500 characters/],
    ['a control character', 'Row\u0007B', /\.row must not contain control characters/],
    ['an empty name', '   ', /^A row needs a name$/],
  ])('refuses %s: unchanged design and history, the reason in the status bar', (_n, name, reason) => {
    const t = fresh();
    const before = t.s();
    expect(t.a.renameRow('Row A', name)).toBe(false);
    expect(t.s().doc).toBe(before.doc);
    expect(t.s().history).toBe(before.history);
    expect(t.s().session.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(reason) });
  });
  it('refuses an invalid row name at the field, before the store', () => {
    expect(FIELD_RULES.rowName.check('r'.repeat(501))).toEqual({
      ok: false,
      rule: expect.stringMatching(/at most 500 characters/),
    });
    expect(FIELD_RULES.rowName.check('Row C')).toEqual({ ok: true, value: 'Row C' });
  });
  it('refuses renaming a row to the name of another row', () => {
    const t = fresh();
    const [r1] = t.racks as [RackId];
    expect(t.a.moveRackTo(r1, 'Row B', 0)).toBe(true);
    expect(t.a.renameRow('Row B', 'Row A')).toBe(false);
    expect(t.s().session.notice).toMatchObject({ tone: 'error', text: 'Row A already exists' });
  });
  it('moves a row to the front of the hall in one step', () => {
    const t = fresh();
    const [, , r3] = t.racks as [RackId, RackId, RackId];
    t.a.moveRackTo(r3, 'Row B', 0);
    expect(t.a.moveRow('Row B', 0)).toBe(true);
    expect(t.rows()).toEqual(['Row B: R3', 'Row A: R1 R2']);
    expect(t.steps().at(-1)).toBe('Move Row B');
  });
});

describe('the test plan follows the rows', () => {
  // Ten racks in two rows of five, a ring of trunks T1…T10 (T5: R5 → R6, T10: R10 → R1).
  const tenRacks = demoById('ten-racks')!.build();
  /** The plan's rows as "row near-rack", runs of the same collapsed (6 permanent links per trunk). */
  const plan = (d: typeof tenRacks) =>
    testPlan(analyzeDesign(d))
      .map((r) => `${r.rackRow} ${r.near.project.split('-')[0]}`)
      .filter((v, i, all) => v !== all[i - 1]);
  it('lists Row A’s links before Row B’s, each row in label order', () => {
    // A link's near end is its lower label: T10 (R10 → R1) is listed at R1, so R10 has none.
    expect(plan(tenRacks)).toEqual([
      'Row A R1',
      'Row A R2',
      'Row A R3',
      'Row A R4',
      'Row A R5',
      'Row B R6',
      'Row B R7',
      'Row B R8',
      'Row B R9',
    ]);
  });
  it('moves a rack’s links to its new row after a move (R5 first in Row B stays 5th in the hall)', () => {
    const r5 = Object.values(tenRacks.racks).find((r) => r.name === 'R5')!.id;
    const moved = moveRackTo(tenRacks, r5, 'Row B', 0);
    if (!moved.ok) throw new Error(moved.reason);
    const rows = plan(moved.design);
    expect(rows.slice(0, 4)).toEqual(['Row A R1', 'Row A R2', 'Row A R3', 'Row A R4']);
    expect(rows[4]).toBe('Row B R5');
  });
});
