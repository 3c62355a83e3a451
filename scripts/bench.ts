/**
 * `npm run bench` (issue 10, "Benchmarks"): medians of the core analysis on generated data halls
 * (`core/dataHall.ts`, Method B, 48F trunks, 25GBASE-SR), printed as a table and written to
 * `bench/results.json` (name → { median, n, min, max } in ms; heap figures in KiB per 1k fibers).
 * A benchmark, not a test: it asserts nothing about speed. It checks its fixtures before timing
 * (fiber counts, every channel passing, the failing channel failing, `update` equal to a fresh
 * analysis) so a broken generator or analyzer cannot produce a fast but meaningless number.
 *
 * Figures:
 * - full `analyzeDesign` at 2.5k, 10k, 20k, 40k and 100k fibers, and its cost per 1k fibers;
 * - one edit on the 10k hall through `createAnalyzer().update` (a cable length, a cassette swap,
 *   a new cable, a deleted device), each undone untimed between runs, and as a ratio of full;
 *   the design as the edit returns it (its change record names the changed ids,
 *   `core/editChanges.ts`), again found by record identity alone (a shallow copy, which carries
 *   no record), and with the changed ids named by the caller (the records layer);
 * - fixes for one failing channel at 10k (`proposeFixes`), and as a ratio of full;
 * - retained heap of one analysis per 1k fibers (needs `node --expose-gc`).
 *
 * Usage: `npm run bench` (= `node --expose-gc --import tsx scripts/bench.ts`); `--quick` runs
 * fewer iterations and skips 100k.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { analyzeDesign, cableFiberCount, createAnalyzer, generateDataHall, proposeFixes, VERDICTS } from '../src/core';
import type { Design } from '../src/core/design';
import { connectCable, deleteDevices, replacePart, updateCable } from '../src/core/edits';
import { partId, type DeviceId } from '../src/core/ids';
import { figureOf, type Figure } from './benchFigure';

const QUICK = process.argv.includes('--quick');

/**
 * Times `run` (after `warmup` untimed runs) until `budgetMs` has passed and at least `minRuns`
 * ran, at most `maxRuns`; `between` runs untimed after each run (e.g. an undo).
 */
function time(
  run: () => void,
  o: { budgetMs: number; minRuns: number; maxRuns: number; between?: () => void },
): Figure {
  const warmup = QUICK ? 2 : 5;
  for (let i = 0; i < warmup; i++) {
    run();
    o.between?.();
  }
  const xs: number[] = [];
  const start = performance.now();
  while (xs.length < o.maxRuns && (xs.length < o.minRuns || performance.now() - start < o.budgetMs)) {
    const t0 = performance.now();
    run();
    xs.push(performance.now() - t0);
    o.between?.();
  }
  return figureOf(xs);
}

const hall = (racks: number): Design =>
  generateDataHall({ racks, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 });

const failingCount = (d: Design): number =>
  analyzeDesign(d).channels.filter((c) => VERDICTS[c.verdict].cls !== 'pass').length;

const results: Record<string, Figure> = {};
const rows: string[][] = [];
const record = (name: string, f: Figure, note = '', unit = 'ms'): void => {
  results[name] = f;
  rows.push([name, f.median.toFixed(2), String(f.n), f.min.toFixed(2), f.max.toFixed(2), note]);
  console.log(
    `${name}: median ${f.median.toFixed(2)} ${unit} (n ${f.n}, ${f.min.toFixed(2)}–${f.max.toFixed(2)}) ${note}`,
  );
};

// --- Full analysis at each size --------------------------------------------------------------
const SIZES: readonly [string, number][] = [
  ['2.5k', 6],
  ['10k', 24],
  ['20k', 48],
  ['40k', 96],
  ...(QUICK ? [] : ([['100k', 232]] as [string, number][])),
];
const fullMedian = new Map<string, number>();
for (const [size, racks] of SIZES) {
  const d = hall(racks);
  const fibers = cableFiberCount(d);
  if (failingCount(d) > 0) throw new Error(`data hall ${size}: channels that do not pass`);
  const big = fibers > 30_000;
  const f = time(() => analyzeDesign(d), {
    budgetMs: QUICK ? 1500 : 4000,
    minRuns: big ? 5 : 15,
    maxRuns: big ? 15 : 200,
  });
  record(`full analysis ${size} (${fibers} fibers)`, f);
  const per1k = f.median / (fibers / 1000);
  record(`full analysis per 1k fibers at ${size}`, {
    median: per1k,
    n: f.n,
    min: f.min / (fibers / 1000),
    max: f.max / (fibers / 1000),
  });
  fullMedian.set(size, f.median);
}

// --- One edit on the 10k hall ----------------------------------------------------------------
const d0 = hall(24);
const full10k = fullMedian.get('10k') as number;
const trunk = Object.values(d0.cables).find((c) => c.name.endsWith('-P1-01'));
const cassette = Object.values(d0.devices).find((v) => v.name.endsWith('-P2-C1') && v.part.includes('mod-b1'));
if (!trunk || !cassette) throw new Error('data hall 10k: no trunk -P1-01 or cassette -P2-C1');
const swapped = replacePart(d0, { kind: 'device', id: cassette.id }, partId('module/mod-a-12f-1xmpo12-f-upc-om4'));
if (!swapped.ok) throw new Error(`cassette swap refused: ${swapped.reason}`);
const cord = Object.values(d0.cables).find((c) => c.name !== trunk.name && Object.keys(c.ends).length === 2);
const freeCage = (() => {
  // A new cord from a free switch cage to a free cassette front port is refused by `connectCable`
  // when a port is taken; an unplugged new cable (both ends null) is always accepted.
  if (!cord) throw new Error('no cord to copy');
  const r = connectCable(d0, {
    part: cord.part,
    ends: Object.fromEntries(Object.keys(cord.ends).map((k) => [k, null])),
  });
  if (!r.ok) throw new Error(`add cable refused: ${r.reason}`);
  return r.design;
})();
/** Record ids whose object differs between two designs (what the records layer names). */
function changedIds(prev: Design, next: Design): { devices: string[]; cables: string[] } {
  const ids = (p: Readonly<Record<string, unknown>>, n: Readonly<Record<string, unknown>>) =>
    [...new Set([...Object.keys(p), ...Object.keys(n)])].filter((k) => p[k] !== n[k]);
  return { devices: ids(prev.devices, next.devices), cables: ids(prev.cables, next.cables) };
}
const EDITS: readonly [string, Design][] = [
  ['length change', updateCable(d0, trunk.id, { lengthM: trunk.lengthM + 10 })],
  ['cassette swap', swapped.design],
  ['add a cable', freeCage],
  ['delete a device', deleteDevices(d0, [cassette.id as DeviceId])],
];
for (const [name, d1] of EDITS) {
  const analyzer = createAnalyzer();
  analyzer.update(d0);
  analyzer.prepare();
  const check = JSON.stringify(analyzer.update(d1).channels.map((c) => [c.key, c.verdict, c.loss?.totalDb]));
  const fresh = JSON.stringify(analyzeDesign(d1).channels.map((c) => [c.key, c.verdict, c.loss?.totalDb]));
  if (check !== fresh) throw new Error(`${name}: update differs from a fresh analysis`);
  analyzer.update(d0);
  const f = time(() => analyzer.update(d1), {
    budgetMs: QUICK ? 1000 : 3000,
    minRuns: 15,
    maxRuns: 400,
    between: () => analyzer.update(d0),
  });
  record(`10k one edit: ${name}`, f, `${(f.median / full10k).toFixed(3)}× full`);
  // The same design without the edit's change record: every changed collection is enumerated.
  const bare = { ...d1 };
  const h = time(() => analyzer.update(bare), {
    budgetMs: QUICK ? 1000 : 3000,
    minRuns: 15,
    maxRuns: 400,
    between: () => analyzer.update(d0),
  });
  record(`10k one edit: ${name} (by identity)`, h, `${(h.median / full10k).toFixed(3)}× full`);
  // The same edit with the changed record ids named, as the records layer reports them (issue 9).
  const ids = changedIds(d0, d1);
  const g = time(() => analyzer.update(d1, ids), {
    budgetMs: QUICK ? 1000 : 3000,
    minRuns: 15,
    maxRuns: 400,
    between: () => analyzer.update(d0, ids),
  });
  record(`10k one edit: ${name} (ids named)`, g, `${(g.median / full10k).toFixed(3)}× full`);
}

// --- Fixes for one failing channel at 10k -------------------------------------------------------
{
  const bad = swapped.design;
  const a = analyzeDesign(bad);
  const channel = a.channels.find((c) => VERDICTS[c.verdict].cls === 'fail');
  if (!channel) throw new Error('data hall 10k with a MOD-A cassette in Method B: no failing channel');
  const fixes = proposeFixes(bad, a, channel);
  if (fixes.length === 0) throw new Error('no fix proposed for the failing channel');
  const f = time(() => proposeFixes(bad, a, channel), { budgetMs: QUICK ? 1000 : 3000, minRuns: 10, maxRuns: 200 });
  record('10k fixes for one failing channel', f, `${(f.median / full10k).toFixed(3)}× full; ${fixes.length} fixes`);
}

// --- Retained heap per 1k fibers ---------------------------------------------------------------
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  for (const [size, racks] of SIZES.filter(([s]) => s === '10k' || s === '40k')) {
    const d = hall(racks);
    const fibers = cableFiberCount(d);
    analyzeDesign(d); // warm part-level memo tables, shared by every analysis
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const keep = analyzeDesign(d);
    gc();
    const kib = (process.memoryUsage().heapUsed - h0) / 1024 / (fibers / 1000);
    if (keep.channels.length === 0) throw new Error('no channels');
    record(`heap per 1k fibers at ${size} (KiB)`, { median: kib, n: 1, min: kib, max: kib }, '', 'KiB');
  }
} else console.log('heap figures skipped: run with node --expose-gc');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const header = ['figure (ms unless named)', 'median', 'n', 'min', 'max', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (r: readonly string[]) =>
  r.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows) console.log(line(r));
console.log('\nwritten: bench/results.json');
