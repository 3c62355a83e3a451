/**
 * `npm run bench:store` (issue 10, per-edit main-thread work outside the engine): what one change
 * costs in the designer store on the document of records, on the generated data halls at 10k and
 * 100k fibers (`core/dataHall.ts`). A benchmark, not a test: it asserts nothing about speed, but it
 * checks that each change landed (the length read back) before it reports a figure.
 *
 * ```text
 *  open           a document of records → bound to a fresh store (readSnapshot, references, freeze)
 *  local edit     store action updateCable → check → diff → one Y transaction → snapshot → store
 *  remote edit    another replica sets one cable → update applied here → refreshSnapshot → store
 *  undo / redo    this user's last step (Y.UndoManager) → refreshSnapshot → a recent design reused
 * ```
 *
 * Prints a table of medians (ms) and writes `bench/store-results.json` (name → { median, n, min,
 * max }). Usage: `npm run bench:store` (= `tsx scripts/bench-store.ts`); `--quick` skips 100k.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { cableFiberCount, generateDataHall } from '../src/core';
import type { Cable } from '../src/core/design';
import { designToDoc } from '../src/io/records';
import { bindableDoc } from '../src/store/docBinding';
import { createDesignerStore } from '../src/store/store';
import { figureOf, type Figure } from './benchFigure';

const QUICK = process.argv.includes('--quick');

const timed = (f: () => void): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const results: Record<string, Figure> = {};
const record = (name: string, xs: readonly number[]): void => {
  const f = figureOf(xs);
  results[name] = f;
  console.log(
    `${name.padEnd(40)} ${f.median.toFixed(2).padStart(8)}  n ${f.n}  (${f.min.toFixed(2)}–${f.max.toFixed(2)})`,
  );
};

const SIZES: readonly [string, number][] = [['10k', 24], ...(QUICK ? [] : ([['100k', 232]] as [string, number][]))];
const RUNS = 15;

for (const [size, racks] of SIZES) {
  const design = generateDataHall({ racks, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 });
  const label = `${size} (${cableFiberCount(design)} fibers)`;
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    const doc = designToDoc(design);
    const s = createDesignerStore();
    opens.push(timed(() => s.getState().actions.bindDocument(bindableDoc(doc))));
  }
  record(`open ${label}`, opens);

  // This tab (`here`) and another replica (`there`), joined both ways.
  const here = designToDoc(design);
  const there = new Y.Doc();
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  let remoteMs = 0;
  there.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'here') remoteMs = timed(() => Y.applyUpdate(here, u, 'there'));
  });
  here.on('update', (u: Uint8Array, origin: unknown) => origin !== 'there' && Y.applyUpdate(there, u, 'here'));
  const store = createDesignerStore();
  store.getState().actions.bindDocument(bindableDoc(here));
  const a = store.getState().actions;
  const cables = Object.values(store.getState().doc.cables);
  const lengthOf = (id: string) => (store.getState().doc.cables[id] as Cable | undefined)?.lengthM;
  const expectLength = (id: string, m: number, what: string) => {
    if (lengthOf(id) !== m) throw new Error(`${what}: ${id} reads ${lengthOf(id)} m, not ${m} m`);
  };

  const local: number[] = [];
  const undo: number[] = [];
  const redo: number[] = [];
  const remote: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const c = cables[(i * 97) % cables.length] as Cable;
    const m = c.lengthM + 1 + i;
    const tl = timed(() => a.updateCable(c.id, { lengthM: m }));
    expectLength(c.id, m, 'local edit');
    const tu = timed(() => a.undo());
    expectLength(c.id, c.lengthM, 'undo');
    const tr = timed(() => a.redo());
    expectLength(c.id, m, 'redo');
    const far = cables[(i * 331 + 7) % cables.length] as Cable;
    const raw = there.getMap('cables').get(far.id) as Cable;
    there.getMap('cables').set(far.id, { ...raw, lengthM: raw.lengthM + 2 });
    expectLength(far.id, raw.lengthM + 2, 'remote edit');
    if (i < 2) continue; // warm-up
    local.push(tl);
    undo.push(tu);
    redo.push(tr);
    remote.push(remoteMs);
  }
  record(`local edit (cable length) ${size}`, local);
  record(`undo ${size}`, undo);
  record(`redo ${size}`, redo);
  record(`remote edit (another replica) ${size}`, remote);
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/store-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('written: bench/store-results.json');
