/**
 * The analysis worker's protocol, run in-process: the service is exposed with comlink on one end
 * of a Node `MessageChannel` and called through the other, as the app calls the Web Worker (so
 * every message is structured-cloned). After every step of random edit sequences, the main
 * side sends only `designChange(prev, next)` and applies the patch it gets back; the view it
 * holds must equal the view built from a fresh `analyzeDesign(next)` on this side (the oracle
 * shares no state with the service), and so must the field-test rows and the focused channel.
 *
 * Bases (as in `core/analysis/analyzer.test.ts`):
 *
 * ```text
 *  GT-06b:           SW cage p ─cord─ C1 front-p   C1 MPO ══trunk══ C2 MPO   C2 front-p ─cord─ SW cage p
 *                    (a Method A trunk with a cassette pair that breaks polarity: failing channels)
 *  GT-11:            Spine QSFP ─Type-B MPO─ MOD-U1 ─ 4 × A-to-B cords ─ Access SFP+ 1…4
 *  data hall:        Leaf ─cord─ MOD-B1 ═48F trunk═ MOD-B2 ─cord─ Leaf, twice (two regions)
 *  spliced trunk:    pigtail splice cassettes on a spliced trunk (`scripts/examples2026.ts`)
 * ```
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES_2026 } from '../../scripts/examples2026';
import { brokenMethodA, u1Breakout } from '../../scripts/generate-examples';
import { analyzeDesign, type Analysis } from '../core/analysis/analyze';
import { channelPath } from '../core/analysis/channelClass';
import type { AnalysisView } from '../core/analysis/view';
import { applyViewPatch, createViewBuilder } from '../core/analysis/viewPatch';
import { generateDataHall } from '../core/dataHall';
import type { Design } from '../core/design';
import { deleteDevices, updateCable } from '../core/edits';
import { applyStep, editStep, type EditStep } from '../core/fixtures/editSteps';
import type { DeviceId } from '../core/ids';
import { fieldRow, type FieldRow } from './analysisFocus';
import { designChange } from './designChange';
import { closeRemoteServices, remoteService } from './fixtures/remoteService';

const BASES: Readonly<Record<string, () => Design>> = {
  'GT-06b': brokenMethodA,
  'GT-11': u1Breakout,
  'hall B 2 panels': () =>
    generateDataHall({ racks: 2, panelsPerRack: 2, trunksPerPanel: 1, cassettesPerPanel: 2, method: 'B' }),
  'spliced trunk': EXAMPLES_2026['spliced-trunk.json']!,
};

afterAll(closeRemoteServices);

/** The view a fresh analysis gives, without the revision (which counts updates). */
function freshView(a: Analysis) {
  return comparable(applyViewPatch(null, createViewBuilder().update(a)));
}
const comparable = (v: AnalysisView) => ({
  channels: v.channels,
  ports: [...v.ports].sort(([x], [y]) => (x < y ? -1 : 1)),
  findings: v.findings,
  counts: v.counts,
  fibers: v.fibers,
});
function freshField(d: Design, a: Analysis): [string, FieldRow][] {
  const out: [string, FieldRow][] = [];
  for (const c of a.channels) {
    const r = fieldRow(d, c);
    if (r) out.push([c.key, JSON.parse(JSON.stringify(r)) as FieldRow]);
  }
  return out;
}

/** Runs `steps` on `base` through the remote service, checking the held view after each. */
async function check(base: Design, steps: readonly EditStep[]): Promise<void> {
  const remote = remoteService();
  let d = base;
  const first = await remote.load(d);
  let view = applyViewPatch(null, first.patch);
  const field = new Map(first.field.map(([k, r]) => [k, r as FieldRow]));
  const history: Design[] = [];
  for (const s of steps) {
    history.push(d);
    const next = applyStep(d, s, history);
    const up = await remote.apply(designChange(d, next)!);
    view = applyViewPatch(view, up.patch);
    for (const [k, r] of up.field) {
      if (r) field.set(k, r);
      else field.delete(k);
    }
    d = next;
    const a = analyzeDesign(d);
    expect(comparable(view), `view after ${s.kind}`).toEqual(freshView(a));
    const byKey = (xs: [string, FieldRow][]) => xs.sort(([x], [y]) => (x < y ? -1 : 1));
    expect(JSON.parse(JSON.stringify(byKey([...field]))), `field rows after ${s.kind}`).toEqual(
      byKey(freshField(d, a)),
    );
  }
  // The focus of the first failing (else first) channel: its row and path as a fresh analysis has them.
  const a = analyzeDesign(d);
  const c = a.channels.find((x) => x.verdict !== 'ok') ?? a.channels[0];
  if (!c) return;
  const f = await remote.focus({ kind: 'channel', key: c.key });
  const p = channelPath(a.index, c);
  expect(f?.detail?.row).toEqual(view.channels.find((r) => r.key === c.key));
  expect(f?.path).toEqual({ cables: [...p.cables], ports: [...p.ports], devices: [...p.devices] });
  expect(f?.detail?.fibers.map((x) => x.trace.id)).toEqual(c.fibers.map((x) => x.id).sort((x, y) => x - y));
}

describe('the analysis worker protocol: the main side holds what a fresh analysis shows', () => {
  // ~1–3 s each quiet; the timeouts leave more than 3x over the slowest run seen under load.
  it.each(Object.keys(BASES))(
    '%s: random edit sequences',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(fc.array(editStep, { minLength: 1, maxLength: 10 }), (steps) => check(BASES[name]!(), steps)),
        { numRuns: 12 },
      );
    },
    120_000,
  );

  it('sends only the changed records, and the whole collection when an undone delete reorders it', () => {
    const d0 = BASES['hall B 2 panels']!();
    const cable = Object.values(d0.cables)[5]!;
    const length = designChange(d0, updateCable(d0, cable.id, { lengthM: 33 }))!;
    // One cable record crosses, not the design: 1 record of 12.
    expect(length.meta).toEqual([]);
    expect(length.collections).toEqual([['cables', { set: [[cable.id, { ...cable, lengthM: 33 }]], deleted: [] }]]);
    const dev = Object.keys(d0.devices)[1] as DeviceId;
    const d1 = deleteDevices(d0, [dev]);
    // Undo puts the device back in its place (second), which appending could not reproduce.
    const undo = designChange(d1, d0)!;
    const devices = undo.collections.find(([n]) => n === 'devices')?.[1];
    expect(devices && 'all' in devices ? Object.keys(devices.all ?? {}) : null).toEqual(Object.keys(d0.devices));
  });

  it('answers a focus for a port with the number of channels through it', async () => {
    const d = brokenMethodA();
    const remote = remoteService();
    await remote.load(d);
    const a = analyzeDesign(d);
    const c = a.channels[0]!;
    const port = [...channelPath(a.index, c).ports][0]!;
    const [device, p] = port.split('#') as [DeviceId, string];
    const f = await remote.focus({ kind: 'port', ref: { device, port: p } });
    const through = a.channels.filter((x) => channelPath(a.index, x).ports.has(port)).length;
    expect(through).toBeGreaterThan(0);
    expect(f?.portChannels).toBe(through);
    expect(f?.selection).toBe(`port:${port}`);
  });
});
