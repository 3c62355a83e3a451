/**
 * The lists an analysis keeps in order, with the lookups an incremental update needs: traces by
 * id and by the cable fibers they carry, channels by key and in channel order. An update
 * replaces entries and merges the sorted lists in one pass (no full sort).
 */
import { Trace, withTraceId, type FiberTrace } from '../engine/trace';
import type { LiveIndex } from '../engine/liveIndex';
import type { CableFiberSlot, ResolvedCable } from '../engine/designIndex';
import type { CableId } from '../ids';
import { compareChannels, type AnalysedChannel } from './analyze';

/** Merges two lists sorted by `cmp` into a new one. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], cmp: (x: T, y: T) => number): T[] {
  if (b.length === 0) return a.slice();
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = cmp(a[i] as T, b[j] as T) <= 0 ? (a[i++] as T) : (b[j++] as T);
  while (i < a.length) out[k++] = a[i++] as T;
  while (j < b.length) out[k++] = b[j++] as T;
  return out;
}

const byId = (x: FiberTrace, y: FiberTrace): number => x.id - y.id;

/** The index in `rc`'s part of the fiber a cable hop traverses (or 0 for a cable of unknown fibers). */
function fiberIndex(rc: ResolvedCable | undefined, end: number, position: number): number {
  if (!rc || rc.fibers === 'unknown') return 0;
  return rc.fibers.byEnd[end]?.[position]?.index ?? 0;
}

/** Traces by id and by cable fiber, and each cable's first trace id (`FiberTrace.id`). */
export class TraceTable {
  /** Per cable: the trace carrying each fiber (by index in the part); one entry for an unknown part. */
  readonly #byCable = new Map<CableId, FiberTrace[]>();
  readonly #firstId = new Map<CableId, number>();
  #sorted: readonly FiberTrace[];
  #shifted = false;

  constructor(live: LiveIndex, fibers: readonly FiberTrace[]) {
    this.#sorted = fibers;
    this.offsets(live);
    this.#shifted = false;
    for (const [id, rc] of live.cables) this.#byCable.set(id, new Array<FiberTrace>(rc.slots));
    for (const t of fibers) this.#place(live, t);
  }

  /** Records `t` under every cable fiber it carries. */
  #place(live: LiveIndex, t: FiberTrace): void {
    if (t instanceof Trace) {
      // The compact steps (no hop objects built): cable steps are [cable, slot, direction].
      const buf = t.steps;
      const n = t.stepCount;
      if (n === 0 && t.start.kind === 'unchecked' && t.start.cable) {
        const row = this.#byCable.get(t.start.cable);
        if (row) row[0] = t;
        return;
      }
      for (let k = 0, i = t.stepAt; k < n; k++, i += 3) {
        const dir = buf[i + 2];
        if (typeof dir !== 'number') continue;
        const id = (buf[i] as ResolvedCable).id;
        const slot = buf[i + 1] as CableFiberSlot;
        const from = dir === 0 ? slot.here : slot.there;
        const row = this.#byCable.get(id);
        if (row) row[fiberIndex(live.cables.get(id), from.end, from.position)] = t;
      }
      return;
    }
    if (t.hops.length === 0 && t.start.kind === 'unchecked' && t.start.cable) {
      const row = this.#byCable.get(t.start.cable);
      if (row) row[0] = t;
      return;
    }
    for (const h of t.hops) {
      if (h.kind !== 'cable') continue;
      const row = this.#byCable.get(h.cable);
      if (row) row[fiberIndex(live.cables.get(h.cable), h.from.end, h.from.position)] = t;
    }
  }

  /** The traces carrying fibers of cable `id` (repeats possible), as of the last update. */
  of(id: CableId): readonly FiberTrace[] {
    return this.#byCable.get(id)?.filter((t) => t !== undefined) ?? [];
  }

  /** Recomputes each cable's first trace id from the design order; notes whether any moved. */
  offsets(live: LiveIndex): void {
    let next = 0;
    for (const id of live.cableOrder()) {
      const rc = live.cables.get(id) as ResolvedCable;
      if (this.#firstId.get(id) !== next) {
        if (this.#firstId.has(id)) this.#shifted = true;
        this.#firstId.set(id, next);
      }
      next += rc.slots;
    }
    if (this.#firstId.size > live.cables.size)
      for (const id of this.#firstId.keys()) if (!live.cables.has(id)) this.#firstId.delete(id);
  }

  /** The first trace ids of `cables` (see `offsets`). */
  firstIds(cables: readonly ResolvedCable[]): Int32Array {
    const out = new Int32Array(cables.length);
    cables.forEach((c, i) => (out[i] = this.#firstId.get(c.id) ?? 0));
    return out;
  }

  /** Replaces the traces of the `region` cables with `traces`; forgets the deleted cables `gone`. */
  set(live: LiveIndex, region: ReadonlySet<CableId>, gone: ReadonlySet<CableId>, traces: readonly FiberTrace[]): void {
    for (const id of gone) this.#byCable.delete(id);
    for (const id of region) this.#byCable.set(id, new Array<FiberTrace>(live.cables.get(id)?.slots ?? 1));
    for (const t of traces) this.#place(live, t);
  }

  /**
   * When a cable before them was deleted or changed its fiber count, surviving traces get new
   * ids: returns each such trace with its renumbered copy (and records the copies).
   */
  renumber(live: LiveIndex): [FiberTrace, FiberTrace][] {
    if (!this.#shifted) return [];
    this.#shifted = false;
    const out: [FiberTrace, FiberTrace][] = [];
    const seen = new Set<FiberTrace>();
    for (const id of live.cableOrder()) {
      const row = this.#byCable.get(id) ?? [];
      const first = this.#firstId.get(id) ?? 0;
      for (let i = 0; i < row.length; i++) {
        const t = row[i];
        if (!t || seen.has(t)) continue;
        seen.add(t);
        if (t.id === first + i) continue;
        const copy = withTraceId(t, first + i);
        seen.add(copy);
        out.push([t, copy]);
        this.#place(live, copy);
      }
    }
    return out;
  }

  /** All traces by id after removing `removed` and adding `added`. */
  merge(removed: ReadonlySet<FiberTrace>, added: readonly FiberTrace[]): readonly FiberTrace[] {
    const kept = removed.size === 0 ? this.#sorted : this.#sorted.filter((t) => !removed.has(t));
    this.#sorted = mergeSorted(kept, [...added].sort(byId), byId);
    return this.#sorted;
  }
}

/** Channels by key and in analysis order. */
export class ChannelTable {
  readonly #byKey = new Map<string, AnalysedChannel>();
  #sorted: readonly AnalysedChannel[];

  constructor(channels: readonly AnalysedChannel[]) {
    this.#sorted = channels;
    for (const c of channels) this.#byKey.set(c.key, c);
  }

  /** The channel with this key, as of the last update. */
  get(key: string): AnalysedChannel | undefined {
    return this.#byKey.get(key);
  }

  /** The fibers of channel `key` after an update: its old ones not `removed`, plus `added`, by id. */
  fibersAfter(key: string, removed: ReadonlySet<FiberTrace>, added: readonly FiberTrace[]): FiberTrace[] {
    const old = this.#byKey.get(key)?.fibers ?? [];
    const kept = removed.size === 0 ? old : old.filter((f) => !removed.has(f));
    return mergeSorted(kept, added, byId);
  }

  /** Replaces the channels with keys in `stale` by `fresh` and returns all channels in analysis order. */
  replace(stale: ReadonlySet<string>, fresh: AnalysedChannel[]): readonly AnalysedChannel[] {
    for (const k of stale) this.#byKey.delete(k);
    for (const c of fresh) this.#byKey.set(c.key, c);
    const kept = this.#sorted.filter((c) => !stale.has(c.key));
    this.#sorted = mergeSorted(kept, fresh.sort(compareChannels), compareChannels);
    return this.#sorted;
  }
}
