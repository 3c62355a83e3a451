/**
 * Channels anchored at the transceiver ends a run of the trace reached (REFERENCE §0.4 grouping,
 * `engine/channels`). In a fresh design index every trace that ends at a transceiver holds that
 * device's plug row as its reached end (`Trace.startAt`, `endAt`): one object per device, so two
 * such ends have equal endpoint keys exactly when they are the same object. The grouping then
 * finds a channel by the identity of its reached ends, walking a short list of the channels
 * anchored at one end (its slots in the grouping's output, chained through each channel's
 * `nextAt`), instead of hashing and comparing endpoint key strings (from 10,000 devices on a key
 * such as `dev:dev-10001` is a rope, and a map of tens of thousands of them is rebuilt as it grows).
 *
 * The anchors are two numbers on the plug row (`PlugRow.groupRun`, `groupAt`), stamped with the
 * grouping run that wrote them, so a later grouping over the same index needs no clearing and the
 * rows hold no reference to the grouping's objects.
 */
import type { ReachedEnd } from './fiberTrace';
import { PlugRow } from './plugRow';

/** A channel as the grouping collects it, as far as anchoring reads it. */
export interface AnchoredChannel {
  /** The reached ends of the channel's first trace at `a` and `b` (null: no reached end). */
  readonly ea: ReachedEnd | null;
  readonly eb: ReachedEnd | null;
  /** The endpoints, whose keys are compared for an end without a reached end. */
  readonly a: { readonly key: string };
  readonly b: { readonly key: string };
  /** Output slot of the next channel anchored at the same end, or −1. */
  nextAt: number;
}

/** A plug row as the anchor of channels (the rows of any `PlugRow` type). */
export type AnchorRow = PlugRow<unknown, unknown>;

/** The last grouping run number handed out (0 is never a run: a fresh row's `groupRun`). */
let lastRun = 0;

/** A new grouping run number: anchors written under an earlier number are not read in this run. */
export function nextAnchorRun(): number {
  lastRun = lastRun >= 0x3fff_ffff ? 1 : lastRun + 1;
  return lastRun;
}

/**
 * The reached end `at` as an anchor: the plug row it is, or null when it is none (no reached end,
 * or an end of another kind, e.g. an analyzer's per-cable-end `EndAt`).
 */
export const anchorOf = (at: ReachedEnd | null): AnchorRow | null => (at instanceof PlugRow ? (at as AnchorRow) : null);

/**
 * True when channel end (`e`, with key `k`) is the trace end (`r`, with key `kt`): the same row
 * when the trace end is anchored, else an end without a reached end and the same key.
 */
const sameEnd = (e: ReachedEnd | null, k: string, r: AnchorRow | null, kt: string): boolean =>
  r !== null ? e === r : e === null && k === kt;

/** The channel among those anchored at `row` in run `run` whose ends are the trace's (either order). */
function findAt<G extends AnchoredChannel>(
  out: readonly G[],
  run: number,
  row: AnchorRow,
  ra: AnchorRow | null,
  ka: string,
  rb: AnchorRow | null,
  kb: string,
): G | undefined {
  if (row.groupRun !== run) return undefined;
  for (let i = row.groupAt; i >= 0;) {
    const g = out[i] as G;
    if (
      (sameEnd(g.ea, g.a.key, ra, ka) && sameEnd(g.eb, g.b.key, rb, kb)) ||
      (sameEnd(g.ea, g.a.key, rb, kb) && sameEnd(g.eb, g.b.key, ra, ka))
    )
      return g;
    i = g.nextAt;
  }
  return undefined;
}

/**
 * The channel of run `run` (its channels in `out`) joining a trace's two ends: `ra`/`rb` the
 * anchors of its ends (at least one not null), `ka`/`kb` their endpoint keys. A channel is
 * anchored at one of its ends (`anchorChannel`), so both ends' lists are searched. Valid only when
 * every reached end of the run's traces is an anchor of one index (one row per device).
 */
export function anchoredChannel<G extends AnchoredChannel>(
  out: readonly G[],
  run: number,
  ra: AnchorRow | null,
  ka: string,
  rb: AnchorRow | null,
  kb: string,
): G | undefined {
  return (
    (ra === null ? undefined : findAt(out, run, ra, ra, ka, rb, kb)) ??
    (rb === null ? undefined : findAt(out, run, rb, ra, ka, rb, kb))
  );
}

/** Anchors channel `g`, at output slot `at` of run `run`, at `row` (one of its ends). */
export function anchorChannel(g: AnchoredChannel, at: number, run: number, row: AnchorRow): void {
  g.nextAt = row.groupRun === run ? row.groupAt : -1;
  row.groupRun = run;
  row.groupAt = at;
}
