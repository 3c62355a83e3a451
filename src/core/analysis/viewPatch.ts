/**
 * The analysis view over time: a builder that follows an analyzer's results and says what
 * changed (`ViewPatch`), and `applyViewPatch`, which rebuilds the view from patches on the other
 * side of a worker boundary. A patch holds only plain data (rows, port states, findings): post it
 * with `postMessage` or comlink as it is.
 */
import type { VerdictClass } from '../engine/channels';
import type { AnalysedChannel, Analysis } from './analyze';
import { compareChannels } from './analyze';
import { verdictCounts } from './channelClass';
import { endPlace } from './describe';
import {
  channelRow,
  countPorts,
  findingRow,
  portState,
  type AnalysisView,
  type ChannelRow,
  type FindingRow,
  type PortState,
} from './view';

/** The changes from one view to the next. */
export interface ViewPatch {
  readonly revision: number;
  /** The revision this patch applies to; −1 for a full view (it applies to nothing). */
  readonly base: number;
  /** Rows that are new or changed. */
  readonly channels: readonly ChannelRow[];
  /** Keys of rows that are gone. */
  readonly removed: readonly string[];
  /** Ports whose state changed; null: no channel passes the port any more. */
  readonly ports: readonly (readonly [string, PortState | null])[];
  /** All findings when they changed, else null. */
  readonly findings: readonly FindingRow[] | null;
  readonly counts: Readonly<Record<VerdictClass, number>>;
  readonly fibers: number;
}

/** Follows one analyzer's results (see `createViewBuilder`). */
export interface ViewBuilder {
  /** The patch from the previous view to the view of `a`; the first one is a full view (base −1). */
  update(a: Analysis): ViewPatch;
  /** The current view (built on read), or null before the first update. */
  readonly view: AnalysisView | null;
}

const KIND_ORDER: Readonly<Record<ChannelRow['kind'], number>> = {
  duplex: 0,
  parallel: 0,
  breakout: 0,
  partial: 1,
  link: 2,
};

/** The row order of a view: the analysis's channel order (`compareChannels`). */
export const compareRows = (x: ChannelRow, y: ChannelRow): number =>
  KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

/** Creates a builder with no view yet. */
export function createViewBuilder(): ViewBuilder {
  let last: Analysis | null = null;
  let revision = 0;
  let findings: readonly FindingRow[] = [];
  const counts = new Map<string, Int32Array>();
  const ports = new Map<string, PortState>();
  let view: AnalysisView | null = null;
  /**
   * The names of the ends without a transceiver, per channel that has one: they come from the
   * design's labels (`endPlace`), which an edit elsewhere can change while the channel object
   * stays the same, so such a row is compared by its names too.
   */
  const openNames = new Map<string, string>();
  const openNamesOf = (a: Analysis, c: AnalysedChannel): string | null =>
    c.a.transceiver && c.b.transceiver
      ? null
      : `${c.a.transceiver ? '' : endPlace(a, c.a.sample)}\u0000${c.b.transceiver ? '' : endPlace(a, c.b.sample)}`;

  const portChanges = (touched: Iterable<string>): [string, PortState | null][] => {
    const out: [string, PortState | null][] = [];
    for (const k of touched) {
      const s = portState(counts.get(k));
      const before = ports.get(k);
      if (s === null) {
        if (before) out.push([k, null]);
        ports.delete(k);
        counts.delete(k);
      } else if (!before || before.cls !== s.cls || before.channels !== s.channels) {
        ports.set(k, s);
        out.push([k, s]);
      }
    }
    return out;
  };

  return {
    get view() {
      if (!last) return null;
      if (!view || view.revision !== revision)
        view = {
          revision,
          channels: last.channels.map((c) => channelRow(last as Analysis, c)),
          ports: new Map(ports),
          findings,
          counts: verdictCounts(last),
          fibers: last.fibers.length,
        };
      return view;
    },
    update(a) {
      const prev = last;
      const touched = new Set<string>();
      const changed: ChannelRow[] = [];
      const removed: string[] = [];
      const add = (c: AnalysedChannel) => {
        countPorts(a.index, counts, c, 1, touched);
        changed.push(channelRow(a, c));
        const names = openNamesOf(a, c);
        if (names === null) openNames.delete(c.key);
        else openNames.set(c.key, names);
      };
      const drop = (c: AnalysedChannel) => prev && countPorts(prev.index, counts, c, -1, touched);
      if (!prev) for (const c of a.channels) add(c);
      else {
        // Both lists are in channel order: walk them together; equal objects are unchanged.
        const xs = prev.channels;
        const ys = a.channels;
        let i = 0;
        let j = 0;
        while (i < xs.length || j < ys.length) {
          const x = xs[i];
          const y = ys[j];
          if (x && x === y) {
            const before = openNames.get(y.key);
            if (before !== undefined) {
              const names = openNamesOf(a, y) as string;
              if (names !== before) {
                openNames.set(y.key, names);
                changed.push(channelRow(a, y));
              }
            }
            i++;
            j++;
            continue;
          }
          const order = !x ? 1 : !y ? -1 : compareChannels(x, y);
          if (order < 0) {
            drop(x as AnalysedChannel);
            removed.push((x as AnalysedChannel).key);
            openNames.delete((x as AnalysedChannel).key);
            i++;
          } else if (order > 0) {
            add(y as AnalysedChannel);
            j++;
          } else {
            drop(x as AnalysedChannel);
            add(y as AnalysedChannel);
            i++;
            j++;
          }
        }
      }
      const sameFindings =
        prev !== null &&
        prev.findings.length === a.findings.length &&
        prev.findings.every((f, k) => f === a.findings[k]);
      if (!sameFindings) findings = a.findings.map((f) => findingRow(a.index, f));
      last = a;
      const base = prev ? revision : -1;
      revision += 1;
      return {
        revision,
        base,
        channels: changed,
        removed,
        ports: portChanges(touched),
        findings: sameFindings ? null : findings,
        counts: verdictCounts(a),
        fibers: a.fibers.length,
      };
    },
  };
}

/**
 * The view after `patch`: a full patch (base −1) builds it from nothing; otherwise `view` must
 * be the revision the patch applies to. Throws an Error naming both revisions when it is not (a
 * patch was lost: ask the builder for its whole `view`). Pure: `view` is not changed.
 */
export function applyViewPatch(view: AnalysisView | null, patch: ViewPatch): AnalysisView {
  if (patch.base !== -1 && view?.revision !== patch.base)
    throw new Error(`view patch for revision ${patch.base} cannot apply to revision ${view?.revision ?? 'none'}`);
  const gone = new Set(patch.removed);
  const fresh = new Map(patch.channels.map((r) => [r.key, r] as const));
  const kept: ChannelRow[] = [];
  if (patch.base !== -1 && view)
    for (const r of view.channels) {
      if (gone.has(r.key)) continue;
      const next = fresh.get(r.key);
      kept.push(next ?? r);
      if (next) fresh.delete(r.key);
    }
  const added = [...fresh.values()].sort(compareRows);
  const channels: ChannelRow[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    const x = kept[i];
    const y = added[j];
    if (y === undefined || (x !== undefined && compareRows(x, y) <= 0)) channels.push(kept[i++] as ChannelRow);
    else channels.push(added[j++] as ChannelRow);
  }
  const ports = new Map(patch.base === -1 || !view ? [] : view.ports);
  for (const [k, s] of patch.ports) {
    if (s) ports.set(k, s);
    else ports.delete(k);
  }
  return {
    revision: patch.revision,
    channels,
    ports,
    findings: patch.findings ?? view?.findings ?? [],
    counts: patch.counts,
    fibers: patch.fibers,
  };
}
