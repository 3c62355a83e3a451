/**
 * A small fluent builder of designs for tests, examples and demos. Ids are deterministic
 * (`rack-1`, `dev-3`, `cab-2`) so tests can refer to them.
 *
 * @example
 * const b = new DesignBuilder('GT-01');
 * const r = b.rack('R1');
 * const sw = b.equipment(r, 'equipment/switch-1u-32xqsfp28', 40, 'Leaf-1');
 * const q = b.transceiver(sw, 1, 'transceiver/40gbase-sr4-qsfpplus', 'QSFP-1');
 */
import type { FiberType } from './connectors';
import {
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  type Cable,
  type Design,
  type DesignSettings,
  type Device,
  type PortRef,
  type Rack,
} from './design';
import { cableId, deviceId, partId, rackId, type CableId, type DeviceId, type RackId } from './ids';
import type { Part } from './parts';

/** Fluent design builder (tests, examples and built-in demos; never used by the engine itself). */
export class DesignBuilder {
  private readonly racks: Record<string, Rack> = {};
  private readonly devices: Record<string, Device> = {};
  private readonly cables: Record<string, Cable> = {};
  private readonly parts: Record<string, Part> = {};
  private settings: DesignSettings = DEFAULT_SETTINGS;
  private n = 0;

  constructor(private readonly name = 'Test design') {}

  private next(prefix: string): string {
    this.n += 1;
    return `${prefix}-${this.n}`;
  }

  /** Adds a rack (42U by default) at the end of row A. */
  rack(name: string, heightU = 42, row = 'Row A'): RackId {
    const id = rackId(this.next('rack'));
    this.racks[id] = { id, name, heightU, row, order: Object.keys(this.racks).length };
    return id;
  }

  /** Registers a custom part (e.g. a variant that is not in the built-in catalogue). */
  part(p: Part): this {
    this.parts[p.id] = p;
    return this;
  }

  /** Overrides settings. */
  with(settings: Partial<DesignSettings>): this {
    this.settings = { ...this.settings, ...settings };
    return this;
  }

  /** Mounts rack equipment at lowest U `positionU` on the front face. */
  equipment(rack: RackId, part: string, positionU: number, name: string, face: 'front' | 'rear' = 'front'): DeviceId {
    const id = deviceId(this.next('dev'));
    this.devices[id] = { id, part: partId(part), name, placement: { kind: 'rack', rack, positionU, face } };
    return id;
  }

  /** Puts a module into slot `slot` (1-based) of an enclosure. */
  module(parent: DeviceId, slot: number, part: string, name: string): DeviceId {
    const id = deviceId(this.next('dev'));
    this.devices[id] = { id, part: partId(part), name, placement: { kind: 'slot', parent, slot: `slot-${slot}` } };
    return id;
  }

  /** Plugs a transceiver into cage `cage` (1-based) of a switch. */
  transceiver(parent: DeviceId, cage: number, part: string, name: string): DeviceId {
    const id = deviceId(this.next('dev'));
    this.devices[id] = { id, part: partId(part), name, placement: { kind: 'cage', parent, cage: `cage-${cage}` } };
    return id;
  }

  /** Adds a free-standing device (no rack), e.g. a transceiver on a bench. */
  loose(part: string, name: string): DeviceId {
    const id = deviceId(this.next('dev'));
    this.devices[id] = { id, part: partId(part), name, placement: { kind: 'unplaced' } };
    return id;
  }

  /** Lays a cable; `ends` maps end keys of the part to ports (or null for unplugged). */
  cable(
    part: string,
    name: string,
    lengthM: number,
    fiberType: FiberType,
    ends: Record<string, PortRef | null>,
    extra: Pick<Cable, 'construction'> = {},
  ): CableId {
    const id = cableId(this.next('cab'));
    this.cables[id] = { id, part: partId(part), name, lengthM, fiberType, ...extra, ends };
    return id;
  }

  /** The finished design. */
  build(): Design {
    return {
      schemaVersion: SCHEMA_VERSION,
      name: this.name,
      settings: this.settings,
      racks: { ...this.racks },
      devices: { ...this.devices },
      cables: { ...this.cables },
      parts: { ...this.parts },
    };
  }
}

/** A port reference. For a switch, `port` is `cage-N`. */
export const port = (device: DeviceId, key: string): PortRef => ({ device, port: key });
/** The MDI of a loose transceiver. */
export const mdi = (device: DeviceId): PortRef => ({ device, port: 'mdi' });
/** Front LC port `n` of a cassette. */
export const front = (device: DeviceId, n: number): PortRef => ({ device, port: `front-${n}` });
/** Rear MPO port `n` of a cassette. */
export const rear = (device: DeviceId, n = 1): PortRef => ({ device, port: `mpo${n}` });
/** Cage `n` of a switch. */
export const cage = (device: DeviceId, n: number): PortRef => ({ device, port: `cage-${n}` });
