/**
 * The summary every benchmark script reports for one timed figure (`npm run bench`,
 * `npm run bench:store`): median, count, min and max of its samples, in the figure's unit
 * (ms unless the figure's name says otherwise). Written to the `bench/*.json` results as is.
 */

/** Summary of one timed figure: median, n, min, max (ms unless named). */
export interface Figure {
  readonly median: number;
  readonly n: number;
  readonly min: number;
  readonly max: number;
}

/** The median of `xs` (the mean of the two middle values for an even count); NaN when empty. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The figure of samples `xs` (at least one). */
export const figureOf = (xs: readonly number[]): Figure => ({
  median: median(xs),
  n: xs.length,
  min: Math.min(...xs),
  max: Math.max(...xs),
});
