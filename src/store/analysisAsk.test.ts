/**
 * Asking the analysis engine on demand from the main thread (`analysisAsk.ts`), with the
 * same-thread engine (jsdom has no Worker): an answer carries the version of the analysis it was
 * computed from, an answer asked before an edit is recognised as stale once the edit's view is
 * shown, and `askCurrent` answers about the source's newest design even when the design changes
 * while it asks. Without a binding, `askAbout` answers on this thread.
 *
 * ```text
 *  GT-06b (p = 1…4):
 *  SW cage p ─PC-R12-0p (A-to-B)─ C1 front-p   C1 MPO ══TR (Type A)══ C2 MPO   C2 front-p ─PC-R14-0p (A-to-B)─ SW cage p
 *  A longer trunk (90 m → 150 m) raises every channel's loss by 60 m × 3.5 dB/km = 0.21 dB at
 *  850 nm (the engine's default multimode attenuation, the IEEE 802.3 link-model value; REFERENCE
 *  §7 table): the port map rows' loss follows the newest design.
 * ```
 */
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { brokenMethodA } from '../../scripts/generate-examples';
import { analyzeDesign } from '../core/analysis/analyze';
import { portMapRows } from '../core/deliverables/portMap';
import type { Design } from '../core/design';
import { updateCable } from '../core/edits';
import type { CableId } from '../core/ids';
import { askAbout, askCurrent } from './analysisAsk';
import { bindAnalysis, sameThreadEngine } from './analysisState';
import type { Selection } from './session';

function source(doc: Design) {
  return createStore<{ doc: Design; session: { selection: Selection | null } }>(() => ({
    doc,
    session: { selection: null },
  }));
}

const ROWS = { kind: 'port-map-rows', mode: 'fiber' } as const;
const lossOf = (rows: readonly { readonly loss: { readonly lossDb: number } | null }[]) =>
  rows.map((r) => r.loss?.lossDb ?? null);
const trunkOf = (d: Design) => Object.values(d.cables).find((c) => c.name.startsWith('TR'))!;

describe('asking the analysis engine', () => {
  it('drops an answer asked before an edit; askCurrent answers about the newest design', async () => {
    const d0 = brokenMethodA();
    const src = source(d0);
    const b = bindAnalysis(src, sameThreadEngine());
    await b.settled();
    const v0 = b.version();
    expect(v0).toBe(1);
    const trunk = trunkOf(d0);
    expect(trunk.lengthM).toBe(90);
    const d1 = updateCable(d0, trunk.id as CableId, { lengthM: 150 });

    // Asked before the edit, answered about the old design: stale once the edit is shown.
    const early = b.engine.ask(ROWS);
    src.setState({ doc: d1 });
    const asked = askCurrent(b, ROWS);
    const [old, current] = await Promise.all([early, asked]);
    expect(old.version).toBe(v0);
    expect(b.version()).toBe(v0 + 1);
    expect(old.version).not.toBe(b.version());
    expect(b.state.getState().of).toBe(d1);

    // The current answer is the newest design's rows (the oracle: a fresh analysis here).
    expect(current).toEqual(portMapRows(analyzeDesign(d1), { mode: 'fiber' }));
    const before = lossOf(old.value);
    const after = lossOf(current);
    expect(after).toHaveLength(before.length);
    after.forEach((l, i) => {
      const was = before[i];
      if (l === null || was === null || was === undefined) return;
      expect(l - was).toBeCloseTo(0.21, 3);
    });
    expect(after.some((l) => l !== null)).toBe(true);
    b.stop();
  });

  it('askAbout answers on this thread when no app binding exists', async () => {
    const d = brokenMethodA();
    expect(await askAbout(d, ROWS)).toEqual(portMapRows(analyzeDesign(d), { mode: 'fiber' }));
  });
});
