/**
 * The polarity trace: follows every fiber position through every mated pair, adapter, cassette
 * and cable by composing position maps (REFERENCE §0.5), and records for each fiber the ordered
 * hops and the two places it ends (a transmitter, a receiver, a dark position, an open port, an
 * unplugged cable end, or an unknown part that makes it `unchecked`).
 *
 * Cost is linear in fibers: every cable fiber is visited once. The walk records its steps in
 * reused scratch arrays and appends them, in their final direction, to one compact buffer per
 * run (three slots per hop); hop objects are built only when a trace's `hops` are read.
 */
import type { CableId, DeviceId } from '../ids';
import { portEnd, resolveEnd, sharedPortEnd, type EndAt } from './cableEnd';
import { slotOf, visitMarks, type VisitMarks } from './visitMarks';
import type {
  CableFiberSlot,
  DesignIndex,
  DevicePlugs,
  PluggedEnds,
  PortPosition,
  ResolvedCable,
  ResolvedDevice,
} from './designIndex';
import { Trace, type FiberTrace, type ReachedEnd, type StepSlot, type Termination } from './fiberTrace';
import { PlugRow } from './plugRow';
import { recordsInOrder } from './recordTable';

export type { CableHop, DeviceHop, FiberTrace, Hop, StepSlot, Termination } from './fiberTrace';
export { plainTrace, Trace, withTraceId } from './fiberTrace';
export { slotOf, visitMarks, type VisitMarks } from './visitMarks';

const MAX_HOPS = 10_000;

/**
 * The recorded steps of one outward walk (scratch, reused): `refs[i]` is the resolved device of
 * a device step or the resolved cable of a cable step; `a`/`b` are its in/out positions, or the
 * cable fiber slot and null.
 */
interface Steps {
  n: number;
  readonly refs: (ResolvedCable | ResolvedDevice)[];
  readonly isDevice: boolean[];
  readonly a: (PortPosition | CableFiberSlot)[];
  readonly b: (PortPosition | null)[];
}

const newSteps = (): Steps => ({ n: 0, refs: [], isDevice: [], a: [], b: [] });
const BACK = newSteps();
const FWD = newSteps();

/**
 * The ends a fresh index resolved, for this run (null: resolve each end from the maps): set by
 * `traceCables` when the run's marks cover the whole index in its order.
 */
let plugged: PluggedEnds | null = null;

/**
 * Resolves end `end` of `cable` (at position `ord` in the index's order, or −1): from the index's
 * resolved ends when the run has them, else from its maps (`resolveEnd`, which also explains an
 * empty cage or a dangling reference).
 */
function endOf(index: DesignIndex, ord: number, cable: ResolvedCable, end: number): EndAt {
  if (plugged !== null && ord >= 0) {
    const at = (plugged.base[ord] as number) + end;
    const row = plugged.rows[at];
    if (row !== undefined && row.dev !== null) {
      // The port as `pluggedEnds` resolved it (a cage end: the transceiver's MDI).
      const port = plugged.ports[at] as string;
      // The part's shared end (the walk reads the device and its plugs from `row`), else the stop.
      return sharedPortEnd(row.dev, port) ?? portEnd(row.dev, port, row);
    }
  }
  return resolveEnd(index, cable, end);
}

/** Set when a walk enters a cable that has no visit marks in this run (it left the traced region). */
let escaped: CableId[] | null = null;

/**
 * The transceiver end the last walk ended at (a `tx`, `rx` or `dark-mdi` termination), else null:
 * a fresh index's plug row of the transceiver (kept by the index anyway), else the walk's end.
 */
let reached: ReachedEnd | null = null;

function pushDevice(s: Steps, device: ResolvedDevice, from: PortPosition, to: PortPosition): void {
  const i = s.n++;
  s.refs[i] = device;
  s.isDevice[i] = true;
  s.a[i] = from;
  s.b[i] = to;
}

function pushCable(s: Steps, cable: ResolvedCable, slot: CableFiberSlot): void {
  const i = s.n++;
  s.refs[i] = cable;
  s.isDevice[i] = false;
  s.a[i] = slot;
  s.b[i] = null;
}

/**
 * Walks outward from a cable end position (the fiber leaves `cable` at `end`/`position` into
 * whatever that end is plugged into) until it terminates; records the steps in `s` and returns
 * the termination. Marks visited cable fibers.
 */
function walkOut(
  index: DesignIndex,
  start: ResolvedCable,
  end0: number,
  pos0: number,
  slot0: number | undefined,
  visited: VisitMarks,
  s: Steps,
): Termination {
  s.n = 0;
  reached = null;
  // The index's maps read once (an analyzer's index snapshot serves them through getters).
  const cables = index.cables;
  const byOrd = visited.byOrd;
  const list = visited.list;
  const traced = visited.cables;
  const marks = visited.marks;
  const memo = visited.ends;
  const ordOf = visited.ordOf;
  let cable = start;
  let k: number | undefined = slot0;
  let end = end0;
  let position = pos0;
  for (let guard = 0; guard < MAX_HOPS; guard++) {
    // The end's device port, resolved once per run (a trunk end carries up to 12 fibers).
    let e: EndAt | undefined;
    let cableOrd = -1;
    // `endKeys` (the part's, shared) has one key per entry of `ends` (the record's own array).
    if (k === undefined || end >= cable.endKeys.length) e = resolveEnd(index, cable, end);
    else {
      const i = (visited.endAt[k] as number) + end;
      if (ordOf !== null) cableOrd = ordOf[k] as number;
      e = memo[i] ??= endOf(index, cableOrd, cable, end);
    }
    if (e.code === 1) return { kind: 'unplugged', cable: cable.id, end, position };
    if (e.code === 2) return { kind: 'open-port', device: e.device as DeviceId, port: e.port, position };
    if (e.code === 3)
      return e.cable !== null
        ? { kind: 'unchecked', reason: e.reason, cable: e.cable }
        : { kind: 'unchecked', reason: e.reason, device: e.device as DeviceId };
    // A part's shared end (`sharedPortEnd`: `dev` null, set only through `endOf` with this run's
    // plugged ends): the device and its plugs are the end's plug row.
    const row =
      e.dev === null
        ? (plugged as PluggedEnds).rows[((plugged as PluggedEnds).base[cableOrd] as number) + end]
        : undefined;
    const dev = row !== undefined ? (row.dev as ResolvedDevice) : (e.dev as ResolvedDevice);
    const plugs = row !== undefined ? row : e.plugs;
    const port = e.port;
    const lanes = dev.lanes;
    if (lanes !== null && lanes !== 'unknown') {
      reached = row !== undefined ? row : e.plugs instanceof PlugRow ? (e.plugs as DevicePlugs) : e;
      if (port !== 'mdi') {
        // A further MDI of a twin-port transceiver (REFERENCE-2 §14.2).
        const l = dev.extraLanes?.get(port)?.get(position);
        return l
          ? { kind: l.role === 'tx' ? 'tx' : 'rx', device: dev.id, lane: l.lane, position, port }
          : { kind: 'dark-mdi', device: dev.id, position, port };
      }
      const lane = lanes.get(position);
      return lane
        ? { kind: lane.role === 'tx' ? 'tx' : 'rx', device: dev.id, lane: lane.lane, position }
        : { kind: 'dark-mdi', device: dev.id, position };
    }
    const slotIn = e.row?.[position];
    const target = slotIn?.targets[0];
    if (!slotIn || !target) return { kind: 'dark-device', device: dev.id, port, position };
    pushDevice(s, dev, slotIn.self, target);
    const plug = plugs?.get(target.port);
    if (!plug) return { kind: 'open-port', device: dev.id, port: target.port, position: target.position };
    // A fresh index's plug names its cable and position (array reads); else a traced cable by
    // its run slot (one lookup), any other through the index.
    let next: ResolvedCable | undefined;
    const ord = plug.ord;
    if (byOrd !== null && ord !== undefined && list[ord] === plug.rc) {
      next = plug.rc;
      const at = byOrd[ord] as number;
      k = at < 0 ? undefined : at;
    } else {
      k = slotOf(visited, plug.cable);
      next = k === undefined ? cables.get(plug.cable) : traced[k];
    }
    if (!next) return { kind: 'unchecked', reason: `missing cable ${plug.cable}` };
    if (next.fibers === 'unknown')
      return { kind: 'unchecked', reason: `${next.cable.name}: fiber map unknown`, cable: next.id };
    const slot = next.fibers.byEnd[plug.end]?.[target.position];
    if (!slot) return { kind: 'dark-cable', cable: next.id, end: plug.end, position: target.position };
    if (k === undefined) (escaped ??= []).push(next.id);
    else {
      const at = (visited.at[k] as number) + slot.index;
      if (marks[at] === 1) return { kind: 'loop' };
      marks[at] = 1;
    }
    pushCable(s, next, slot);
    cable = next;
    end = slot.otherEnd;
    position = slot.otherPosition;
  }
  return { kind: 'loop' };
}

/**
 * The compact steps of a run are written into fixed-size chunks (no growth copies; a trace's
 * steps never straddle two chunks): the current chunk and its next free slot.
 */
const CHUNK_SLOTS = 12_288;
let chunk: StepSlot[] = [];
let used = 0;

/** Makes room for `slots` more slots in the current chunk (a new chunk when it is full). */
function reserve(slots: number): void {
  if (used + slots <= chunk.length) return;
  chunk = new Array<StepSlot>(Math.max(CHUNK_SLOTS, slots));
  used = 0;
}

/** Writes one step (three slots) at the next free slot of the chunk. */
function put(ref: ResolvedCable | ResolvedDevice, a: CableFiberSlot | PortPosition, b: PortPosition | number): void {
  chunk[used] = ref;
  chunk[used + 1] = a;
  chunk[used + 2] = b;
  used += 3;
}

/** Writes the steps of `s`, read inward (last step first, each reversed). */
function writeReversed(s: Steps): void {
  for (let i = s.n - 1; i >= 0; i--) {
    if (s.isDevice[i]) put(s.refs[i] as ResolvedDevice, s.b[i] as PortPosition, s.a[i] as PortPosition);
    else put(s.refs[i] as ResolvedCable, s.a[i] as CableFiberSlot, 1);
  }
}

/** Writes the steps of `s`, as walked. */
function writeForward(s: Steps): void {
  for (let i = 0; i < s.n; i++) {
    if (s.isDevice[i]) put(s.refs[i] as ResolvedDevice, s.a[i] as PortPosition, s.b[i] as PortPosition);
    else put(s.refs[i] as ResolvedCable, s.a[i] as CableFiberSlot, 0);
  }
}

const TERMINATION_RANK: Readonly<Record<Termination['kind'], number>> = {
  tx: 0,
  rx: 1,
  'dark-mdi': 2,
  'open-port': 3,
  unplugged: 4,
  'dark-device': 5,
  'dark-cable': 6,
  unchecked: 7,
  loop: 8,
};

/** The traces of a region, and the cables outside it that a walk entered (then the region was too small). */
export interface RegionTraces {
  readonly traces: FiberTrace[];
  readonly escaped: readonly CableId[];
}

/**
 * Traces every fiber of `cables` (in design order; `firstIds[i]` is the id of cable i's first
 * fiber, see `FiberTrace.id`). Each cable fiber appears in exactly one trace; a trace runs from
 * one termination to the other, transmitter first when there is one. `visited` must hold marks
 * for exactly the traced cables (`visitMarks`): a walk that enters any other cable is reported in
 * `escaped` (its fibers are then traced twice: the caller must widen the region and retrace).
 */
export function traceCables(
  index: DesignIndex,
  cables: readonly ResolvedCable[],
  firstIds: ArrayLike<number>,
  visited: VisitMarks,
): RegionTraces {
  escaped = null;
  const pe = index.pluggedEnds;
  plugged =
    pe !== undefined &&
    visited.ordOf !== null &&
    pe.cables === index.cables &&
    pe.plugs === index.plugsByDevice &&
    pe.base.length === visited.list.length
      ? pe
      : null;
  const traces: FiberTrace[] = [];
  // The traces of this run share fresh chunks of compact steps (three slots per hop, see `StepSlot`).
  chunk = [];
  used = 0;
  for (let ci = 0; ci < cables.length; ci++) {
    const c = cables[ci] as ResolvedCable;
    const first = firstIds[ci] as number;
    const id = c.id;
    if (!c.part || c.fibers === 'unknown') {
      const reason = !c.part ? `${c.cable.name}: unknown part ${c.cable.part}` : `${c.cable.name}: fiber map unknown`;
      traces.push(new Trace(first, { kind: 'unchecked', reason, cable: id }, { kind: 'loop' }, chunk, 0, 0));
      continue;
    }
    const k = (visited.byOrd && visited.list[ci] === c ? visited.byOrd[ci] : slotOf(visited, id)) as number;
    const at = visited.at[k] as number;
    const marks = visited.marks;
    const own = c.fibers.bySlot;
    for (let i = 0; i < own.length; i++) {
      if (marks[at + i] === 1) continue;
      marks[at + i] = 1;
      const f = own[i] as CableFiberSlot;
      const back = walkOut(index, c, f.here.end, f.here.position, k, visited, BACK);
      const backAt = reached;
      const fwd = walkOut(index, c, f.there.end, f.there.position, k, visited, FWD);
      const fwdAt = reached;
      const n = BACK.n + 1 + FWD.n;
      reserve(3 * n);
      const start = used;
      if (TERMINATION_RANK[fwd.kind] < TERMINATION_RANK[back.kind]) {
        writeReversed(FWD);
        put(c, f, 1);
        writeForward(BACK);
        traces.push(new Trace(first + i, fwd, back, chunk, start, n, fwdAt, backAt));
      } else {
        writeReversed(BACK);
        put(c, f, 0);
        writeForward(FWD);
        traces.push(new Trace(first + i, back, fwd, chunk, start, n, backAt, fwdAt));
      }
    }
  }
  // The last chunk keeps only its used slots (a shorter length trims its store in place).
  chunk.length = used;
  chunk = [];
  reached = null;
  plugged = null;
  const out = { traces, escaped: escaped ?? [] };
  escaped = null;
  return out;
}

/**
 * Traces every fiber of every cable in the design (cables in design order). Each cable fiber
 * appears in exactly one trace; a trace runs from one termination to the other, transmitter
 * first when there is one.
 */
export function traceAllFibers(index: DesignIndex): FiberTrace[] {
  const cables = recordsInOrder(index.cables);
  const firstIds = new Int32Array(cables.length);
  let next = 0;
  for (let i = 0; i < cables.length; i++) {
    firstIds[i] = next;
    next += cables[i]!.slots;
  }
  return traceCables(index, cables, firstIds, visitMarks(cables, true)).traces;
}
