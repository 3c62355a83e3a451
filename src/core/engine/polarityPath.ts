/**
 * Facts about one fiber's path that its channel's polarity verdict reads (REFERENCE §0.4): whether
 * it crosses a two-row MPO-24/32 mating or cable end (§3.4: the two-row map is UNVERIFIED), and the
 * front ports of the first and last cassette it passes (a different port at each end is
 * `port-remapped`). Read from an engine trace's compact steps, or from any trace's hops.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import type { PortDef } from '../parts';
import type { CableFiberSlot, DesignIndex, PortPosition, ResolvedCable, ResolvedDevice } from './designIndex';
import { Trace, type FiberTrace } from './trace';

const twoRowEnds = new WeakMap<object, readonly boolean[] | null>();

/** Per end of a cable part: whether it is a two-row connector (null when none is; memoised per part). */
function twoRowOf(part: { readonly ends: readonly { readonly connector: { readonly variant: ConnectorVariant } }[] }) {
  let hit = twoRowEnds.get(part);
  if (hit === undefined) {
    const rows = part.ends.map((e) => CONNECTOR_VARIANTS[e.connector.variant].rows === 2);
    hit = rows.some(Boolean) ? rows : null;
    twoRowEnds.set(part, hit);
  }
  return hit;
}

/** True when the fiber crosses a two-row (MPO-24/32) mating or cable end (§3.4). */
export function crossesTwoRow(index: DesignIndex, f: FiberTrace): boolean {
  if (f instanceof Trace) {
    // Compact steps: a cable step is [cable, slot, direction]; both of its ends are checked.
    const buf = f.steps;
    const n = f.stepCount;
    for (let k = 0, i = f.stepAt; k < n; k++, i += 3) {
      if (typeof buf[i + 2] !== 'number') continue;
      const part = (buf[i] as ResolvedCable).part;
      const rows = part ? twoRowOf(part) : null;
      const slot = buf[i + 1] as CableFiberSlot;
      if (rows && (rows[slot.here.end] === true || rows[slot.there.end] === true)) return true;
    }
    return false;
  }
  for (const h of f.hops) {
    if (h.kind !== 'cable') continue;
    const part = index.cables.get(h.cable)?.part;
    const rows = part ? twoRowOf(part) : null;
    if (rows && (rows[h.from.end] === true || rows[h.to.end] === true)) return true;
  }
  return false;
}

/** First and last cassette front-port index on a path and how many were seen (scratch of `cassettePortIndexes`). */
const SEEN = { first: -1, last: -1, n: 0 };

/**
 * The front-port indexes (`PortDef.index`) of the first and last cassette on the path that
 * `cassettePortIndexes` last looked at: read right after it returns true.
 */
export const CASSETTE_PORTS: { readonly first: number; readonly last: number } = SEEN;

/**
 * Front-port index of the first and last cassette on the path (for `port-remapped`): true when
 * there are two or more, their indexes then in `CASSETTE_PORTS` (module scratch, read before the
 * next call: no object per channel).
 */
export function cassettePortIndexes(index: DesignIndex, f: FiberTrace): boolean {
  const seen = SEEN;
  seen.first = -1;
  seen.last = -1;
  seen.n = 0;
  if (f instanceof Trace) {
    // Compact steps: a device step is [device, in, out].
    const buf = f.steps;
    const n = f.stepCount;
    for (let k = 0, i = f.stepAt; k < n; k++, i += 3) {
      const out = buf[i + 2];
      if (typeof out === 'number') continue;
      seeCassette(buf[i] as ResolvedDevice, (buf[i + 1] as PortPosition).port, (out as PortPosition).port, seen);
    }
  } else
    for (const h of f.hops) {
      if (h.kind !== 'device') continue;
      const dev = index.devices.get(h.device);
      if (dev) seeCassette(dev, h.in.port, h.out.port, seen);
    }
  return seen.n >= 2;
}

/** Notes the front ports of a cassette hop (not an adapter plate) in `seen` (first and last index, count). */
function seeCassette(
  dev: ResolvedDevice,
  inPort: string,
  outPort: string,
  seen: { first: number; last: number; n: number },
): void {
  if (dev.part?.kind !== 'module' || dev.part.moduleClass === 'adapter-plate') return;
  for (let k = 0; k < 2; k++) {
    const def: PortDef | undefined = dev.ports.get(k === 0 ? inPort : outPort);
    if (def?.face !== 'front' || CONNECTOR_VARIANTS[def.accepts].family === 'mpo') continue;
    if (seen.n++ === 0) seen.first = def.index;
    seen.last = def.index;
  }
}
