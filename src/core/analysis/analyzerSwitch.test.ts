/**
 * One incremental analyzer given unrelated designs in turn (what the app does when a demo, a file
 * or another design of the library opens after editing): every result must equal a fresh
 * `analyzeDesign` (the independent oracle). Regression: two designs whose new cables were given
 * the same design-order number made the analyzer drop the wrong cable from its order and throw.
 *
 * ```text
 *  every example of examples/ (Method A/B, U1 breakout, 800G twin-port, DR8 breakout, MDC, spliced
 *  trunk, field-test links) and two generated data halls, in a fixed shuffled order, twice over
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../scripts/generate-examples';
import { generateDataHall } from '../dataHall';
import type { Design } from '../design';
import { portMapRows } from '../deliverables/portMap';
import { analyzeDesign, type Analysis } from './analyze';
import { createAnalyzer } from './analyzer';

const DESIGNS: readonly Design[] = [
  ...Object.values(EXAMPLES).map((make) => make()),
  generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 2, method: 'A' }),
  generateDataHall({ racks: 2, panelsPerRack: 2, trunksPerPanel: 1, cassettesPerPanel: 2, method: 'B' }),
];

/** What the UI and the CLI read from an analysis, as JSON. */
const consumed = (a: Analysis): string =>
  JSON.stringify({
    fibers: a.fibers,
    channels: a.channels,
    findings: a.findings,
    portMap: portMapRows(a, { mode: 'fiber' }),
  });

describe('an analyzer given unrelated designs in turn', () => {
  it(
    'equals a fresh analysis of each, in 60 random orders',
    () => {
      const fresh = DESIGNS.map((d) => consumed(analyzeDesign(d)));
      fc.assert(
        fc.property(fc.array(fc.nat({ max: DESIGNS.length - 1 }), { minLength: 2, maxLength: 12 }), (order) => {
          const analyzer = createAnalyzer();
          for (const i of order) expect(consumed(analyzer.update(DESIGNS[i]!)), `design ${i}`).toBe(fresh[i]);
        }),
        { numRuns: 60, seed: 1010 },
      );
    },
    // ~4 s alone on the 2-core machine; 3× headroom and more for a busy CI.
    60_000,
  );
});
