/**
 * The mated pairs at a device's ports, as loss counts them (REFERENCE §7.4): a port with a fixed
 * connector is one pair (the plug against the part's connector); a through-adapter's two ports
 * are one pair (the two plugs against each other), counted once per pass. Per-part tables give
 * each port a number and each pair an identity, and fix the order of a through pair's two
 * sides (the port listed first in the part comes first), so a pair's loss never depends on the
 * direction a fiber first crossed it.
 */
import type { DevicePart, PortDef } from '../parts';
import { portsOf } from '../parts';

/** Port numbers and pair identities of a device part. */
export interface PortPairTable {
  /** Port key → port number (its position in the part's port list). */
  readonly index: ReadonlyMap<string, number>;
  /** Port definitions by number. */
  readonly defs: readonly PortDef[];
  /** Pair identity by port number: the port's own number, or for a through pair the lower of the two. */
  readonly pairId: Int32Array;
  /** True when a port of the part is a splice (REFERENCE-2 §15): its loss is a splice, not a pair. */
  readonly splices: boolean;
}

const tables = new WeakMap<DevicePart, PortPairTable>();

/** The port-pair table of a part (memoised per part object). */
export function portPairTable(part: DevicePart): PortPairTable {
  let t = tables.get(part);
  if (!t) {
    const defs = portsOf(part);
    const index = new Map(defs.map((p, i) => [p.key, i] as const));
    const pairId = new Int32Array(defs.length);
    defs.forEach((p, i) => {
      const peer = p.mate.kind === 'through' ? index.get(p.mate.peer) : undefined;
      pairId[i] = peer === undefined ? i : Math.min(i, peer);
    });
    t = { index, defs, pairId, splices: defs.some((p) => p.mate.kind === 'splice') };
    tables.set(part, t);
  }
  return t;
}

/**
 * The two ports of a through pair in their fixed order: `[port, peer]` when `port` is listed
 * before `peer` in the part (or the peer is not a port of it), else `[peer, port]`.
 */
export function throughOrder(part: DevicePart, port: string, peer: string): readonly [string, string] {
  const { index } = portPairTable(part);
  const a = index.get(port);
  const b = index.get(peer);
  return a === undefined || b === undefined || a <= b ? [port, peer] : [peer, port];
}
