/**
 * Narrow fix search (analysis/fixes.ts): each candidate is judged on the failing channel's region
 * only. The oracle is the whole-design search written out here (every candidate of `fixCandidates`
 * applied to the whole design and analysed from scratch), which must propose exactly the same fixes in the same
 * order on random designs; and a search stops when its signal aborts.
 *
 * ```text
 *  GT-06b:  Leaf-1 cage p ─A-to-B─ MOD-A ══Type-A trunk══ MOD-A ─A-to-B─ Leaf-2 cage p   (p = 1…4, Tx→Tx)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenMethodA, methodB, u1Breakout } from '../../../scripts/generate-examples';
import type { Design } from '../design';
import { VERDICTS } from '../engine/channels';
import { applyStep, editStep } from '../fixtures/editSteps';
import { analyzeDesign, type AnalysedChannel, type Analysis } from './analyze';
import { fixCandidates } from './fixCandidates';
import { proposeFixes, proposeFixesAsync, substitutePart, successorChannel, type ProposedFix } from './fixes';

const cls = (c: AnalysedChannel) => VERDICTS[c.verdict].cls;
const passes = (c: AnalysedChannel) => cls(c) === 'pass' || cls(c) === 'warning';

/**
 * The whole-design search: every candidate of `fixCandidates` (the same candidates; what differs
 * is the judging) applied to the whole design and analysed afresh, loss included.
 */
function wholeDesignFixes(design: Design, analysis: Analysis, channel: AnalysedChannel): ProposedFix[] {
  if (passes(channel)) return [];
  const { index } = analysis;
  const before = new Map(analysis.channels.map((c) => [c.key, cls(c)] as const));
  const out: ProposedFix[] = [];
  for (const { target, toPart, toFiberType } of fixCandidates(design, index, channel)) {
    const current = target.kind === 'cable' ? design.cables[target.id] : design.devices[target.id];
    if (!current) continue;
    const after = analyzeDesign(substitutePart(design, target, toPart, toFiberType));
    const same = successorChannel(after.channels, channel);
    if (!same || !passes(same)) continue;
    const others = after.channels.filter(
      (c) => c !== same && c.key !== channel.key && before.has(c.key) && before.get(c.key) !== cls(c),
    ).length;
    out.push({
      target,
      targetName: current.name,
      fromPart: current.part,
      toPart,
      ...(toFiberType ? { toFiberType } : {}),
      description: expect.any(String) as unknown as string,
      verdictAfter: same.verdict,
      otherChannelsChanged: others,
    });
  }
  return out.sort(
    (x, y) =>
      VERDICTS[y.verdictAfter].rank - VERDICTS[x.verdictAfter].rank || x.otherChannelsChanged - y.otherChannelsChanged,
  );
}

describe('narrow fix search', () => {
  it('proposes what the whole-design search proposes, on random designs', () => {
    const bases = [brokenMethodA, methodB, u1Breakout];
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(editStep, { maxLength: 6 }), (b, steps) => {
        let d = bases[b]!();
        for (const s of steps) d = applyStep(d, s);
        const a = analyzeDesign(d);
        for (const c of a.channels.filter((x) => !passes(x)).slice(0, 2))
          expect(proposeFixes(d, a, c)).toEqual(wholeDesignFixes(d, a, c));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('stops when the design changes (its signal aborts)', async () => {
    const d = brokenMethodA();
    const a = analyzeDesign(d);
    const failing = a.channels.find((c) => !passes(c))!;
    const stop = new AbortController();
    stop.abort(new Error('design changed'));
    expect(() => proposeFixes(d, a, failing, { signal: stop.signal })).toThrow('design changed');
    // Aborted while paused between candidates (a worker's cancel message arrives in the pause).
    const late = new AbortController();
    let pauses = 0;
    const search = proposeFixesAsync(d, a, failing, {
      signal: late.signal,
      everyMs: 0,
      pause: async () => {
        pauses += 1;
        if (pauses === 3) late.abort(new Error('edited'));
      },
    });
    await expect(search).rejects.toThrow('edited');
    expect(pauses).toBe(3);
    // Not aborted: the same proposals as the synchronous search.
    expect(await proposeFixesAsync(d, a, failing, { everyMs: 0 })).toEqual(proposeFixes(d, a, failing));
  });
});
