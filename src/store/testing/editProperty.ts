/**
 * Test support: the property of issue 9 over edit sequences, declared once and run from several
 * test files (each its own worker, its own seed). For every random sequence of commands
 * (`editSequences.ts`) run on a fresh store holding a valid design:
 *
 *   - a refused command changes nothing (design and history are the same objects);
 *   - the design after the sequence saves and reopens (serialize → parseDesignFile) to a document
 *     deep-equal to the one in the store: no legal command ever makes a design unloadable;
 *   - undo then redo (up to 5 steps back and forth) returns the very same design object, and
 *     redo then undo likewise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../core/design';
import { parseDesignFile } from '../../io/loadDesign';
import { serializeDesign } from '../../io/saveDesign';
import { createDesignerStore } from '../store';
import { actionArb, applyAction, START_DESIGNS, type EditAction } from './editSequences';

/** Counts over all sequences of one file, for the report. */
export const tally = { sequences: 0, actions: 0, refused: 0, accepted: 0, undoRedo: 0 };

/** Runs one sequence and checks the property; returns nothing, throws on a violation. */
function runSequence(start: number, actions: readonly EditAction[]): void {
  const make = START_DESIGNS[start % START_DESIGNS.length] as () => Design;
  const store = createDesignerStore(make());
  tally.sequences += 1;
  for (const x of actions) {
    const before = store.getState();
    applyAction(store, x);
    const after = store.getState();
    tally.actions += 1;
    const refused =
      after.session.notice !== before.session.notice && after.session.notice?.tone === 'error' && x.k !== 'gesture';
    if (refused) {
      tally.refused += 1;
      expect(after.doc, `${x.k} was refused (${after.session.notice?.text}) but changed the design`).toBe(before.doc);
      expect(after.history).toBe(before.history);
    } else if (after.doc !== before.doc) tally.accepted += 1;
  }
  const doc = store.getState().doc;
  const reopened = parseDesignFile(serializeDesign(doc));
  expect(reopened.ok, reopened.ok ? '' : `lost: ${reopened.error.path} ${reopened.error.message}`).toBe(true);
  if (reopened.ok) expect(reopened.design).toEqual(doc);
  // undo∘redo and redo∘undo are the identity on the design object.
  const a = store.getState().actions;
  const k = Math.min(5, store.getState().history.past.length);
  for (let i = 0; i < k; i++) a.undo();
  const undone = store.getState().doc;
  for (let i = 0; i < k; i++) a.redo();
  expect(store.getState().doc).toBe(doc);
  for (let i = 0; i < k; i++) a.undo();
  expect(store.getState().doc).toBe(undone);
  tally.undoRedo += k;
}

/**
 * Declares `runs` random sequences of 4–12 commands with fast-check seed `seed` (fast-check
 * shrinks a failure to a shortest sequence), within `budgetMs`.
 */
export function describeEditProperty(runs: number, seed: number, budgetMs: number): void {
  describe(`${runs} random edit sequences (seed ${seed})`, () => {
    it(
      'refused commands change nothing; every result saves and reopens deep-equal; undo∘redo = identity',
      { timeout: budgetMs },
      () => {
        fc.assert(
          fc.property(fc.nat(), fc.array(actionArb, { minLength: 4, maxLength: 12 }), (start, actions) =>
            runSequence(start, actions),
          ),
          { numRuns: runs, seed },
        );
        expect(tally.sequences).toBeGreaterThanOrEqual(runs);
        expect(tally.refused).toBeGreaterThan(0);
        expect(tally.accepted).toBeGreaterThan(runs);
        console.info(
          `edit property (seed ${seed}): ${tally.sequences} sequences, ${tally.actions} commands (${tally.accepted} changed the design, ${tally.refused} refused and changed nothing), ${tally.undoRedo} undo/redo steps; 0 losses`,
        );
      },
    );
  });
}
