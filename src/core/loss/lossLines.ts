/**
 * The lines of a per-hop insertion-loss breakdown and the path total (REFERENCE §7.1, §7.4;
 * REFERENCE-2 §15.3): fiber segments (m, dB/km, dB), mated pairs, vendor module figures and
 * splices, all in dB, and the per-index context `pathLoss` memoises them in. Types only; the
 * computation is in `pathLoss.ts`, which re-exports these.
 */
import type { ConnectorFamily, FiberType } from '../connectors';
import type { LossMode, MultimodeAttenuationModel } from '../design';
import type { DesignIndex, ResolvedDevice } from '../engine/designIndex';
import type { CableId, DeviceId } from '../ids';
import type { CableEndDef, LossGrade, Provenance, SpliceMethod } from '../parts';
import type { AttenuationMedium, AttenuationValue } from './attenuation';
import type { LossBasis } from './componentLoss';

/** One connector of a mated pair, for the breakdown. */
export interface PairSide {
  /** e.g. "Trunk 1 End A" or "Cassette 3 MPO1". */
  readonly label: string;
  readonly family: ConnectorFamily;
  readonly grade: LossGrade;
}

/**
 * A fiber segment: one cable hop (the same for every fiber of the cable; the fiber number is in
 * the trace). `db`/`dbPerKm` are null when no coefficient is known.
 */
export interface FiberSegmentLoss {
  readonly kind: 'fiber';
  readonly cable: CableId;
  readonly cableName: string;
  readonly fiberType: FiberType;
  /** Segment length, m. */
  readonly lengthM: number;
  /** Attenuation coefficient, dB/km. */
  readonly dbPerKm: number | null;
  /** Segment loss, dB. */
  readonly db: number | null;
  readonly provenance: Provenance | null;
  /** Why the value is missing. */
  readonly reason?: string;
}

/** A mated connector pair inside a device hop. `db` is null when a side's grade has no value. */
export interface MatedPairLoss {
  readonly kind: 'mated-pair';
  readonly device: DeviceId;
  readonly deviceName: string;
  /** The port(s) of the pair: one for a fixed connector, two for a through-adapter. */
  readonly ports: readonly string[];
  readonly sides: readonly [PairSide, PairSide];
  /** Loss, dB. */
  readonly db: number | null;
  readonly basis: LossBasis | null;
  readonly provenance: Provenance | null;
  readonly reason?: string;
}

/** A whole-module figure used instead of the module's mated pairs (§7.4, never both). */
export interface ModuleFigureLoss {
  readonly kind: 'module';
  readonly device: DeviceId;
  readonly deviceName: string;
  /** Loss, dB. */
  readonly db: number;
  readonly basis: LossBasis;
  readonly provenance: Provenance;
}

/**
 * One splice of the fiber inside a device hop (REFERENCE-2 §15.3): `ports` are the splice port
 * and, for an inline splice, its peer. Loss per spliced fiber, dB (0.3 max; typical 0.15 SM /
 * 0.3 MM, FOA [S2], never for pass/fail).
 */
export interface SpliceLoss {
  readonly kind: 'splice';
  readonly device: DeviceId;
  readonly deviceName: string;
  readonly ports: readonly string[];
  readonly method: SpliceMethod;
  /** Loss, dB. */
  readonly db: number;
  readonly basis: LossBasis;
  readonly provenance: Provenance;
}

/** One line of the breakdown. */
export type HopLoss = FiberSegmentLoss | MatedPairLoss | ModuleFigureLoss | SpliceLoss;

/** Loss of one fiber path. Totals are sums of known values (a lower bound when incomplete). */
export interface PathLoss {
  /** Per-hop breakdown in path order (empty when computed without breakdown). */
  readonly hops: readonly HopLoss[];
  /** Total length, m. */
  readonly lengthM: number;
  /** Σ fiber segments, dB. */
  readonly fiberDb: number;
  /** Σ mated pairs, module figures and splices, dB. */
  readonly connectionDb: number;
  /** fiberDb + connectionDb, dB. */
  readonly totalDb: number;
  /** Number of mated pairs counted (a module whose figure replaces its pairs adds none). */
  readonly pairCount: number;
  /** Number of splices on the fiber (REFERENCE-2 §15.3; mass-fusion counted per fiber). */
  readonly spliceCount: number;
  /** False when any hop's loss is unknown: verdicts become `unchecked`, never `pass`. */
  readonly complete: boolean;
  /** Reasons for missing values. */
  readonly missing: readonly string[];
  /** Fiber types of the segments, without repeats. */
  readonly fiberTypes: readonly FiberType[];
}

/** A device hop's lines (in path order) with their sums, memoised per device and direction. */
export interface DeviceMemo {
  readonly lines: readonly HopLoss[];
  /** Σ known line values, dB. */
  readonly db: number;
  readonly pairs: number;
  readonly splices: number;
  readonly missing: readonly string[];
}

/**
 * What a path computation needs: the design index, loss mode, attenuation model and wavelengths,
 * plus memo tables of segment and device-hop lines (lines do not depend on the fiber, so every
 * fiber of a cable or through a port pair shares one immutable line). Get one with `pathContext`.
 */
export interface PathContext {
  readonly index: DesignIndex;
  readonly lossMode: LossMode;
  readonly model: MultimodeAttenuationModel;
  /** Application wavelength(s), nm: attenuation uses the worst. */
  readonly wavelengthsNm: readonly number[];
  readonly segments: Map<CableId, FiberSegmentLoss>;
  /** Attenuation per medium (fiber type or SM indoor/outdoor cable) at the context's wavelengths (null: no coefficient). */
  readonly attenuation: Map<AttenuationMedium, AttenuationValue | null>;
  /** Device hop memo: device → in-port → out-port. */
  readonly devices: Map<DeviceId, Map<string, Map<string, DeviceMemo>>>;
  /** Mated-pair and splice memo: device → port (a through pair is stored under both of its ports). */
  readonly pairs: Map<DeviceId, Map<string, MatedPairLoss | SpliceLoss>>;
  /**
   * Pair loss per device port for the totals (`pathTotals`), dB: one typed array per device, by
   * port number; NaN not computed yet, −1 unknown. Held here, not in a table keyed by the context.
   */
  readonly pairNumbers: Map<ResolvedDevice, number[]>;
  /** Pair loss of a plugged cable end against a fixed connector: end → mate → dB by fiber mode (0 MM, 1 SM). */
  readonly fixedPairs: Map<CableEndDef, Map<object, (number | undefined)[]>>;
}
