/**
 * Benchmark of the field-test derivations (issue 14) on the 10k-fiber data hall with a result
 * for every fiber of every permanent link at 850 nm: permanent links, design-time evaluation of
 * every link, and measured-against-designed outcomes. Each iteration uses a fresh analysis
 * object (the memo key) over the same design index, so loss lines memoised on the index and the
 * labels memoised on the design stay warm, as after an edit of test results. `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { analyzeDesign } from '../analysis/analyze';
import { DATA_HALL_SIZES, generateDataHall } from '../dataHall';
import type { Design, TestResult } from '../design';
import { labelsFor } from '../labels';
import { linkEvaluator } from './linkEvaluation';
import { measuredOutcomes } from './measured';
import { permanentLinks } from './permanentLinks';

const base = generateDataHall(DATA_HALL_SIZES['10k']);
const links = permanentLinks(analyzeDesign(base)).links;
if (links.length < 1000) throw new Error(`data hall has only ${links.length} permanent links`);
const results: Record<string, TestResult> = {};
for (const l of links)
  for (const f of l.fibers) {
    const id = `tr-${l.key}-${f.fiber}`;
    results[id] = {
      id,
      recordVersion: 1,
      link: l.key,
      linkLabel: l.label,
      fiber: f.fiber,
      wavelengthNm: 850,
      lossDb: 1.1,
      referenceMethod: '1J',
      source: 'bench.csv',
      row: 2,
      importedAt: '2026-03-01T00:00:00Z',
    };
  }
const design: Design = { ...base, testResults: results };
const analysis = analyzeDesign(design);
labelsFor(design);
const tested = measuredOutcomes(analysis).totals.tested;
if (tested !== links.length) throw new Error(`only ${tested} of ${links.length} links tested`);

describe(`field test on the 10k data hall (${links.length} links, ${Object.keys(results).length} results)`, () => {
  bench(
    'permanent links',
    () => {
      permanentLinks({ ...analysis });
    },
    { time: 2000, warmupIterations: 3 },
  );
  bench(
    'design-time evaluation of every link',
    () => {
      const a = { ...analysis };
      const ev = linkEvaluator(a);
      for (const l of permanentLinks(a).links) ev.evaluate(l);
    },
    { time: 2000, warmupIterations: 3 },
  );
  bench(
    'measured against designed, every link tested',
    () => {
      measuredOutcomes({ ...analysis });
    },
    { time: 2000, warmupIterations: 3 },
  );
});
