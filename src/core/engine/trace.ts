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
import type { CableId } from '../ids';
import type { CableFiberSlot, DesignIndex, PortPosition, ResolvedCable, ResolvedDevice } from './designIndex';
import { cageMdiPort, cageOf, isCagePort } from './designIndex';
import { Trace, type FiberTrace, type StepSlot, type Termination } from './fiberTrace';

export type { CableHop, DeviceHop, FiberTrace, Hop, StepSlot, Termination } from './fiberTrace';
export { plainTrace, Trace, withTraceId } from './fiberTrace';

const MAX_HOPS = 10_000;

/**
 * Per-run visit marks: one byte per fiber of the traced cables in one buffer, and each cable's
 * offset in it (a cable without marks is outside the traced region).
 */
export interface VisitMarks {
  readonly offsets: Map<CableId, number>;
  readonly marks: Uint8Array;
}

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

/** Set when a walk enters a cable that has no visit marks in this run (it left the traced region). */
let escaped: CableId[] | null = null;

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
  visited: VisitMarks,
  s: Steps,
): Termination {
  s.n = 0;
  // The index's maps read once (an analyzer's index snapshot serves them through getters).
  const devices = index.devices;
  const cages = index.cages;
  const plugs = index.plugsByDevice;
  const cables = index.cables;
  const offsets = visited.offsets;
  const marks = visited.marks;
  let cable = start;
  let end = end0;
  let position = pos0;
  for (let guard = 0; guard < MAX_HOPS; guard++) {
    const plugged = cable.ends; // resolved at index time, one entry per end (own lookups done there)
    const ref = plugged[end];
    if (!ref) return { kind: 'unplugged', cable: cable.cable.id, end, position };
    // A dangling reference (e.g. a cage of a deleted switch) must not resolve silently.
    const raw = devices.get(ref.device);
    if (!raw)
      return {
        kind: 'unchecked',
        reason: `cable ${cable.cable.name} is plugged into a device that does not exist (${ref.device})`,
        cable: cable.cable.id,
      };
    let dev = raw;
    let port = ref.port;
    if (isCagePort(port)) {
      const inCage = cages.get(ref.device)?.get(cageOf(port));
      if (!inCage) return { kind: 'open-port', device: ref.device, port: ref.port, position };
      const d = devices.get(inCage);
      if (!d)
        return {
          kind: 'unchecked',
          reason: `cable ${cable.cable.name} is plugged into a device that does not exist (${inCage})`,
          cable: cable.cable.id,
        };
      dev = d;
      port = cageMdiPort(port);
    }
    const device = dev.device;
    if (!dev.part)
      return { kind: 'unchecked', reason: `${device.name}: unknown part ${device.part}`, device: device.id };
    // A port with links exists; only a port without any needs the port lookup.
    const row = dev.linkSlots === 'unknown' ? undefined : dev.linkSlots.get(port);
    if (row === undefined && !dev.ports.has(port))
      return { kind: 'unchecked', reason: `${device.name} has no port ${port}`, device: device.id };
    const lanes = dev.lanes;
    if (lanes !== null) {
      if (lanes === 'unknown')
        return { kind: 'unchecked', reason: `${device.name}: lane map unknown`, device: device.id };
      if (port !== 'mdi') {
        // A further MDI of a twin-port transceiver (REFERENCE-2 §14.2).
        const l = dev.extraLanes?.get(port)?.get(position);
        return l
          ? { kind: l.role === 'tx' ? 'tx' : 'rx', device: device.id, lane: l.lane, position, port }
          : { kind: 'dark-mdi', device: device.id, position, port };
      }
      const lane = lanes.get(position);
      return lane
        ? { kind: lane.role === 'tx' ? 'tx' : 'rx', device: device.id, lane: lane.lane, position }
        : { kind: 'dark-mdi', device: device.id, position };
    }
    if (dev.linkSlots === 'unknown')
      return { kind: 'unchecked', reason: `${device.name}: fiber map unknown`, device: device.id };
    const slotIn = row?.[position];
    const target = slotIn?.targets[0];
    if (!slotIn || !target) return { kind: 'dark-device', device: device.id, port, position };
    pushDevice(s, dev, slotIn.self, target);
    const plug = plugs.get(device.id)?.get(target.port);
    if (!plug) return { kind: 'open-port', device: device.id, port: target.port, position: target.position };
    const next = cables.get(plug.cable);
    if (!next) return { kind: 'unchecked', reason: `missing cable ${plug.cable}` };
    if (next.fibers === 'unknown')
      return { kind: 'unchecked', reason: `${next.cable.name}: fiber map unknown`, cable: next.cable.id };
    const slot = next.fibers.byEnd[plug.end]?.[target.position];
    if (!slot) return { kind: 'dark-cable', cable: next.cable.id, end: plug.end, position: target.position };
    const at = offsets.get(next.cable.id);
    if (at === undefined) (escaped ??= []).push(next.cable.id);
    else if (marks[at + slot.index] === 1) return { kind: 'loop' };
    else marks[at + slot.index] = 1;
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

/** Fresh visit marks for `cables` (one byte per fiber of each cable with a known fiber map). */
export function visitMarks(cables: Iterable<ResolvedCable>): VisitMarks {
  const offsets = new Map<CableId, number>();
  let n = 0;
  for (const c of cables)
    if (c.part && c.part.fibers !== 'unknown') {
      offsets.set(c.cable.id, n);
      n += c.part.fibers.length;
    }
  return { offsets, marks: new Uint8Array(n) };
}

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
  const traces: FiberTrace[] = [];
  // The traces of this run share fresh chunks of compact steps (three slots per hop, see `StepSlot`).
  chunk = [];
  used = 0;
  for (let ci = 0; ci < cables.length; ci++) {
    const c = cables[ci] as ResolvedCable;
    const first = firstIds[ci] as number;
    const id = c.cable.id;
    if (!c.part || c.fibers === 'unknown') {
      const reason = !c.part ? `${c.cable.name}: unknown part ${c.cable.part}` : `${c.cable.name}: fiber map unknown`;
      traces.push(new Trace(first, { kind: 'unchecked', reason, cable: id }, { kind: 'loop' }, chunk, 0, 0));
      continue;
    }
    const at = visited.offsets.get(id) as number;
    const marks = visited.marks;
    const own = c.fibers.bySlot;
    for (let i = 0; i < own.length; i++) {
      if (marks[at + i] === 1) continue;
      marks[at + i] = 1;
      const f = own[i] as CableFiberSlot;
      const back = walkOut(index, c, f.here.end, f.here.position, visited, BACK);
      const fwd = walkOut(index, c, f.there.end, f.there.position, visited, FWD);
      const n = BACK.n + 1 + FWD.n;
      reserve(3 * n);
      const start = used;
      if (TERMINATION_RANK[fwd.kind] < TERMINATION_RANK[back.kind]) {
        writeReversed(FWD);
        put(c, f, 1);
        writeForward(BACK);
        traces.push(new Trace(first + i, fwd, back, chunk, start, n));
      } else {
        writeReversed(BACK);
        put(c, f, 0);
        writeForward(FWD);
        traces.push(new Trace(first + i, back, fwd, chunk, start, n));
      }
    }
  }
  chunk = [];
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
  const cables = [...index.cables.values()];
  const firstIds = new Int32Array(cables.length);
  let next = 0;
  for (let i = 0; i < cables.length; i++) {
    firstIds[i] = next;
    next += cables[i]!.slots;
  }
  return traceCables(index, cables, firstIds, visitMarks(cables)).traces;
}
