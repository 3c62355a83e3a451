/**
 * The polarity trace: follows every fiber position through every mated pair, adapter, cassette
 * and cable by composing position maps (REFERENCE §0.5), and records for each fiber the ordered
 * hops and the two places it ends (a transmitter, a receiver, a dark position, an open port, an
 * unplugged cable end, or an unknown part that makes it `unchecked`).
 *
 * Cost is linear in fibers: every cable fiber is visited once.
 */
import type { CableId, DeviceId } from '../ids';
import type { DesignIndex, ResolvedCable } from './designIndex';
import { effectivePort } from './designIndex';
import { own } from '../own';

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
  /** Sequential id within one analysis. */
  readonly id: number;
  readonly start: Termination;
  readonly end: Termination;
  readonly hops: readonly Hop[];
}

const MAX_HOPS = 10_000;

interface Walk {
  hops: Hop[];
  term: Termination;
}

/**
 * Walks outward from a cable end position (the fiber leaves `cable` at `end`/`position` into
 * whatever that end is plugged into) until it terminates. Marks visited cable fibers.
 */
function walkOut(
  index: DesignIndex,
  start: { cable: ResolvedCable; end: number; position: number },
  visited: Map<CableId, Uint8Array>,
): Walk {
  const hops: Hop[] = [];
  let cur = start;
  for (let guard = 0; guard < MAX_HOPS; guard++) {
    const { cable, end, position } = cur;
    const key = cable.endKeys[end] ?? '';
    const ref = own(cable.cable.ends, key) ?? null;
    if (!ref) return { hops, term: { kind: 'unplugged', cable: cable.cable.id, end, position } };
    // A dangling reference (e.g. a cage of a deleted switch) must not resolve silently.
    if (!index.devices.has(ref.device))
      return {
        hops,
        term: {
          kind: 'unchecked',
          reason: `cable ${cable.cable.name} is plugged into a device that does not exist (${ref.device})`,
          cable: cable.cable.id,
        },
      };
    const eff = effectivePort(index, ref);
    if (!eff) return { hops, term: { kind: 'open-port', device: ref.device, port: ref.port, position } };
    const dev = index.devices.get(eff.device);
    if (!dev)
      return {
        hops,
        term: {
          kind: 'unchecked',
          reason: `cable ${cable.cable.name} is plugged into a device that does not exist (${eff.device})`,
          cable: cable.cable.id,
        },
      };
    if (!dev.part)
      return {
        hops,
        term: {
          kind: 'unchecked',
          reason: `${dev.device.name}: unknown part ${dev.device.part}`,
          device: dev.device.id,
        },
      };
    if (!dev.ports.has(eff.port))
      return {
        hops,
        term: { kind: 'unchecked', reason: `${dev.device.name} has no port ${eff.port}`, device: dev.device.id },
      };
    if (dev.lanes !== null) {
      if (dev.lanes === 'unknown')
        return {
          hops,
          term: { kind: 'unchecked', reason: `${dev.device.name}: lane map unknown`, device: dev.device.id },
        };
      if (eff.port !== 'mdi') {
        // A further MDI of a twin-port transceiver (REFERENCE-2 §14.2).
        const l = dev.extraLanes?.get(eff.port)?.get(position);
        const port = eff.port;
        return {
          hops,
          term: l
            ? { kind: l.role === 'tx' ? 'tx' : 'rx', device: dev.device.id, lane: l.lane, position, port }
            : { kind: 'dark-mdi', device: dev.device.id, position, port },
        };
      }
      const lane = dev.lanes.get(position);
      return {
        hops,
        term: lane
          ? { kind: lane.role === 'tx' ? 'tx' : 'rx', device: dev.device.id, lane: lane.lane, position }
          : { kind: 'dark-mdi', device: dev.device.id, position },
      };
    }
    if (dev.links === 'unknown')
      return {
        hops,
        term: { kind: 'unchecked', reason: `${dev.device.name}: fiber map unknown`, device: dev.device.id },
      };
    const slotIn = dev.links.get(eff.port)?.get(position);
    const target = slotIn?.targets[0];
    if (!slotIn || !target)
      return { hops, term: { kind: 'dark-device', device: dev.device.id, port: eff.port, position } };
    // Hops share the part's immutable position objects: no allocation but the hop itself.
    hops.push({ kind: 'device', device: dev.device.id, in: slotIn.self, out: target });
    const plug = index.plugsByDevice.get(dev.device.id)?.get(target.port);
    if (!plug)
      return { hops, term: { kind: 'open-port', device: dev.device.id, port: target.port, position: target.position } };
    const next = index.cables.get(plug.cable);
    if (!next) return { hops, term: { kind: 'unchecked', reason: `missing cable ${plug.cable}` } };
    if (next.fibers === 'unknown')
      return {
        hops,
        term: { kind: 'unchecked', reason: `${next.cable.name}: fiber map unknown`, cable: next.cable.id },
      };
    const slot = next.fibers.byEnd[plug.end]?.get(target.position);
    if (!slot)
      return { hops, term: { kind: 'dark-cable', cable: next.cable.id, end: plug.end, position: target.position } };
    const seen = visited.get(next.cable.id);
    if (seen && seen[slot.index] === 1) return { hops, term: { kind: 'loop' } };
    if (seen) seen[slot.index] = 1;
    hops.push({ kind: 'cable', cable: next.cable.id, fiber: slot.fiber, from: slot.here, to: slot.there });
    cur = { cable: next, end: slot.otherEnd, position: slot.otherPosition };
  }
  return { hops, term: { kind: 'loop' } };
}

/** Reverses one hop's direction. */
function reverseHop(h: Hop): Hop {
  return h.kind === 'cable'
    ? { kind: 'cable', cable: h.cable, fiber: h.fiber, from: h.to, to: h.from }
    : { kind: 'device', device: h.device, in: h.out, out: h.in };
}

/**
 * Joins the two outward walks of one fiber into one ordered hop list: `first` is read inward
 * (reversed), then the fiber's own cable hop, then `second` as walked. Allocates once.
 */
function joinWalks(first: readonly Hop[], self: Hop, second: readonly Hop[]): Hop[] {
  const out: Hop[] = new Array<Hop>(first.length + 1 + second.length);
  let k = 0;
  for (let i = first.length - 1; i >= 0; i--) out[k++] = reverseHop(first[i] as Hop);
  out[k++] = self;
  for (const h of second) out[k++] = h;
  return out;
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

/**
 * Traces every fiber of every cable in the design. Each cable fiber appears in exactly one
 * trace; a trace runs from one termination to the other, transmitter first when there is one.
 */
export function traceAllFibers(index: DesignIndex): FiberTrace[] {
  const visited = new Map<CableId, Uint8Array>();
  for (const [id, c] of index.cables) {
    if (c.part && c.part.fibers !== 'unknown') visited.set(id, new Uint8Array(c.part.fibers.length));
  }
  const traces: FiberTrace[] = [];
  for (const c of index.cables.values()) {
    if (!c.part) {
      traces.push({
        id: traces.length,
        start: { kind: 'unchecked', reason: `${c.cable.name}: unknown part ${c.cable.part}`, cable: c.cable.id },
        end: { kind: 'loop' },
        hops: [],
      });
      continue;
    }
    if (c.part.fibers === 'unknown') {
      traces.push({
        id: traces.length,
        start: { kind: 'unchecked', reason: `${c.cable.name}: fiber map unknown`, cable: c.cable.id },
        end: { kind: 'loop' },
        hops: [],
      });
      continue;
    }
    const seen = visited.get(c.cable.id) as Uint8Array;
    c.part.fibers.forEach((f, i) => {
      if (seen[i] === 1) return;
      seen[i] = 1;
      const back = walkOut(index, { cable: c, end: f.from.end, position: f.from.position }, visited);
      const fwd = walkOut(index, { cable: c, end: f.to.end, position: f.to.position }, visited);
      const flip = TERMINATION_RANK[fwd.term.kind] < TERMINATION_RANK[back.term.kind];
      traces.push(
        flip
          ? {
              id: traces.length,
              start: fwd.term,
              end: back.term,
              hops: joinWalks(
                fwd.hops,
                { kind: 'cable', cable: c.cable.id, fiber: f.fiber, from: f.to, to: f.from },
                back.hops,
              ),
            }
          : {
              id: traces.length,
              start: back.term,
              end: fwd.term,
              hops: joinWalks(
                back.hops,
                { kind: 'cable', cable: c.cable.id, fiber: f.fiber, from: f.from, to: f.to },
                fwd.hops,
              ),
            },
      );
    });
  }
  return traces;
}
