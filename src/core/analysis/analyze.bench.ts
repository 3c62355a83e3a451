/**
 * Benchmark of the full analysis (index, trace, matings, channels, polarity, methods and, since
 * issue 3, channel loss) of a data-hall design at 2.5k, 5k and 10k cable fibers, to show that
 * cost grows about linearly with fibers (trace.ts visits every cable fiber once). Run with
 * `npm run bench`.
 *
 * The fixture is checked before timing: fiber counts as named and every channel passes, so a
 * broken generator cannot produce a fast but meaningless number.
 */
import { bench, describe } from 'vitest';
import { DATA_HALL_SIZES, cableFiberCount, generateDataHall } from '../dataHall';
import { analyzeDesign } from './analyze';
import { VERDICTS } from '../engine/channels';

const MIN_FIBERS: Readonly<Record<keyof typeof DATA_HALL_SIZES, number>> = {
  '2.5k': 2_500,
  '5k': 5_000,
  '10k': 10_000,
};

const designs = (Object.keys(DATA_HALL_SIZES) as (keyof typeof DATA_HALL_SIZES)[]).map((size) => {
  const design = generateDataHall(DATA_HALL_SIZES[size]);
  const fibers = cableFiberCount(design);
  if (fibers < MIN_FIBERS[size]) throw new Error(`data hall ${size} has only ${fibers} fibers`);
  const failing = analyzeDesign(design).channels.filter((c) => VERDICTS[c.verdict].cls !== 'pass');
  if (failing.length > 0) throw new Error(`data hall ${size}: ${failing.length} channels do not pass`);
  return { size, design, fibers };
});

describe('analyzeDesign on a data hall (Method B, 48F trunks, 25GBASE-SR)', () => {
  for (const { size, design, fibers } of designs) {
    bench(
      `${size}: ${fibers} fibers, ${Object.keys(design.cables).length} cables, ${Object.keys(design.devices).length} devices`,
      () => {
        analyzeDesign(design);
      },
      { time: 2000, warmupIterations: 5 },
    );
  }
});
