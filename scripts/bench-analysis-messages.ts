/**
 * `npm run bench:messages`: what one edit costs at the analysis worker's boundary
 * (`src/store/analysisService.ts`), on the 10k and 100k data halls, in Node. A benchmark, not a
 * test: it prints medians and asserts nothing about speed.
 *
 * Per hall: the first message (the whole design: structured-clone time and size), and for a
 * cable length edit (compared by `designChange`, and as written: the records layer's diff reused)
 * and a deleted device: main-thread work (`designChange`, then cloning the
 * change as `postMessage` does), the service's `apply` (patch the copy, incremental analysis,
 * view patch, field-test rows), and the reply (clone time and size). Sizes are the JSON length of
 * the message, a proxy for what the structured clone copies.
 *
 * Usage: `node --import tsx scripts/bench-analysis-messages.ts` (`--quick`: fewer runs, no 100k).
 */
import { cableFiberCount, generateDataHall, type DataHallOptions } from '../src/core';
import type { Design } from '../src/core/design';
import { deleteDevices, updateCable } from '../src/core/edits';
import type { DeviceId } from '../src/core/ids';
import { createAnalysisService } from '../src/store/analysisService';
import { diffDesign } from '../src/io/records/diff';
import { designChange, noteDiff } from '../src/store/designChange';

const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 5 : 15;
const HALLS: Readonly<Record<string, DataHallOptions>> = {
  '10k': { racks: 24, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 },
  ...(QUICK ? {} : { '100k': { racks: 116, panelsPerRack: 4, trunksPerPanel: 3, cassettesPerPanel: 12 } }),
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
};
const kib = (v: unknown): string => `${(JSON.stringify(v).length / 1024).toFixed(1)} KiB`;
const ms = (x: number): string => `${x.toFixed(2)} ms`;
function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function edit(name: string, hall: Design, make: (d: Design, i: number) => Design, written = false): void {
  const service = createAnalysisService();
  service.load(hall);
  const diff: number[] = [];
  const send: number[] = [];
  const apply: number[] = [];
  const reply: number[] = [];
  let sizes = '';
  let d = hall;
  for (let i = 0; i < RUNS; i++) {
    const next = make(d, i);
    // As the app does: the records layer's diff of the written edit is reused (`noteDiff`), untimed here.
    if (written) noteDiff(d, next, diffDesign(d, next));
    const [change, tDiff] = time(() => designChange(d, next, 2000)!);
    const [sent, tSend] = time(() => structuredClone(change));
    const [up, tApply] = time(() => service.apply(sent));
    const [, tReply] = time(() => structuredClone(up));
    diff.push(tDiff);
    send.push(tSend);
    apply.push(tApply);
    reply.push(tReply);
    sizes = `change ${kib(change)}, reply ${kib(up)} (${up.patch.channels.length} rows, ${up.patch.ports.length} ports)`;
    d = next;
  }
  console.log(
    `  ${name.padEnd(16)} main: diff ${ms(median(diff))} + clone ${ms(median(send))} | worker: apply ${ms(median(apply))}` +
      ` | reply clone ${ms(median(reply))} | ${sizes}`,
  );
}

for (const [size, opts] of Object.entries(HALLS)) {
  const hall = generateDataHall(opts);
  console.log(`${size} hall: ${cableFiberCount(hall)} fibers, ${Object.keys(hall.cables).length} cables`);
  const [, tClone] = time(() => structuredClone(hall));
  const service = createAnalysisService();
  const [first, tLoad] = time(() => service.load(hall));
  const [, tFirstReply] = time(() => structuredClone(first));
  console.log(
    `  first message    clone ${ms(tClone)} (${kib(hall)}) | worker: load ${ms(tLoad)} | reply clone ${ms(tFirstReply)} (${kib(first)})`,
  );
  const trunks = Object.values(hall.cables).filter((c) => c.name.startsWith('TR-'));
  const lengthEdit = (d: Design, i: number) => updateCable(d, trunks[i % trunks.length]!.id, { lengthM: 61 + i });
  edit('length edit', hall, lengthEdit);
  edit('length, written', hall, lengthEdit, true);
  const cassettes = Object.values(hall.devices).filter((v) => v.placement.kind === 'slot');
  edit('delete a device', hall, (d, i) => deleteDevices(d, [cassettes[i]!.id as DeviceId]));
}
