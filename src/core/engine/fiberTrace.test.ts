/**
 * The engine's `Trace` (hops kept as compact steps, built on first read): what JSON, a structured
 * clone (a worker posting a view), a renumbered copy and the channel detail see. Expected hops
 * are written by hand from the GT-06 topology (TIA-568.3-E Method A, REFERENCE §5.3):
 *
 * ```text
 *  SW1 cage-1 ─cord (A-to-B)─ C1 front-1   C1 rear MPO ══Type A trunk══ C2 rear MPO   C2 front-1 ─cord (A-to-A)─ SW2 cage-1
 * ```
 *
 * A fiber from a transmitter crosses five hops: cord, cassette, trunk, cassette, cord.
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../../scripts/generate-examples';
import { analyzeDesign } from '../analysis/analyze';
import { channelDetail } from '../analysis/channelDetail';
import { buildDesignIndex } from './designIndex';
import { plainTrace, Trace, withTraceId, type FiberTrace } from './fiberTrace';
import { traceAllFibers } from './trace';

const a = analyzeDesign(methodA());
const lit = a.fibers.find((f) => f.start.kind === 'tx') as FiberTrace;
const kinds = (f: FiberTrace) => f.hops.map((h) => h.kind);

describe('Trace: hops built from compact steps on first read', () => {
  it('is what the engine makes, with the five hops of the structured path', () => {
    expect(lit).toBeInstanceOf(Trace);
    expect(kinds(lit)).toEqual(['cable', 'device', 'cable', 'device', 'cable']);
    expect((lit as Trace).stepCount).toBe(5);
    // Built once and cached: the same array on every read.
    expect(lit.hops).toBe(lit.hops);
  });

  it('serialises its hops through toJSON, in the plain field order', () => {
    const json = JSON.parse(JSON.stringify(lit)) as FiberTrace;
    expect(Object.keys(json)).toEqual(['id', 'start', 'end', 'hops']);
    expect(json.hops).toEqual(JSON.parse(JSON.stringify(lit.hops)));
  });

  it('loses its hops in a structured clone; plainTrace keeps them', () => {
    expect((structuredClone(lit) as Partial<FiberTrace>).hops).toBeUndefined();
    const plain = structuredClone(plainTrace(lit));
    expect(kinds(plain)).toEqual(['cable', 'device', 'cable', 'device', 'cable']);
    expect(plain.hops).toEqual(lit.hops);
  });

  it('keeps its steps under another id', () => {
    const copy = withTraceId(lit, 999);
    expect(copy).toBeInstanceOf(Trace);
    expect([copy.id, copy.start, copy.end]).toEqual([999, lit.start, lit.end]);
    expect(copy.hops).toEqual(lit.hops);
  });

  it('reaches the channel detail as plain traces with hops, safe to post from a worker', () => {
    const channel = a.channels.find((c) => c.fibers.includes(lit));
    const d = channel ? channelDetail(a, channel.key) : null;
    const posted = structuredClone(d);
    expect(posted?.channel.fibers.map(kinds)).toEqual(channel?.fibers.map(kinds));
    expect(posted?.fibers.map((r) => r.trace.hops.length)).toEqual(posted?.fibers.map(() => 5));
  });
  it('keeps its first step slot and hop count in one number, for any slot and up to 65,535 hops', () => {
    const t = lit as Trace;
    for (const [at, n] of [
      [0, 0],
      [12_285, 1],
      [3, 20_001],
      [40_000, 65_535], // past a run's chunk: a double, still exact
    ] as const) {
      const copy = new Trace(1, t.start, t.end, t.steps, at, n);
      expect([copy.stepAt, copy.stepCount]).toEqual([at, n]);
    }
    expect(() => new Trace(1, t.start, t.end, t.steps, 0, 65_536)).toThrow(RangeError);
    expect(() => new Trace(1, t.start, t.end, t.steps, 0, -1)).toThrow(RangeError);
    // A renumbered copy built after the hops were read shares the built hops.
    const hops = lit.hops;
    expect(withTraceId(lit, 99).hops).toBe(hops);
  });
  it("a run's last steps buffer ends at its last trace's last step (no unused slots kept)", () => {
    const traces = traceAllFibers(buildDesignIndex(methodA())) as Trace[];
    const last = traces.at(-1)!;
    expect(last.stepCount).toBeGreaterThan(0);
    expect(last.steps.length).toBe(last.stepAt + 3 * last.stepCount);
    // Every trace's steps lie inside its buffer.
    for (const t of traces) expect(t.stepAt + 3 * t.stepCount).toBeLessThanOrEqual(t.steps.length);
  });
});
