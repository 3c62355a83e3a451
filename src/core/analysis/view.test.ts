/**
 * The analysis view a worker posts (analysis/view.ts, viewPatch.ts) and one channel on demand
 * (channelDetail.ts). Expectations come from the analysis itself read another way (a fresh
 * builder on a fresh `analyzeDesign`), from hand counts, and from `structuredClone` (the data
 * must cross a worker boundary unchanged).
 *
 * ```text
 *  GT-06b:  Leaf-1 cage p ─A-to-B─ R12-P1-C1 front-p   R12-P1-C1 MPO ══Type-A trunk══ R14-P1-C1 MPO
 *           R14-P1-C1 front-p ─A-to-B─ Leaf-2 cage p    (p = 1…4: four duplex channels, each Tx→Tx)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenMethodA, methodB } from '../../../scripts/generate-examples';
import type { Design } from '../design';
import { updateCable } from '../edits';
import { applyStep, editStep, type EditStep } from '../fixtures/editSteps';
import { analyzeDesign } from './analyze';
import { createAnalyzer } from './analyzer';
import { channelDetail, channelsAtPort } from './channelDetail';
import type { AnalysisView } from './view';
import { applyViewPatch, createViewBuilder } from './viewPatch';

/** A view as plain data, ports sorted (map order is not part of the view). */
const plain = (v: AnalysisView) => ({
  channels: v.channels,
  ports: [...v.ports].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
  findings: v.findings,
  counts: v.counts,
  fibers: v.fibers,
});

/** The view of a design from scratch: a new builder on a new analysis. */
const freshView = (d: Design) => {
  const b = createViewBuilder();
  b.update(analyzeDesign(d));
  return b.view as AnalysisView;
};

describe('analysis view', () => {
  const d = brokenMethodA();

  it('names every channel and classes its ports (GT-06b: four failing duplex channels)', () => {
    const v = freshView(d);
    expect(v.channels.filter((r) => r.equipment).map((r) => [r.kind, r.verdict, r.cls, r.fiberCount])).toEqual(
      Array(4).fill(['duplex', 'tx-to-tx', 'fail', 2]),
    );
    expect(v.counts).toEqual({ fail: 4, unchecked: 0, unverified: 0, warning: 0, open: 0, pass: 0 });
    const row = v.channels[0]!;
    expect([row.a.name, row.b.name].sort()).toEqual(['Leaf-1 Eth1', 'Leaf-2 Eth1']);
    expect(row.applications).toBe('10GBASE-SR');
    // The two cages, the two cassette fronts and the two rear MPOs of circuit 1 are failing ports.
    const detail = channelDetail(analyzeDesign(d), row.key)!;
    expect(detail.path.ports.map((k) => v.ports.get(k)?.cls)).toEqual(detail.path.ports.map(() => 'fail'));
    expect(detail.path.ports).toHaveLength(6);
  });

  it('sends a full patch first, then only the rows and ports an edit changed', () => {
    const analyzer = createAnalyzer();
    const builder = createViewBuilder();
    const first = builder.update(analyzer.update(d));
    expect([first.base, first.channels.length, first.removed.length]).toEqual([-1, builder.view!.channels.length, 0]);
    let view = applyViewPatch(null, first);
    expect(plain(view)).toEqual(plain(builder.view!));
    // A cord length: its one channel gets a new row; no port changes class (it fails anyway).
    const cord = Object.values(d.cables).find((c) => c.name === 'PC-R12-02')!;
    const d1 = updateCable(d, cord.id, { lengthM: 7 });
    const patch = builder.update(analyzer.update(d1));
    expect([patch.base, patch.channels.length, patch.removed, patch.ports, patch.findings]).toEqual([
      1,
      1,
      [],
      [],
      null,
    ]);
    view = applyViewPatch(view, patch);
    expect(plain(view)).toEqual(plain(freshView(d1)));
  });

  it('refuses a patch for another revision', () => {
    const builder = createViewBuilder();
    const a = analyzeDesign(d);
    builder.update(a);
    const second = builder.update(a);
    expect(() => applyViewPatch(null, second)).toThrow('view patch for revision 1 cannot apply to revision none');
  });

  it('renames an open end when an edit elsewhere changes the labels that name it (same channel object)', () => {
    // Found by the property below: a cassette deleted (its cords' far ends become unplugged), then
    // the switch given an unknown part (its ports lose their Eth names), then a length edit.
    const steps: EditStep[] = [
      { kind: 'delete-device', a: 45724271, b: 0, c: 0 },
      { kind: 'unknown-part', a: 1199286156, b: 0, c: 20857305 },
      { kind: 'length', a: 0, b: 0, c: 0 },
    ];
    const analyzer = createAnalyzer();
    const builder = createViewBuilder();
    let design = methodB();
    let view = applyViewPatch(null, builder.update(analyzer.update(design)));
    const history: Design[] = [];
    for (const s of steps) {
      history.push(design);
      design = applyStep(design, s, history);
      view = applyViewPatch(view, builder.update(analyzer.update(design)));
      expect(plain(view)).toEqual(plain(freshView(design)));
    }
  });

  it('rebuilds, patch by patch, the view of every design of a random edit sequence', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 10 }), (steps) => {
        const analyzer = createAnalyzer();
        const builder = createViewBuilder();
        let design = methodB();
        let view = applyViewPatch(null, builder.update(analyzer.update(design)));
        const history: Design[] = [];
        for (const s of steps) {
          history.push(design);
          design = applyStep(design, s, history);
          view = applyViewPatch(view, builder.update(analyzer.update(design)));
          expect(plain(view)).toEqual(plain(freshView(design)));
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('crosses a worker boundary unchanged (structured clone), loss breakdown included', () => {
    const a = analyzeDesign(methodB());
    const builder = createViewBuilder();
    const patch = builder.update(a);
    expect(structuredClone(patch)).toEqual(patch);
    const detail = channelDetail(a, a.channels[0]!.key)!;
    const copy = structuredClone(detail);
    expect(copy.channel.loss?.hops.length).toBeGreaterThan(0);
    expect(copy.channel.loss?.hops).toEqual(detail.channel.loss?.hops);
    expect(copy.fibers.map((f) => f.hops.length)).toEqual(detail.channel.fibers.map((f) => f.hops.length));
  });

  it('lists the channels through a port, equipment channels first', () => {
    const a = analyzeDesign(d);
    const sw1 = Object.values(d.devices).find((v) => v.name === 'Leaf-1')!;
    const keys = channelsAtPort(a, { device: sw1.id, port: 'cage-3' });
    expect(keys).toHaveLength(1);
    expect(a.channels.find((c) => c.key === keys[0])?.a.key).toMatch(/^dev:/);
  });
});
