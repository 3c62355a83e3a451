/**
 * A traced fiber (REFERENCE §0.5): its two terminations and ordered hops, and `Trace`, the form
 * the engine makes (hops kept as compact steps, built as objects only when read).
 */
import type { CableId, DeviceId } from '../ids';
import type { CableFiberSlot, PortPosition, ResolvedCable, ResolvedDevice } from './designIndex';

/** A fiber inside a cable, traversed from one end position to another. */
export interface CableHop {
  readonly kind: 'cable';
  readonly cable: CableId;
  /** TIA-598 fiber number in this cable (its colour, §2). */
  readonly fiber: number;
  readonly from: { readonly end: number; readonly position: number };
  readonly to: { readonly end: number; readonly position: number };
}

/** A pass through a device: in at one port's plug position, out at another's. */
export interface DeviceHop {
  readonly kind: 'device';
  readonly device: DeviceId;
  readonly in: { readonly port: string; readonly position: number };
  readonly out: { readonly port: string; readonly position: number };
}

/** One step of a fiber path. */
export type Hop = CableHop | DeviceHop;

/** Where a fiber ends. Positions are plug positions at that place. */
export type Termination =
  /**
   * A transceiver lane: transmitter or receiver. `port` names the MDI of a twin-port transceiver
   * when it is not `mdi` (REFERENCE-2 §14.2).
   */
  | {
      readonly kind: 'tx' | 'rx';
      readonly device: DeviceId;
      readonly lane: number;
      readonly position: number;
      readonly port?: string;
    }
  /** A transceiver MDI position with no lane (e.g. positions 5–8 of an SR4). */
  | { readonly kind: 'dark-mdi'; readonly device: DeviceId; readonly position: number; readonly port?: string }
  /** A device position with no internal fiber (e.g. MPO-12 position 6 in a Base-8 module). */
  | { readonly kind: 'dark-device'; readonly device: DeviceId; readonly port: string; readonly position: number }
  /** A cable position with no fiber (MPO-8 positions 5–8). */
  | { readonly kind: 'dark-cable'; readonly cable: CableId; readonly end: number; readonly position: number }
  /** A port with nothing plugged in (or an empty switch cage). */
  | { readonly kind: 'open-port'; readonly device: DeviceId; readonly port: string; readonly position: number }
  /** A cable end not plugged into anything. */
  | { readonly kind: 'unplugged'; readonly cable: CableId; readonly end: number; readonly position: number }
  /** A part whose map is unknown, or a dangling reference: everything beyond is `unchecked`. */
  | { readonly kind: 'unchecked'; readonly reason: string; readonly device?: DeviceId; readonly cable?: CableId }
  /** The path closes on itself. */
  | { readonly kind: 'loop' };

/** One traced fiber, oriented so that a transmitter (if any) comes first. */
export interface FiberTrace {
  /**
   * The design-wide number of the trace's first cable fiber: cables in design order, each
   * numbering its fibers in part order (a cable of unknown part or map takes one number). Unique
   * within an analysis and increasing in design order, but not dense; it stays the same when an
   * edit leaves the cables before it alone.
   */
  readonly id: number;
  readonly start: Termination;
  readonly end: Termination;
  readonly hops: readonly Hop[];
}

/**
 * One slot of a trace's compact steps (`Trace.steps`): three per hop. A cable hop is
 * `[ResolvedCable, CableFiberSlot, 0 | 1]` (0: from `here` to `there`; 1: the reverse); a device
 * hop is `[ResolvedDevice, in, out]` (plug positions, shared part-level objects).
 */
export type StepSlot = ResolvedCable | ResolvedDevice | CableFiberSlot | PortPosition | number;

/** The hops of `n` compact steps of `buf` from slot `at` (see `StepSlot`). */
function hopsOf(buf: readonly StepSlot[], at: number, n: number): Hop[] {
  const hops = new Array<Hop>(n);
  for (let k = 0, i = at; k < n; k++, i += 3) {
    const b = buf[i + 2];
    if (typeof b === 'number') {
      const slot = buf[i + 1] as CableFiberSlot;
      hops[k] = {
        kind: 'cable',
        cable: (buf[i] as ResolvedCable).id,
        fiber: slot.fiber,
        from: b === 0 ? slot.here : slot.there,
        to: b === 0 ? slot.there : slot.here,
      };
    } else
      hops[k] = {
        kind: 'device',
        device: (buf[i] as ResolvedDevice).id,
        in: buf[i + 1] as PortPosition,
        out: b as PortPosition,
      };
  }
  return hops;
}

/**
 * A trace's first step slot and hop count share one number, `at * STEP_SPAN + n` (n < STEP_SPAN):
 * a small integer for every trace a run makes (its chunks hold 12,288 slots, a walk at most
 * 20,001 hops), exact as a double for any other.
 */
const STEP_SPAN = 65_536;

/**
 * A cable end at a transceiver MDI as one run of the walk resolved it (the trace's `EndAt`,
 * `engine/cableEnd`): the transceiver (`dev`) and its channel endpoint key (`key`, set on first
 * use by the grouping, `engine/channels`), shared by every fiber that ends there in that run.
 */
export interface ReachedEnd {
  readonly dev: ResolvedDevice | null;
  key: string | null;
}

/**
 * A traced fiber as the engine makes it: its hops are kept as compact steps in a buffer shared
 * by the traces of one run (`steps`, `stepAt`, `stepCount`; resolved records, no objects per
 * hop) and built as `Hop` objects on first read of `hops` (a prototype getter, cached). The
 * analysis's hot readers (loss sums, polarity, the analyzer's tables) read the steps.
 *
 * Own properties are `id`, `start` and `end` only: `JSON.stringify` goes through `toJSON` (hops
 * included), but a structured clone or a spread loses the hops, so a view posted from a worker
 * copies them (`plainTrace`).
 */
export class Trace implements FiberTrace {
  readonly id: number;
  readonly start: Termination;
  readonly end: Termination;
  readonly #buf: readonly StepSlot[];
  /** `at * STEP_SPAN + n`: the first hop's slot and the hop count in one number (see `packSteps`). */
  readonly #steps: number;
  readonly #startAt: ReachedEnd | null;
  readonly #endAt: ReachedEnd | null;
  /**
   * The hops once built. A field, not a `WeakMap` beside the trace: the analyzer reads the hops
   * of every trace it replaces (`analysis/incremental`), and a `WeakMap` insert per trace cost
   * more there than the 8 bytes it saved per trace.
   */
  #hops: readonly Hop[] | undefined = undefined;

  /**
   * `startAt`/`endAt`: the transceiver end `start`/`end` is at (a `tx`, `rx` or `dark-mdi`
   * termination as the walk resolved it), or null (another termination, or not known). `n`, the
   * hop count, is below 65,536 (a walk stops at 10,000 hops each way); else throws a RangeError.
   */
  constructor(
    id: number,
    start: Termination,
    end: Termination,
    buf: readonly StepSlot[],
    at: number,
    n: number,
    startAt: ReachedEnd | null = null,
    endAt: ReachedEnd | null = null,
  ) {
    this.id = id;
    this.start = start;
    this.end = end;
    this.#buf = buf;
    if (!(n >= 0 && n < STEP_SPAN)) throw new RangeError(`a trace holds 0 to ${STEP_SPAN - 1} hops, not ${n}`);
    this.#steps = at * STEP_SPAN + n;
    this.#startAt = startAt;
    this.#endAt = endAt;
  }

  /** The transceiver end the trace starts at, as its walk resolved it, or null (see the constructor). */
  get startAt(): ReachedEnd | null {
    return this.#startAt;
  }

  /** The transceiver end the trace ends at, as its walk resolved it, or null. */
  get endAt(): ReachedEnd | null {
    return this.#endAt;
  }

  /** The ordered hops (built on first read). */
  get hops(): readonly Hop[] {
    return (this.#hops ??= hopsOf(this.#buf, this.stepAt, this.stepCount));
  }

  /** The compact steps buffer (three slots per hop from `stepAt`, see `StepSlot`). */
  get steps(): readonly StepSlot[] {
    return this.#buf;
  }

  /** Slot of the first hop in `steps`. */
  get stepAt(): number {
    return (this.#steps - (this.#steps % STEP_SPAN)) / STEP_SPAN;
  }

  /** Number of hops. */
  get stepCount(): number {
    return this.#steps % STEP_SPAN;
  }

  /** The same trace under another id (sharing its steps). */
  withId(id: number): Trace {
    const t = new Trace(id, this.start, this.end, this.#buf, this.stepAt, this.stepCount, this.#startAt, this.#endAt);
    t.#hops = this.#hops;
    return t;
  }

  /** The plain `FiberTrace` shape, for `JSON.stringify`. */
  toJSON(): FiberTrace {
    return plainTrace(this);
  }
}

/** A trace as a plain object with its hops (for a structured clone, e.g. a view posted from a worker). */
export function plainTrace(t: FiberTrace): FiberTrace {
  return { id: t.id, start: t.start, end: t.end, hops: t.hops };
}

/** The same trace under another id (a `Trace` keeps its compact steps). */
export function withTraceId(t: FiberTrace, id: number): FiberTrace {
  return t instanceof Trace ? t.withId(id) : { ...t, id };
}
