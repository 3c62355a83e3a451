/**
 * The design document: plain, JSON-serialisable, versioned (`schemaVersion`). It holds only the
 * designer's choices (which part, where, plugged into what, how long); traces, fiber maps,
 * losses and labels are derived from it and never stored.
 *
 * The JSON Schema of this document is `schema/design.schema.json`.
 */
import type { FiberType } from './connectors';
import type { CableId, DeviceId, PartId, RackId } from './ids';
import type { ApplicationId, Part } from './parts';

/** Current design schema version. Older files are migrated on load. */
export const SCHEMA_VERSION = 1 as const;

/** Loss computation mode (issue 3): TIA worst case, vendor maximum, or typical values. */
export type LossMode = 'tia-worst-case' | 'vendor-max' | 'typical';

/** Multimode 850 nm attenuation model: IEEE link model 3.5 dB/km (default) or 3.0 dB/km (§7.2). */
export type MultimodeAttenuationModel = 'ieee-3.5' | 'alt-3.0';

/** Labeling scheme (REFERENCE §9): the project grammar `R12-P1-C3-Port4` or a TIA-606-B style. */
export type LabelScheme = 'project' | 'tia-606';

/**
 * Tier 1 (OLTS) reference method (REFERENCE-2 §16.1): how many test reference cords were used
 * to set the reference, hence how many end connections the result includes (2, 1, 0).
 */
export type ReferenceMethod = '1J' | '2J' | '3J';

/**
 * Field-test settings of a design (issue 14; REFERENCE-2 §16). Optional in files: absent means
 * `DEFAULT_FIELD_TEST`.
 */
export interface FieldTestSettings {
  /** Reference method assumed when a link or a result does not say (default 1-jumper, §16.1). */
  readonly referenceMethod: ReferenceMethod;
  /**
   * True when the test reference cords are declared TIA-568.3-E reference grade: each end
   * connection of the limit is 0.50 dB instead of 0.75 dB (§16.2 [S121]).
   */
  readonly referenceGradeEnds: boolean;
  /**
   * How far a measured loss may exceed the designed loss and still read "as designed", dB, per
   * fiber mode (default the TRC grades 0.10 MM / 0.20 SM, UNVERIFIED as a tolerance, §16.6).
   */
  readonly toleranceDb: { readonly multimode: number; readonly singleMode: number };
}

/** Per-design settings. */
export interface DesignSettings {
  readonly lossMode: LossMode;
  /** Design margin kept for aging and temperature, dB (default 0.5). */
  readonly designMarginDb: number;
  readonly multimodeAttenuation: MultimodeAttenuationModel;
  readonly labelScheme: LabelScheme;
  /** Field-test settings (issue 14); absent means `DEFAULT_FIELD_TEST`. */
  readonly fieldTest?: FieldTestSettings;
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

/** Version of the test-record shapes below; older records are migrated on load (io/testRecords). */
export const TEST_RECORD_VERSION = 1 as const;

/**
 * Which limit a link is tested against (issue 14 §2): the TIA-568.3-E link limit computed from
 * the link (REFERENCE-2 §16.2), the channel limit of the application set on the link (REFERENCE
 * §8), or a fixed budget per wavelength derived from the design.
 */
export type TestLimitKind = 'tia' | 'application' | 'design-budget';

/**
 * Test settings of one permanent link, keyed by the link key (`device#port|device#port`, the two
 * end ports sorted). Every field is optional: absent means the design default.
 */
export interface LinkTestSetting {
  /** The link key; equals the record key. */
  readonly id: string;
  readonly recordVersion: typeof TEST_RECORD_VERSION;
  /** The application the link is meant to carry (REFERENCE §8), judged besides the TIA limit. */
  readonly application?: ApplicationId;
  readonly referenceMethod?: ReferenceMethod;
  /** Limit the technician tests against (default `tia`). */
  readonly limit?: TestLimitKind;
  /** Fixed budget per wavelength (key: nm as text), dB, overriding the design-based budget. */
  readonly budgetDb?: Readonly<Record<string, number>>;
}

/**
 * One measured insertion loss of one fiber of a permanent link at one wavelength, as imported
 * from a tester export (REFERENCE-2 §16.5). Kept for ever: a newer test of the same fiber and
 * wavelength supersedes an older one for verdicts, the older stays as history.
 */
export interface TestResult {
  /** Content hash of link, fiber, wavelength, loss, method, date, length and far position: re-import is idempotent. */
  readonly id: string;
  readonly recordVersion: typeof TEST_RECORD_VERSION;
  /** Permanent link key (`device#port|device#port`). */
  readonly link: string;
  /** The link identifier as the tester file wrote it. */
  readonly linkLabel: string;
  /**
   * The fiber, at the link's near end (the end whose label sorts first): `A`/`B` on a duplex
   * port, the MPO position (`1`…`32`) on an array port, `*` for a result of the whole duplex link.
   */
  readonly fiber: string;
  /** Test wavelength, nm. */
  readonly wavelengthNm: number;
  /** Measured insertion loss, dB (negative when the reference is bad, §16.3). */
  readonly lossDb: number;
  readonly referenceMethod: ReferenceMethod;
  /** Length the tester reports, m. */
  readonly lengthM?: number;
  /** Far-end position the fiber arrived on (MPO testers, §16.4), in the link's far-end terms. */
  readonly farPosition?: string;
  /** The tester's own limit and margin, dB, and its pass/fail text (kept for display, §16.5). */
  readonly testerLimitDb?: number;
  readonly testerMarginDb?: number;
  readonly testerResult?: string;
  /** When the test was made (ISO 8601 date or date-time). */
  readonly testedAt?: string;
  readonly operator?: string;
  /** Source file name and data row (1 = first row after the header). */
  readonly source: string;
  readonly row: number;
  /** When the row was imported (ISO 8601). */
  readonly importedAt: string;
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
  /** Field-test results by record id (issue 14); absent means none. */
  readonly testResults?: Readonly<Record<string, TestResult>>;
  /** Per-link test settings by link key (issue 14); absent means defaults for every link. */
  readonly linkTests?: Readonly<Record<string, LinkTestSetting>>;
}

/**
 * The record collections of a design: every field of `Design` that maps record ids to records
 * (`racks`, `devices`, `cables`, `parts`, `testResults`, `linkTests`; not `settings`). Derived from
 * the type, so a new collection joins it by being declared above; the tables that list the
 * collections (`io/records/collections.ts`, `core/editChanges.ts`) are checked against it.
 */
export type DesignCollection = Exclude<
  {
    [K in keyof Design]-?: NonNullable<Design[K]> extends Readonly<Record<string, object>> ? K : never;
  }[keyof Design],
  'settings'
>;

/**
 * True (as a type) when `A` and `B` are the same set of string literals; a table of names proves
 * it covers a union with `const proof: SameNames<typeof names[number], Union> = true`.
 */
export type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Field-test defaults (REFERENCE-2 §16.1, §16.2, §16.6). */
export const DEFAULT_FIELD_TEST: FieldTestSettings = {
  referenceMethod: '1J',
  referenceGradeEnds: false,
  toleranceDb: { multimode: 0.1, singleMode: 0.2 },
};

/** The field-test settings of a design (its own, or the defaults). */
export const fieldTestSettings = (d: Pick<Design, 'settings'>): FieldTestSettings =>
  d.settings.fieldTest ?? DEFAULT_FIELD_TEST;

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
