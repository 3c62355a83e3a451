/**
 * Cable-end resolution for the polarity trace (REFERENCE §0.5): which device port a plugged cable
 * end sits in, resolved once per run and cable end (a trunk end carries up to 12 fibers), before
 * the fiber position is known. A cage end resolves to the transceiver in the cage (its MDI); a
 * dangling reference, an unknown part, a missing port or an unknown lane or fiber map stops the
 * walk as `unchecked`, never as a pass.
 */
import type { CableId, DeviceId } from '../ids';
import type { DesignIndex, LinkSlot, PlugAt, ResolvedCable, ResolvedDevice } from './designIndex';
import { cageMdiPort, cageOf, isCagePort } from './designIndex';

/**
 * A plugged cable end as the walk resolves it, before the fiber position is known (memoised per
 * run and cable end): `code` 0 a port `port` of `dev` (`row`: its links by plug position), 1 the
 * end is unplugged, 2 it sits in the empty cage `port` of switch `device`, 3 the walk stops
 * `unchecked` with `reason` (naming `cable` when set, else `device`).
 */
export interface EndAt {
  readonly code: 0 | 1 | 2 | 3;
  readonly dev: ResolvedDevice | null;
  readonly port: string;
  readonly row: readonly (LinkSlot | undefined)[] | undefined;
  /** The plugs of `dev` by port (code 0; looked up once per end, not once per fiber). */
  readonly plugs: ReadonlyMap<string, PlugAt> | undefined;
  readonly device: DeviceId | null;
  readonly reason: string;
  readonly cable: CableId | null;
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
});

/**
 * Resolves end `end` (0-based index into `cable.ends`) of `cable` to the device port it sits in
 * (see `EndAt`). Never throws: a dangling device reference, an unknown part, a missing port or an
 * unknown lane or fiber map gives code 3 with a reason; an empty cage gives code 2. The plugged
 * ends are read from the index (resolved there); cost: a few Map lookups.
 */
export function resolveEnd(index: DesignIndex, cable: ResolvedCable, end: number): EndAt {
  const plugged = cable.ends; // resolved at index time, one array entry per end (own lookups done there)
  const ref = plugged[end];
  if (!ref) return UNPLUGGED;
  const devices = index.devices;
  // A dangling reference (e.g. a cage of a deleted switch) must not resolve silently.
  const raw = devices.get(ref.device);
  if (!raw)
    return stop(
      `cable ${cable.cable.name} is plugged into a device that does not exist (${ref.device})`,
      null,
      cable.cable.id,
    );
  let dev = raw;
  let port = ref.port;
  if (isCagePort(port)) {
    const inCage = index.cages.get(ref.device)?.get(cageOf(port));
    if (!inCage)
      return {
        code: 2,
        dev: null,
        port: ref.port,
        row: undefined,
        plugs: undefined,
        device: ref.device,
        reason: '',
        cable: null,
      };
    const d = devices.get(inCage);
    if (!d)
      return stop(
        `cable ${cable.cable.name} is plugged into a device that does not exist (${inCage})`,
        null,
        cable.cable.id,
      );
    dev = d;
    port = cageMdiPort(port);
  }
  const device = dev.device;
  if (!dev.part) return stop(`${device.name}: unknown part ${device.part}`, device.id, null);
  // A port with links exists; only a port without any needs the port lookup.
  const row = dev.linkSlots === 'unknown' ? undefined : dev.linkSlots.get(port);
  if (row === undefined && !dev.ports.has(port)) return stop(`${device.name} has no port ${port}`, device.id, null);
  if (dev.lanes === 'unknown') return stop(`${device.name}: lane map unknown`, device.id, null);
  if (dev.lanes === null && dev.linkSlots === 'unknown')
    return stop(`${device.name}: fiber map unknown`, device.id, null);
  const plugs = index.plugsByDevice.get(device.id);
  return { code: 0, dev, port, row, plugs, device: null, reason: '', cable: null };
}
