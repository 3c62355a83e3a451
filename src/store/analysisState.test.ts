/**
 * The analysis binding with the same-thread engine (jsdom has no Worker): after edits of a
 * design source the state shows the view a fresh `analyzeDesign` gives, marked pending until
 * then; quick successive edits are coalesced; the focus follows the selection.
 *
 * ```text
 *  GT-06b (p = 1…4):
 *  SW cage p ─PC-R12-0p (A-to-B)─ C1 front-p   C1 MPO ══TR (Type A)══ C2 MPO   C2 front-p ─PC-R14-0p (A-to-B)─ SW cage p
 *  Method A needs one A-to-B and one A-to-A cord: two A-to-B flips are even, Tx meets Tx on all four.
 * ```
 */
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { brokenMethodA } from '../../scripts/generate-examples';
import { analyzeDesign } from '../core/analysis/analyze';
import { applyViewPatch, createViewBuilder } from '../core/analysis/viewPatch';
import type { Design } from '../core/design';
import { updateCable } from '../core/edits';
import type { CableId } from '../core/ids';
import { bindAnalysis, sameThreadEngine } from './analysisState';
import type { Selection } from './session';

const fresh = (d: Design) => {
  const v = applyViewPatch(null, createViewBuilder().update(analyzeDesign(d)));
  return { channels: v.channels, findings: v.findings, counts: v.counts, ports: [...v.ports] };
};

function source(doc: Design) {
  return createStore<{ doc: Design; session: { selection: Selection | null } }>(() => ({
    doc,
    session: { selection: null },
  }));
}

describe('the analysis binding', () => {
  it('shows the fresh view of every edit, pending until it arrives; coalesces quick edits', async () => {
    const d0 = brokenMethodA();
    const src = source(d0);
    const b = bindAnalysis(src, sameThreadEngine());
    await b.settled();
    const v0 = b.state.getState().view!;
    expect({ ...fresh(d0), ports: [...v0.ports] }).toEqual(fresh(d0));
    // Four failing circuits, none passing (from the drawing above).
    expect(v0.counts.fail).toBe(4);
    expect(v0.counts.pass).toBe(0);

    const cord = Object.values(d0.cables).find((c) => c.name === 'PC-R12-02')!;
    const d1 = updateCable(d0, cord.id as CableId, { lengthM: 7 });
    const d2 = updateCable(d1, cord.id as CableId, { lengthM: 9 });
    const seq = b.state.getState().seq;
    src.setState({ doc: d1 });
    expect(b.state.getState().pending).toBe(true);
    src.setState({ doc: d2 });
    await b.settled();
    const s = b.state.getState();
    expect(s.pending).toBe(false);
    expect(s.of).toBe(d2);
    // d1 was never sent on its own: one result for both edits.
    expect(s.seq).toBe(seq + 1);
    expect({ channels: s.view!.channels, findings: s.view!.findings, counts: s.view!.counts }).toEqual({
      channels: fresh(d2).channels,
      findings: fresh(d2).findings,
      counts: fresh(d2).counts,
    });
    b.stop();
  });

  it('fetches the focus of the selection: the failing channel in full', async () => {
    const d0 = brokenMethodA();
    const src = source(d0);
    const b = bindAnalysis(src, sameThreadEngine());
    await b.settled();
    const failing = analyzeDesign(d0).channels.find((c) => c.verdict === 'tx-to-tx')!;
    src.setState({ session: { selection: { kind: 'channel', key: failing.key } } });
    await b.settled();
    const f = b.state.getState().focus!;
    expect(f.selection).toBe(`channel:${failing.key}`);
    expect(f.detail?.row.verdict).toBe('tx-to-tx');
    expect(f.detail?.fibers).toHaveLength(2);
    // Fixes on demand: either A-to-B cord of the circuit replaced by an A-to-A cord makes it pass.
    const fixes = await b.engine.fixes(failing.key);
    const cords = new Set(
      Object.values(d0.cables)
        .filter((c) => f.path?.cables.includes(c.id) && c.name.startsWith('PC-'))
        .map((c) => c.id as string),
    );
    expect(cords.size).toBe(2);
    const aa = fixes?.fixes.filter(
      (x) => cords.has(x.target.id) && /A-to-A/.test(x.description) && x.verdictAfter === 'ok',
    );
    expect([...new Set(aa?.map((x) => x.target.id))].sort()).toEqual([...cords].sort());
    b.stop();
  });
});
