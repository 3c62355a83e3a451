/**
 * Cable-end resolution for the polarity trace (REFERENCE §0.5): which device port a plugged cable
 * end sits in, resolved once per run and cable end (a trunk end carries up to 12 fibers), before
 * the fiber position is known. A cage end resolves to the transceiver in the cage (its MDI); a
 * dangling reference, an unknown part, a missing port or an unknown lane or fiber map stops the
 * walk as `unchecked`, never as a pass.
 */
import type { CableId, DeviceId } from '../ids';
import type { DesignIndex, DevicePlugs, LinkSlot, PlugAt, ResolvedCable, ResolvedDevice } from './designIndex';
import { cageMdiPort, cageOf, isCagePort } from './designIndex';
import type { DevicePart } from '../parts';
import type { ReachedEnd } from './fiberTrace';
import { PlugRow } from './plugRow';

/**
 * A plugged cable end as the walk resolves it, before the fiber position is known (memoised per
 * run and cable end): `code` 0 a port `port` of `dev` (`row`: its links by plug position), 1 the
 * end is unplugged, 2 it sits in the empty cage `port` of switch `device`, 3 the walk stops
 * `unchecked` with `reason` (naming `cable` when set, else `device`).
 */
export interface EndAt extends ReachedEnd {
  readonly code: 0 | 1 | 2 | 3;
  readonly dev: ResolvedDevice | null;
  readonly port: string;
  readonly row: readonly (LinkSlot | undefined)[] | undefined;
  /** The plugs of `dev` by port (code 0; looked up once per end, not once per fiber). */
  readonly plugs: ReadonlyMap<string, PlugAt> | undefined;
  readonly device: DeviceId | null;
  readonly reason: string;
  readonly cable: CableId | null;
  /** The channel endpoint key of a transceiver end (set by the grouping on first use), else null. */
  key: string | null;
}

const UNPLUGGED: EndAt = {
  code: 1,
  dev: null,
  port: '',
  row: undefined,
  plugs: undefined,
  device: null,
  reason: '',
  cable: null,
  key: null,
};

const stop = (reason: string, device: DeviceId | null, cable: CableId | null): EndAt => ({
  code: 3,
  dev: null,
  port: '',
  row: undefined,
  plugs: undefined,
  device,
  reason,
  cable,
  key: null,
});

/** The walk stops: `cable` is plugged into a device id that names no device. */
const missing = (cable: ResolvedCable, id: DeviceId): EndAt =>
  stop(`cable ${cable.cable.name} is plugged into a device that does not exist (${id})`, null, cable.id);

/**
 * Resolves end `end` (0-based index into `cable.ends`) of `cable` to the device port it sits in
 * (see `EndAt`). Never throws: a dangling device reference, an unknown part, a missing port or an
 * unknown lane or fiber map gives code 3 with a reason; an empty cage gives code 2. The plugged
 * ends are read from the index (resolved there); cost: one lookup of the device's plug row (a
 * fresh index's row holds the device), a few more for a cage.
 */
export function resolveEnd(index: DesignIndex, cable: ResolvedCable, end: number): EndAt {
  const plugged = cable.ends; // resolved at index time, one array entry per end (own lookups done there)
  const ref = plugged[end];
  if (!ref) return UNPLUGGED;
  let id = ref.device;
  let port = ref.port;
  if (isCagePort(port)) {
    // A dangling reference (e.g. a cage of a deleted switch) must not resolve silently.
    if (!index.devices.has(id)) return missing(cable, id);
    const inCage = index.cages.get(id)?.get(cageOf(port));
    if (!inCage)
      return {
        code: 2,
        dev: null,
        port,
        row: undefined,
        plugs: undefined,
        device: id,
        reason: '',
        cable: null,
        key: null,
      };
    id = inCage;
    port = cageMdiPort(port);
  }
  // A fresh index's plug row holds its device (no lookup by id); a live index's row is a Map.
  const plugs = index.plugsByDevice.get(id);
  const dev = plugs instanceof PlugRow ? (plugs as DevicePlugs).dev : index.devices.get(id);
  if (!dev) return missing(cable, id);
  return portEnd(dev, port, plugs);
}

/**
 * The end of a walk at port `port` of the resolved device `dev` (`plugs`: the device's plugs by
 * port): code 0 with the port's links by plug position, or code 3 when the part, the port, or
 * its lane or fiber map is unknown (REFERENCE §0.5: never a pass).
 */
export function portEnd(dev: ResolvedDevice, port: string, plugs: ReadonlyMap<string, PlugAt> | undefined): EndAt {
  const device = dev.device;
  if (!dev.part) return stop(`${device.name}: unknown part ${device.part}`, device.id, null);
  // A port with links exists; only a port without any needs the port lookup.
  const row = dev.linkSlots === 'unknown' ? undefined : dev.linkSlots.get(port);
  if (row === undefined && !dev.ports.has(port)) return stop(`${device.name} has no port ${port}`, device.id, null);
  if (dev.lanes === 'unknown') return stop(`${device.name}: lane map unknown`, device.id, null);
  if (dev.lanes === null && dev.linkSlots === 'unknown')
    return stop(`${device.name}: fiber map unknown`, device.id, null);
  return { code: 0, dev, port, row, plugs, device: null, reason: '', cable: null, key: null };
}

/** Each device part's shared port ends (`sharedPortEnd`), by port key (null: `portEnd` stops there). */
const sharedEnds = new WeakMap<DevicePart, Map<string, EndAt | null>>();

/**
 * The end of a walk at port `port` of a device of `dev`'s part, shared by every device of that
 * part (it depends on the part only): code 0 with `dev` null and `plugs` undefined, the caller
 * holding the device's plug row, which gives both. Null where `portEnd` would stop (its reason
 * names the device). Memoised per part and port, so a fresh index's walk resolves a plugged end
 * without allocating an `EndAt` per cable end.
 */
export function sharedPortEnd(dev: ResolvedDevice, port: string): EndAt | null {
  const part = dev.part;
  if (!part) return null;
  let byPort = sharedEnds.get(part);
  if (byPort === undefined) sharedEnds.set(part, (byPort = new Map()));
  let e = byPort.get(port);
  if (e === undefined) {
    const own = portEnd(dev, port, undefined);
    e = own.code === 0 ? { ...own, dev: null } : null;
    byPort.set(port, e);
  }
  return e;
}
