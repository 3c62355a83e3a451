/**
 * Measures the two document models issue 9 §3 names, on the 10,000-fiber generated data hall
 * (`src/core/dataHall.ts`): Yjs as this app uses it (one `Y.Map` per record
 * collection, records as plain JSON values replaced whole; `src/io/records`) and Automerge 3
 * (the design as nested maps, the way automerge-repo documents are written).
 *
 *   open            bytes of the stored document → a document in memory → the app's snapshot
 *   one edit        change one cable's length and produce the update to store and send
 *   remote apply    apply that update on a second replica and bring its snapshot up to date
 *   full rebuild    the whole snapshot from the document (start-up, after a migration)
 *   memory          heap (+ WASM/array buffers) held by one open document with its snapshot
 *
 * Run: `npm run measure:doc-model` (tsx with --expose-gc). Prints a table of medians.
 */
import * as A from '@automerge/automerge';
import * as Y from 'yjs';
import type { Design } from '../src/core/design';
import * as E from '../src/core/edits';
import { DATA_HALL_SIZES, cableFiberCount, generateDataHall } from '../src/core/dataHall';
import { cableId } from '../src/core/ids';
import { applyDiff, changedKeys, designToDoc, diffDesign, readSnapshot, refreshSnapshot } from '../src/io/records';

const RUNS = Number(process.env.RUNS ?? 7);
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Median of `RUNS` timings of `f` in ms (after one warm-up run). When `f` returns a number, that
 * is the run's time (it timed only part of its work).
 */
function time(f: () => number | void): number {
  f();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const own = f();
    t.push(typeof own === 'number' ? own : performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)] as number;
}

/** Bytes held after `build()` (heap + array buffers, i.e. WASM memory too), measured around gc. */
function held(build: () => unknown): number {
  if (!gc) return Number.NaN;
  gc();
  const before = process.memoryUsage();
  const keep = build();
  gc();
  const after = process.memoryUsage();
  void keep;
  return after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const kb = (x: number) => (Number.isNaN(x) ? 'n/a (run with --expose-gc)' : `${(x / 1024).toFixed(0)} KB`);

const design = generateDataHall(DATA_HALL_SIZES['10k']);
const cableKeys = Object.keys(design.cables);
const key = cableKeys[Math.floor(cableKeys.length / 2)] as string;
const counts = ['racks', 'devices', 'cables', 'parts'].map(
  (c) => Object.keys(design[c as keyof Design] as object).length,
);

// ---- Yjs -------------------------------------------------------------------------------------
const yBytes = Y.encodeStateAsUpdate(designToDoc(design));
const yOpen = time(() => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, yBytes);
  readSnapshot(doc);
});
const yA = new Y.Doc();
Y.applyUpdate(yA, yBytes);
const yB = new Y.Doc();
Y.applyUpdate(yB, yBytes);
let snapA = readSnapshot(yA);
let snapB = readSnapshot(yB);
let yUpdate: Uint8Array = new Uint8Array();
yA.on('update', (u: Uint8Array) => {
  yUpdate = u;
});
let len = 1;
const yStoreEdit = time(() => {
  len += 1;
  const next = E.updateCable(snapA.design, cableId(key), { lengthM: len });
  applyDiff(yA, diffDesign(snapA.design, next), 'local');
  snapA = { ...snapA, design: next };
});
const yEdit = time(() => {
  len += 1;
  const rec = { ...(snapA.design.cables[key] as object), lengthM: len };
  const s = performance.now();
  yA.getMap('cables').set(key, rec);
  return performance.now() - s;
});
const yRemote = time(() => {
  len += 1;
  const next = E.updateCable(snapA.design, cableId(key), { lengthM: len });
  applyDiff(yA, diffDesign(snapA.design, next), 'local');
  snapA = { ...snapA, design: next };
  let tr: Y.Transaction | null = null;
  const keep = (t: Y.Transaction) => {
    tr = t;
  };
  yB.on('afterTransaction', keep);
  const s = performance.now();
  Y.applyUpdate(yB, yUpdate, 'remote');
  snapB = refreshSnapshot(snapB, yB, changedKeys(yB, tr as unknown as Y.Transaction));
  yB.off('afterTransaction', keep);
  return performance.now() - s;
});
const ySharing = snapB.design.cables[cableKeys[0] as string] === readSnapshot(yB).design.cables[cableKeys[0] as string];
const yRebuild = time(() => {
  readSnapshot(yB);
});
const yMem = held(() => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, yBytes);
  return [doc, readSnapshot(doc)];
});
const yUpdateBytes = yUpdate.byteLength;
void ySharing;

// ---- Automerge -------------------------------------------------------------------------------
const plain = JSON.parse(JSON.stringify(design)) as Record<string, unknown>;
const aBytes = A.save(A.from(plain));
const aOpen = time(() => {
  const doc = A.load<Design>(aBytes);
  A.toJS(doc);
});
let aDocA = A.load<Design>(aBytes);
let aDocB = A.load<Design>(aBytes);
let aChange: Uint8Array = new Uint8Array();
const aEdit = time(() => {
  len += 1;
  aDocA = A.change(aDocA, (d) => {
    (d.cables[key] as { lengthM: number }).lengthM = len;
  });
  aChange = A.getLastLocalChange(aDocA) ?? new Uint8Array();
});
const aRemote = time(() => {
  len += 1;
  aDocA = A.change(aDocA, (d) => {
    (d.cables[key] as { lengthM: number }).lengthM = len;
  });
  aChange = A.getLastLocalChange(aDocA) ?? new Uint8Array();
  [aDocB] = A.applyChanges(aDocB, [aChange]);
});
const before = aDocB.cables[cableKeys[0] as string];
[aDocB] = A.applyChanges(aDocB, [
  (() => {
    aDocA = A.change(aDocA, (d) => {
      (d.cables[key] as { lengthM: number }).lengthM = 0.5;
    });
    return A.getLastLocalChange(aDocA) ?? new Uint8Array();
  })(),
]);
const aSharing = aDocB.cables[cableKeys[0] as string] === before;
const aRebuild = time(() => {
  A.toJS(aDocB);
});
const aMem = held(() => {
  const doc = A.load<Design>(aBytes);
  return [doc, A.toJS(doc)];
});

const rows: [string, string, string][] = [
  ['stored size', `${(yBytes.byteLength / 1024).toFixed(0)} KB`, `${(aBytes.byteLength / 1024).toFixed(0)} KB`],
  ['open (decode + snapshot)', ms(yOpen), ms(aOpen)],
  ['one edit: document write + update', ms(yEdit), ms(aEdit)],
  ['one edit through the store (immer + diff)', ms(yStoreEdit), 'n/a'],
  ['update size of that edit', `${yUpdateBytes} B`, `${aChange.byteLength} B`],
  ['remote apply + snapshot update', ms(yRemote), ms(aRemote)],
  ['unchanged records keep identity', 'yes (refreshSnapshot)', aSharing ? 'yes (doc proxy)' : 'no'],
  ['full snapshot rebuild', ms(yRebuild), ms(aRebuild)],
  ['memory (doc + snapshot)', kb(yMem), kb(aMem)],
];
console.log(
  `10k data hall: ${cableFiberCount(design)} cable fibers; racks/devices/cables/parts ${counts.join('/')}; median of ${RUNS}`,
);
const w = [42, 28, 26];
const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(w[i] ?? 10)).join(' | ')} |`;
console.log(line(['', 'Yjs (records as JSON values)', 'Automerge 3 (nested maps)']));
console.log(line(w.map((n) => '-'.repeat(n))));
for (const r of rows) console.log(line(r));
