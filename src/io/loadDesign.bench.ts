/**
 * Benchmark of loading a design file (size check, JSON.parse, hostile-input scan, migration,
 * zod validation, cross-record checks) and of saving one, for the data-hall designs of 2.5k,
 * 5k and 10k cable fibers. Run with `npm run bench:vitest`.
 */
import { bench, describe } from 'vitest';
import { DATA_HALL_SIZES, generateDataHall } from '../core/dataHall';
import { parseDesignFile } from './loadDesign';
import { serializeDesign } from './saveDesign';

const files = (Object.keys(DATA_HALL_SIZES) as (keyof typeof DATA_HALL_SIZES)[]).map((size) => {
  const design = generateDataHall(DATA_HALL_SIZES[size]);
  const text = serializeDesign(design);
  const loaded = parseDesignFile(text);
  if (!loaded.ok) throw new Error(`data hall ${size} does not load: ${loaded.error.path}: ${loaded.error.message}`);
  return { size, design, text };
});

describe('parseDesignFile on a data hall', () => {
  for (const { size, text } of files) {
    bench(
      `${size}: ${(text.length / 1024).toFixed(0)} KiB`,
      () => {
        parseDesignFile(text);
      },
      { time: 2000, warmupIterations: 3 },
    );
  }
});

describe('serializeDesign on a data hall', () => {
  for (const { size, design } of files) {
    bench(
      `${size}`,
      () => {
        serializeDesign(design);
      },
      { time: 1000, warmupIterations: 3 },
    );
  }
});
