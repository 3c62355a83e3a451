/**
 * The design document: plain, JSON-serialisable, versioned (`schemaVersion`). It holds only the
 * designer's choices (which part, where, plugged into what, how long); traces, fiber maps,
 * losses and labels are derived from it and never stored.
 *
 * The JSON Schema of this document is `schema/design.schema.json`.
 */
import type { FiberType } from './connectors';
import type { CableId, DeviceId, PartId, RackId } from './ids';
import type { Part } from './parts';

/** Current design schema version. Older files are migrated on load. */
export const SCHEMA_VERSION = 1 as const;

/** Loss computation mode (issue 3): TIA worst case, vendor maximum, or typical values. */
export type LossMode = 'tia-worst-case' | 'vendor-max' | 'typical';

/** Multimode 850 nm attenuation model: IEEE link model 3.5 dB/km (default) or 3.0 dB/km (§7.2). */
export type MultimodeAttenuationModel = 'ieee-3.5' | 'alt-3.0';

/** Labeling scheme (REFERENCE §9): the project grammar `R12-P1-C3-Port4` or a TIA-606-B style. */
export type LabelScheme = 'project' | 'tia-606';

/** Per-design settings. */
export interface DesignSettings {
  readonly lossMode: LossMode;
  /** Design margin kept for aging and temperature, dB (default 0.5). */
  readonly designMarginDb: number;
  readonly multimodeAttenuation: MultimodeAttenuationModel;
  readonly labelScheme: LabelScheme;
}

/** A rack in a row. */
export interface Rack {
  readonly id: RackId;
  readonly name: string;
  /** Height in rack units (42, 45, 48). */
  readonly heightU: number;
  /** Row name (e.g. "Row A"); racks of a row are ordered by `order`. */
  readonly row: string;
  readonly order: number;
  /** Rack number used by labels (`R12`); defaults to order + 1. */
  readonly number?: number;
}

/** Where a device sits. */
export type Placement =
  /** Rack equipment: rack, lowest occupied U (1 = bottom), and the face it is mounted on. */
  | { readonly kind: 'rack'; readonly rack: RackId; readonly positionU: number; readonly face: 'front' | 'rear' }
  /** A module in a slot of an enclosure. */
  | { readonly kind: 'slot'; readonly parent: DeviceId; readonly slot: string }
  /** A transceiver in a cage of a switch. */
  | { readonly kind: 'cage'; readonly parent: DeviceId; readonly cage: string }
  /** Not placed (e.g. a loose module waiting for a slot). */
  | { readonly kind: 'unplaced' };

/** A placed device: rack equipment, module or transceiver. */
export interface Device {
  readonly id: DeviceId;
  readonly part: PartId;
  readonly name: string;
  readonly placement: Placement;
}

/** A port of a placed device. For a switch cage, `port` is the cage key. */
export interface PortRef {
  readonly device: DeviceId;
  readonly port: string;
}

/** A cable instance; `ends` maps each end key of the part to the port it is plugged into. */
export interface Cable {
  readonly id: CableId;
  readonly part: PartId;
  readonly name: string;
  /** Length in metres (whole cable; legs of a harness are assumed short). */
  readonly lengthM: number;
  readonly fiberType: FiberType;
  /**
   * Cable construction when it changes the attenuation: single-mode indoor/outdoor cable is
   * 0.5 dB/km instead of OS2's 0.4 (REFERENCE §7.2 [S34][S35]; REFERENCE-2 GT-23). Absent = the
   * fiber type's own value.
   */
  readonly construction?: 'indoor-outdoor';
  readonly ends: Readonly<Record<string, PortRef | null>>;
}

/** The design document: racks, devices, cables, custom parts and settings. */
export interface Design {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly name: string;
  readonly settings: DesignSettings;
  readonly racks: Readonly<Record<string, Rack>>;
  readonly devices: Readonly<Record<string, Device>>;
  readonly cables: Readonly<Record<string, Cable>>;
  /** Custom and imported parts the design uses (the built-in catalogue is not stored). */
  readonly parts: Readonly<Record<string, Part>>;
}

/** Default settings of a new design. */
export const DEFAULT_SETTINGS: DesignSettings = {
  lossMode: 'vendor-max',
  designMarginDb: 0.5,
  multimodeAttenuation: 'ieee-3.5',
  labelScheme: 'project',
};

/** An empty design with default settings. */
export function emptyDesign(name = 'Untitled design'): Design {
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    settings: DEFAULT_SETTINGS,
    racks: {},
    devices: {},
    cables: {},
    parts: {},
  };
}

/** Stable string key of a port reference (`device#port`), for maps and sets. */
export const portKey = (ref: PortRef): string => `${ref.device}#${ref.port}`;

/**
 * Splits a switch-port key into its cage and the transceiver MDI it addresses: `cage-3` → the
 * transceiver's `mdi`; `cage-3:mdi-b` → the second MDI of a twin-port transceiver (REFERENCE-2
 * §14.1). Returns null for a key that is not a cage key.
 */
export function cagePort(port: string): { readonly cage: string; readonly mdi: string } | null {
  if (!port.startsWith('cage-')) return null;
  const sep = port.indexOf(':');
  return sep < 0 ? { cage: port, mdi: 'mdi' } : { cage: port.slice(0, sep), mdi: port.slice(sep + 1) };
}
