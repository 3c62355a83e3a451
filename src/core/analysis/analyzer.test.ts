/**
 * The incremental analyzer against a fresh `analyzeDesign` (the independent oracle: it shares no
 * state with the analyzer), after every step of random edit sequences: the traces, channels
 * (verdicts, methods, reasons, loss reports with their breakdowns), findings, and the port map
 * the deliverables derive from the analysis's index must be deep-equal.
 *
 * Bases (drawn as in `scripts/generate-examples.ts` and `core/dataHall.ts`):
 *
 * ```text
 *  GT-06 / GT-06b / GT-10:  SW cage p ─cord─ C1 front-p   C1 MPO ══trunk══ C2 MPO   C2 front-p ─cord─ SW cage p   (p = 1…4)
 *  GT-11:                   Spine QSFP ─Type-B MPO─ MOD-U1 ─ 4 × A-to-B cords ─ Access SFP+ 1…4
 *  data hall (2 panels):    Leaf ─cord─ MOD-B1 ═48F trunk═ MOD-B2 ─cord─ Leaf, twice (two regions)
 *  2026 examples:           as drawn in `scripts/examples2026.ts` (twin-port 800G, DR8 breakout,
 *                           MDC cassettes, pigtails spliced into a trunk)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_2026 } from '../../../scripts/examples2026';
import { brokenMethodA, methodA, methodB, u1Breakout } from '../../../scripts/generate-examples';
import { generateDataHall } from '../dataHall';
import type { Design } from '../design';
import { portMapRows } from '../deliverables/portMap';
import { deleteDevices, updateCable, replacePart } from '../edits';
import { applyStep, editStep, type EditStep } from '../fixtures/editSteps';
import { partId, type CableId, type DeviceId } from '../ids';
import { analyzeDesign, type Analysis } from './analyze';
import { createAnalyzer } from './analyzer';

const hall = (method: 'A' | 'B', panels = 1): Design =>
  generateDataHall({ racks: 2, panelsPerRack: panels, trunksPerPanel: 1, cassettesPerPanel: 2, method });

const BASES: Readonly<Record<string, () => Design>> = {
  'GT-06': methodA,
  'GT-06b': brokenMethodA,
  'GT-10': methodB,
  'GT-11': u1Breakout,
  'hall A': () => hall('A'),
  'hall B 2 panels': () => hall('B', 2),
  // 2026 examples (REFERENCE-2): 800G twin-port optics, DR8 breakout, MDC modules, a spliced trunk.
  ...EXAMPLES_2026,
};

/** What the UI and the CLI read from an analysis, as JSON (loss breakdowns included). */
const consumed = (a: Analysis): string =>
  JSON.stringify({
    fibers: a.fibers,
    channels: a.channels,
    findings: a.findings,
    portMap: portMapRows(a, { mode: 'fiber' }),
  });

/** Equal JSON; on a difference, compares the parsed values for a readable diff. */
function expectSame(actual: Analysis, expected: Analysis, what: string): void {
  const x = consumed(actual);
  const y = consumed(expected);
  if (x !== y) expect(JSON.parse(x), what).toEqual(JSON.parse(y));
}

/** Record ids whose object differs between two designs, as the records layer reports them. */
function changedIds(prev: Design, next: Design) {
  const ids = (p: Readonly<Record<string, unknown>>, n: Readonly<Record<string, unknown>>) =>
    [...new Set([...Object.keys(p), ...Object.keys(n)])].filter((k) => p[k] !== n[k]);
  return { devices: ids(prev.devices, next.devices), cables: ids(prev.cables, next.cables) };
}

/**
 * How the analyzer learns what changed: the caller names the ids (`ids`); the core edits' change
 * records (`records`: the design is passed as the edit returned it); or record identity alone
 * (`identity`: a shallow copy of the design, which carries no change record, is passed).
 */
type Hints = 'ids' | 'records' | 'identity';

/** Runs `steps` on `base`, checking the analyzer against a fresh analysis after each. */
function check(base: Design, steps: readonly EditStep[], hints: Hints): void {
  const analyzer = createAnalyzer();
  let d = base;
  const history: Design[] = [];
  expectSame(analyzer.update(d), analyzeDesign(d), 'first');
  for (const s of steps) {
    history.push(d);
    const next = applyStep(d, s, history);
    const a =
      hints === 'ids'
        ? analyzer.update(next, changedIds(d, next))
        : analyzer.update(hints === 'identity' ? { ...next } : next);
    d = next;
    expectSame(a, analyzeDesign(d), `after ${s.kind}`);
  }
}

describe('createAnalyzer().update equals analyzeDesign after every edit', () => {
  // 2–4 s each on a quiet machine, up to 19 s at load average 9 beside a benchmark: the timeouts
  // (90 s) leave more than 3x over the slowest run seen.
  it.each(Object.keys(BASES))(
    '%s: changes found by record identity',
    (name) => {
      fc.assert(
        fc.property(fc.array(editStep, { minLength: 1, maxLength: 12 }), (steps) =>
          check(BASES[name]!(), steps, 'identity'),
        ),
        { numRuns: 30 },
      );
    },
    90_000,
  );

  it.each(Object.keys(BASES))(
    "%s: changes from the edits' change records (identity for direct writes and undo)",
    (name) => {
      fc.assert(
        fc.property(fc.array(editStep, { minLength: 1, maxLength: 12 }), (steps) =>
          check(BASES[name]!(), steps, 'records'),
        ),
        { numRuns: 20 },
      );
    },
    90_000,
  );

  it.each(Object.keys(BASES))(
    '%s: changes named by id',
    (name) => {
      // Naming ids promises that existing records keep their key order, so no reorder step.
      const steps = fc.array(
        editStep.filter((s) => s.kind !== 'reorder'),
        { minLength: 1, maxLength: 12 },
      );
      fc.assert(
        fc.property(steps, (s) => check(BASES[name]!(), s, 'ids')),
        { numRuns: 20 },
      );
    },
    90_000,
  );
});

describe('what an update reuses', () => {
  /**
   * Two panels, two 24F trunks (2 legs of 12, one cassette pair each): two regions of 24 traces
   * (one per trunk fiber), 12 duplex circuits each. A length edit re-traces nothing; a cassette swap re-traces only its own
   * region; the other region keeps its trace and channel objects.
   */
  const d0 = hall('B', 2);
  const trunk = Object.values(d0.cables).find((c) => c.name.endsWith('-P1-01'))!;
  const cassette = Object.values(d0.devices).find((v) => v.name.endsWith('-P2-C1') && v.part.includes('mod-b1'))!;

  it('keeps every trace and judgement on a length edit, and only the loss of the channels on that cable changes', () => {
    const analyzer = createAnalyzer();
    const a0 = analyzer.update(d0);
    const d1 = updateCable(d0, trunk.id, { lengthM: trunk.lengthM + 40 });
    const a1 = analyzer.update(d1);
    expect(a1.fibers.every((f, i) => f === a0.fibers[i])).toBe(true);
    const onTrunk = (a: Analysis) =>
      a.channels.filter((c) => c.fibers.some((f) => f.hops.some((h) => h.kind === 'cable' && h.cable === trunk.id)));
    // 24 traces on the trunk, two per duplex circuit: 12 channels, each 40 m × 3.5 dB/km = 0.14 dB worse.
    expect(
      onTrunk(a1).map((c, i) => Number(((c.loss?.totalDb ?? 0) - (onTrunk(a0)[i]?.loss?.totalDb ?? 0)).toFixed(3))),
    ).toEqual(Array(12).fill(0.14));
    const others = a1.channels.filter((c) => !onTrunk(a1).includes(c));
    expect(others.every((c) => a0.channels.includes(c))).toBe(true);
  });

  it('re-traces only the region of a swapped cassette', () => {
    const analyzer = createAnalyzer();
    const a0 = analyzer.update(d0);
    const r = replacePart(d0, { kind: 'device', id: cassette.id }, partId('module/mod-a-12f-1xmpo12-f-upc-om4'));
    if (!r.ok) throw new Error(r.reason);
    const a1 = analyzer.update(r.design);
    const kept = a1.fibers.filter((f) => a0.fibers.includes(f));
    expect([a0.fibers.length, a1.fibers.length, kept.length]).toEqual([48, 48, 24]);
    expect(kept.every((f) => !f.hops.some((h) => h.kind === 'device' && h.device === cassette.id))).toBe(true);
  });

  it('gives the same analysis after a deletion is undone (the record returns to its place)', () => {
    const analyzer = createAnalyzer();
    analyzer.update(d0);
    analyzer.update(deleteDevices(d0, [cassette.id as DeviceId]));
    expectSame(analyzer.update(d0), analyzeDesign(d0), 'undone');
  });

  it('reads a deletion and an addition in one edit (a cassette replaced by a copy under a new id)', () => {
    // The copy sits in the same slot and takes the deleted cassette's cables, so the design is
    // wired as d0 is: the same channels, verdicts and losses, with the copy's id in the hops.
    const copyId = `${cassette.id}-copy` as DeviceId;
    const rewired = (c: Design['cables'][string]) =>
      Object.values(c.ends).some((r) => r?.device === cassette.id)
        ? {
            ...c,
            ends: Object.fromEntries(
              Object.entries(c.ends).map(([k, r]) => [k, r?.device === cassette.id ? { ...r, device: copyId } : r]),
            ),
          }
        : c;
    const analyzer = createAnalyzer();
    analyzer.update(d0);
    // A first edit of both collections records their key order, so the next one is read in step
    // with it. Both designs are built by hand: a design made by the core edits carries change
    // records (core/editChanges.ts), and then the analyzer reads those instead of scanning.
    const other = Object.values(d0.devices).find((v) => v.id !== cassette.id)!;
    const d1: Design = {
      ...d0,
      devices: { ...d0.devices, [other.id]: { ...other, name: 'renamed' } },
      cables: { ...d0.cables, [trunk.id]: { ...trunk, lengthM: trunk.lengthM + 1 } },
    };
    analyzer.update(d1);
    const { [cassette.id]: _gone, ...rest } = d1.devices;
    const d2: Design = {
      ...d1,
      devices: { ...rest, [copyId]: { ...cassette, id: copyId } },
      cables: Object.fromEntries(Object.entries(d1.cables).map(([id, c]) => [id, rewired(c)])),
    };
    const a2 = analyzer.update(d2);
    expectSame(a2, analyzeDesign(d2), 'replaced');
    const verdicts = (a: Analysis) => a.channels.map((c) => [c.verdict, c.loss?.totalDb]);
    expect(verdicts(a2)).toEqual(verdicts(analyzeDesign(d1)));
    expect(a2.fibers.some((f) => f.hops.some((h) => h.kind === 'device' && h.device === copyId))).toBe(true);
  });

  it('keeps an older analysis answering for its own design', () => {
    const analyzer = createAnalyzer();
    analyzer.update(d0);
    const d1 = updateCable(d0, trunk.id as CableId, { lengthM: 5 });
    const a1 = analyzer.update(d1);
    analyzer.update(deleteDevices(d1, [cassette.id as DeviceId]));
    // a1's index has detached: its reads now come from d1, not from the newer design.
    expectSame(a1, analyzeDesign(d1), 'older');
  });
});
