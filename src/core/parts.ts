/**
 * Catalogue part records: cables, modules (cassettes, adapter plates), rack equipment (panels,
 * enclosures, switches) and transceivers. Parts are data; the engine reads their position maps
 * and never branches on a part's name.
 *
 * Position maps follow REFERENCE §0.3 and §5.1: every map is expressed in *plug* positions of the
 * connectors that plug into the part, so mirrors at adapters are already folded in.
 */
import type { ConnectorSpec, ConnectorVariant, FiberType } from './connectors';
import type { PartId } from './ids';
import type { Decibels, Nanometres } from './units';

/** Where a value comes from: a REFERENCE source tag, and whether it is verified (§ evidence tags). */
export interface Provenance {
  /** e.g. "REFERENCE §5.2 [S11]" or "NetBox devicetype-library". */
  readonly source: string;
  /** True when REFERENCE marks the value UNVERIFIED: the UI shows it as unverified. */
  readonly unverified?: boolean;
}

/**
 * Loss grade of a mated connector pair (REFERENCE §7.2–§7.3). `unknown` makes loss `unchecked`.
 */
export type LossGrade = 'tia-max' | 'standard' | 'low-loss' | 'elite' | 'unknown';

/** Insertion loss of one mated pair as a datasheet gives it. */
export interface PairLoss {
  /** Maximum loss per mated pair, dB. */
  readonly maxDb: Decibels;
  /** Typical loss per mated pair, dB, where known. */
  readonly typicalDb?: Decibels;
  readonly provenance: Provenance;
}

/** Array-cable polarity type (TIA-568.3-E): A straight, B reversed, C pair-flipped (§3). */
export type ArrayPolarity = 'A' | 'B' | 'C';
/** Duplex cord type (TIA-568.3-E): A-to-B or A-to-A (§4). Never "crossover"/"straight". */
export type DuplexCordType = 'A-to-B' | 'A-to-A';

/** One end (or leg) of a cable. */
export interface CableEndDef {
  /** Stable key within the cable, e.g. `A`, `B`, `B1`…`B4`. */
  readonly key: string;
  /** Display name, e.g. "End A", "Leg 3". */
  readonly label: string;
  readonly connector: ConnectorSpec;
  /** Loss grade of this connector when mated. */
  readonly lossGrade: LossGrade;
}

/**
 * One fiber of a cable, from (end, position) to (end, position). `fiber` is the TIA-598 fiber
 * number used for its colour (§2).
 */
export interface CableFiber {
  readonly fiber: number;
  readonly from: { readonly end: number; readonly position: number };
  readonly to: { readonly end: number; readonly position: number };
}

/**
 * Cable classes, for the palette and for substitution groups. `pigtail`: one connector end and
 * one spliced end; `bulk-cable`: spliced ends only (REFERENCE-2 §15); `splitter`: a 1:2 splitter
 * array cable of a twin-port transceiver (REFERENCE-2 §14.4, map UNVERIFIED).
 */
export type CableClass =
  'array-cable' | 'trunk' | 'harness' | 'duplex-cord' | 'conversion-cable' | 'pigtail' | 'bulk-cable' | 'splitter';

/** A cable part: ends plus the fibers between them; `fibers: 'unknown'` makes traces unchecked. */
export interface CablePart {
  readonly kind: 'cable';
  readonly id: PartId;
  readonly name: string;
  readonly cableClass: CableClass;
  /** Array polarity type for array cables and trunks. */
  readonly polarity?: ArrayPolarity;
  /** Duplex cord type for LC/SC cords. */
  readonly cordType?: DuplexCordType;
  readonly ends: readonly CableEndDef[];
  readonly fibers: readonly CableFiber[] | 'unknown';
  /** Total fiber count. */
  readonly fiberCount: number;
  /** Default fiber type for a new instance. */
  readonly defaultFiberType: FiberType;
  /** Ordered length, m, of a builder part ("… 35 m"): a cable placed from it takes this length. */
  readonly lengthM?: number;
  /** Substitution group: parts in the same group can replace each other in a proposed fix. */
  readonly swapGroup: string;
  readonly partNumber?: string;
  readonly manufacturer?: string;
  readonly provenance: Provenance;
}

/** How a port mates what is plugged into it. */
export type PortMate =
  /** The plug meets a fixed connector inside the part (cassette rear MPO, transceiver MDI). */
  | {
      readonly kind: 'fixed';
      readonly connector: ConnectorSpec;
      readonly lossGrade: LossGrade;
      /** Orientation of the adapter the plug passes through (cassette rear adapter, for V4). */
      readonly adapter?: AdapterType;
    }
  /** Through-adapter: the plug meets the plug in `peer` (adapter plates, LC couplers). */
  | { readonly kind: 'through'; readonly peer: string; readonly adapter: AdapterType }
  /**
   * A splice (REFERENCE-2 §15): the spliced end plugged here is fused, fiber by fiber, either to
   * the spliced end in `peer` (an inline splice in a closure or tray: one splice per fiber for
   * the pair) or, without `peer`, to the part's own internal fiber (a pigtail splice cassette).
   * No connector, so no gender, polish or key rule; fiber mode (V5) is still checked.
   */
  | { readonly kind: 'splice'; readonly method: SpliceMethod; readonly peer?: string };

/** Splice methods (REFERENCE-2 §15.1): fusion, mechanical, or mass-fusion of a ribbon (per fiber). */
export type SpliceMethod = 'fusion' | 'mechanical' | 'mass-fusion';

/**
 * Adapter (coupling) orientation: `key-up-key-down` (TIA Type A, i↔i), `key-up-key-up`
 * (Type B, i↔N+1−i), `duplex` (LC/SC coupler: A↔B) (§0.2, §1.4).
 */
export type AdapterType = 'key-up-key-down' | 'key-up-key-up' | 'duplex' | 'unknown';

/** A port of a device part: a receptacle a cable end plugs into. */
export interface PortDef {
  /** Stable key within the part, e.g. `front-3`, `rear-1`, `mdi`. */
  readonly key: string;
  /** Display name, e.g. "Port 3", "MPO1". */
  readonly label: string;
  readonly face: 'front' | 'rear';
  /** Port number used by labels and the port-remapped check (1-based). */
  readonly index: number;
  /** Connector variant the port accepts. */
  readonly accepts: ConnectorVariant;
  readonly mate: PortMate;
}

/**
 * Internal connection of a device: a fiber from (port, plug position) to (port, plug position).
 * For a cassette this is the trunk-side map of §5.1 (`M(j) = (p, x)`).
 */
export interface InternalLink {
  readonly a: { readonly port: string; readonly position: number };
  readonly b: { readonly port: string; readonly position: number };
}

/**
 * Connectivity method class of a module (REFERENCE §5.2–§5.3): which canonical module it is.
 * Used for method recognition and for "non-standard mix" warnings.
 */
export type ModuleClass =
  | 'MOD-A'
  | 'MOD-B1'
  | 'MOD-B2'
  | 'MOD-U1'
  | 'MOD-U2'
  | 'MOD-U1-8'
  | 'MOD-U16'
  | 'adapter-plate'
  | 'conversion'
  | 'splice'
  | 'splice-cassette'
  | 'custom';

/** Loss model of a module: per mated pair at each face, or one module figure (§7.4; never both). */
export type ModuleLoss = { readonly kind: 'pairs' } | { readonly kind: 'module'; readonly loss: PairLoss };

/** A module that goes into an enclosure slot: cassette, adapter plate, conversion module. */
export interface ModulePart {
  readonly kind: 'module';
  readonly id: PartId;
  readonly name: string;
  readonly moduleClass: ModuleClass;
  /** Slot form factor it fits, e.g. `lgx`, `edge`, `fhd`, `mtp-panel`. */
  readonly formFactor: string;
  readonly ports: readonly PortDef[];
  /** Internal fibers; `unknown` when the map is not known (imported part): traces are unchecked. */
  readonly links: readonly InternalLink[] | 'unknown';
  /** Fiber type inside the module, or `unknown`. */
  readonly fiberType: FiberType | 'unknown';
  readonly loss: ModuleLoss;
  readonly fiberCount: number;
  readonly swapGroup: string;
  readonly partNumber?: string;
  readonly manufacturer?: string;
  readonly provenance: Provenance;
}

/** Mounting style of a rack panel or enclosure (issue 2 §2). */
export type Mounting = 'fixed' | 'sliding-tray' | 'modular' | 'preloaded';

/** A slot of an enclosure that takes one module of a form factor. */
export interface SlotDef {
  readonly key: string;
  readonly label: string;
  readonly formFactor: string;
}

/** A cage of a switch that takes one transceiver of a form factor. */
export interface CageDef {
  readonly key: string;
  readonly label: string;
  /** Transceiver form factor, e.g. `QSFP28`, `SFP+`, `QSFP-DD`. */
  readonly formFactor: string;
}

/** Rack equipment: patch panel, enclosure or switch. */
export interface RackPart {
  readonly kind: 'rack-equipment';
  readonly id: PartId;
  readonly name: string;
  readonly role: 'patch-panel' | 'enclosure' | 'switch';
  /** Height in rack units. */
  readonly heightU: number;
  readonly mounting: Mounting | 'n/a';
  readonly slots: readonly SlotDef[];
  readonly cages: readonly CageDef[];
  /** Fixed ports built into the panel (a fixed patch panel is its own adapter plate). */
  readonly ports: readonly PortDef[];
  readonly links: readonly InternalLink[] | 'unknown';
  readonly fiberType: FiberType | 'unknown';
  /** Maximum fibers the enclosure holds (0 for switches). */
  readonly maxFibers: number;
  /** Modules preloaded in slots: slot key → module part id. */
  readonly preloaded?: Readonly<Record<string, PartId>>;
  readonly partNumber?: string;
  readonly manufacturer?: string;
  readonly provenance: Provenance;
}

/** Role of one plug position at a transceiver MDI. */
export interface LaneDef {
  /** Plug position at the MDI (already converted from receptacle numbering, §0.1). */
  readonly position: number;
  readonly role: 'tx' | 'rx' | 'bidi';
  /**
   * Lane index over the whole transceiver; a duplex transceiver has lane 0 only. A twin-port
   * transceiver numbers its second MDI's lanes on (REFERENCE-2 §14.2 CONVENTION: "a" 0–3, "b" 4–7).
   */
  readonly lane: number;
  /** The MDI port key the position belongs to; absent = `mdi` (single-port transceivers). */
  readonly port?: string;
}

/** IEEE 802.3 application (PHY) names supported by the catalogue (§8). */
export type ApplicationId = (typeof APPLICATION_IDS)[number];

/**
 * Every application a transceiver part may name (REFERENCE §8, REFERENCE-2 §14.1), as data so
 * the design schema lists the same values. "1.6TBASE-SR8" is here only so that a part naming it
 * can be told it is not an IEEE 802.3 PMD (REFERENCE-2 §14.1, GT-28b).
 */
export const APPLICATION_IDS = [
  '10GBASE-SR',
  '25GBASE-SR',
  '40GBASE-SR4',
  '100GBASE-SR4',
  '400GBASE-SR8',
  '400GBASE-SR4.2',
  '400GBASE-DR4',
  '100GBASE-DR',
  '100GBASE-LR4',
  '400GBASE-FR4',
  '10GBASE-LR',
  '100GBASE-FR1',
  '400GBASE-SR4',
  '800GBASE-SR8',
  '800GBASE-VR8',
  '800GBASE-DR8',
  '800GBASE-DR8-2',
  '1.6TBASE-DR8',
  '1.6TBASE-DR8-2',
  '1.6TBASE-SR8',
] as const;

/** A pluggable transceiver: form factor, application, MDI connector and lane table. */
export interface TransceiverPart {
  readonly kind: 'transceiver';
  readonly id: PartId;
  readonly name: string;
  readonly formFactor: string;
  readonly application: ApplicationId;
  /** The MDI receptacle: one port, key `mdi`, with a fixed connector (male for MPO, §1.3). */
  readonly port: PortDef;
  /**
   * Further MDI receptacles of a twin-port transceiver (e.g. the second MPO-12/APC of a
   * 2×400GBASE-DR4 OSFP, key `mdi-b`; REFERENCE-2 §14.1–§14.3). Absent on single-port parts.
   */
  readonly extraPorts?: readonly PortDef[];
  /** Lane table in plug positions; `unknown` makes polarity unchecked. */
  readonly lanes: readonly LaneDef[] | 'unknown';
  /** Number of lanes (circuits) the transceiver carries. */
  readonly laneCount: number;
  readonly fiberMode: 'multimode' | 'single-mode';
  /** Centre wavelength used for attenuation, nm. */
  readonly wavelength: Nanometres;
  /** Optional optical budget (REFERENCE §7.1): minimum Tx power and Rx sensitivity, dBm. */
  readonly txPowerMinDbm?: number;
  readonly rxSensitivityDbm?: number;
  readonly partNumber?: string;
  readonly manufacturer?: string;
  readonly provenance: Provenance;
}

/** Any catalogue part. */
export type Part = CablePart | ModulePart | RackPart | TransceiverPart;

/** Device parts (everything that has ports). */
export type DevicePart = ModulePart | RackPart | TransceiverPart;

const transceiverPorts = new WeakMap<TransceiverPart, readonly PortDef[]>();

/** Ports of a device part, as a list (a transceiver has one, a twin-port transceiver two). */
export function portsOf(part: DevicePart): readonly PortDef[] {
  if (part.kind !== 'transceiver') return part.ports;
  let hit = transceiverPorts.get(part);
  if (!hit) {
    hit = part.extraPorts ? [part.port, ...part.extraPorts] : [part.port];
    transceiverPorts.set(part, hit);
  }
  return hit;
}
