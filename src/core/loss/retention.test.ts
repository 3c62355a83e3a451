/**
 * An analysis must not outlive itself through the loss engine's memo tables: a table keyed by a
 * long-lived object (an application's wavelength array, a part) must not hold an index or a path
 * context, or every analysis keeps the previous one's index alive until the next one (the
 * collector then copies it again; issue 10 §2). Checked with a `WeakRef` to the index and a full
 * collection (`gc` exposed through V8 flags).
 *
 *   design (2 racks, Method B) ──analyzeDesign──► analysis ──► index  (only a WeakRef kept)
 *                                                   │
 *                                 loss reports ─────┘ (path contexts by wavelength array)
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze';
import { generateDataHall } from '../dataHall';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Analyses a fresh hall and returns a weak reference to its index and its channel count. */
function analyseAndDrop(): { ref: WeakRef<object>; lossReports: number } {
  const a = analyzeDesign(generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 2 }));
  return { ref: new WeakRef(a.index), lossReports: a.channels.filter((c) => c.loss !== null).length };
}

describe('loss memo tables and analysis lifetime', () => {
  it('drops the index of an analysis nobody holds', async () => {
    const { ref, lossReports } = analyseAndDrop();
    // The analysis did build loss reports (so path contexts were made and memoised).
    expect(lossReports).toBeGreaterThan(0);
    // A WeakRef target stays alive until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
  });
});
