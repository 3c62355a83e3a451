/**
 * `npm run bench:preview`: the preview of a proposed fix (issue 10 §4) on the 10k data hall, in
 * Node. A benchmark, not a test: it prints medians and asserts nothing about speed. It checks its
 * fixture first (the swapped cassette makes a channel fail, a fix is proposed, the region preview
 * gives the diagram a whole-design analysis of the substituted design gives).
 *
 * Figures: a full analysis of the design; the preview as it was (a full `analyzeDesign` of the
 * substituted design); the region preview (`previewFix`); and the service's `preview` call (the
 * region preview plus the channel diagram), each as a ratio of the full analysis.
 *
 * Usage: `node --import tsx scripts/bench-fix-preview.ts` (`--quick`: fewer runs).
 */
import { analyzeDesign, generateDataHall, proposeFixes, VERDICTS } from '../src/core';
import { previewFix } from '../src/core/analysis/fixPreview';
import { substitutePart, successorChannel } from '../src/core/analysis/fixes';
import { replacePart } from '../src/core/edits';
import { partId } from '../src/core/ids';
import { channelDiagram } from '../src/core/deliverables/channelDiagram';
import { labelsFor } from '../src/core/labels';
import { createAnalysisService } from '../src/store/analysisService';
import { previewDiagram } from '../src/store/previewDiagram';

const RUNS = process.argv.includes('--quick') ? 7 : 21;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
};
async function time(f: () => unknown): Promise<{ median: number; min: number; max: number }> {
  for (let i = 0; i < 2; i++) await f();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

const d0 = generateDataHall({ racks: 24, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 });
const cassette = Object.values(d0.devices).find((v) => v.name.endsWith('-P2-C1') && v.part.includes('mod-b1'));
if (!cassette) throw new Error('data hall 10k: no cassette -P2-C1');
const swapped = replacePart(d0, { kind: 'device', id: cassette.id }, partId('module/mod-a-12f-1xmpo12-f-upc-om4'));
if (!swapped.ok) throw new Error(`cassette swap refused: ${swapped.reason}`);
const d = swapped.design;
const a = analyzeDesign(d);
const channel = a.channels.find((c) => VERDICTS[c.verdict].cls === 'fail');
if (!channel) throw new Error('no failing channel');
const fix = proposeFixes(d, a, channel)[0];
if (!fix) throw new Error('no fix proposed');
const after = analyzeDesign(substitutePart(d, fix.target, fix.toPart, fix.toFiberType));
const whole = successorChannel(after.channels, channel);
const wholeDiagram =
  whole &&
  channelDiagram(after, whole, { labels: labelsFor(d), preview: { target: fix.target, text: fix.description } });
if (JSON.stringify(wholeDiagram) !== JSON.stringify(previewDiagram(d, a, channel, fix)))
  throw new Error('the region preview differs from the whole-design analysis');

const service = createAnalysisService();
service.load(d);
console.log(`10k hall: ${a.fibers.length} traces; channel ${channel.key}; fix: ${fix.description}`);
const full = await time(() => analyzeDesign(d));
const rows: [string, { median: number; min: number; max: number }][] = [
  ['full analysis', full],
  [
    'preview before: analyzeDesign(substituted)',
    await time(() => analyzeDesign(substitutePart(d, fix.target, fix.toPart, fix.toFiberType))),
  ],
  ['preview: previewFix (region)', await time(() => previewFix(d, a, channel, fix))],
  ['preview: service.preview (region + diagram)', await time(() => service.preview(channel.key, fix))],
];
for (const [name, f] of rows)
  console.log(
    `${name}: median ${f.median.toFixed(2)} ms (${f.min.toFixed(2)}–${f.max.toFixed(2)}, n ${RUNS}), ${(f.median / full.median).toFixed(3)}× full`,
  );
