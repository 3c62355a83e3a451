/**
 * Parameter records of the part builder (issue 13 §2): one record shape per builder kind, the
 * ordering parameters a buyer gives a vendor (lengths in m). Validation and value lists are in
 * params.ts; display names and defaults of the palette form in paramForm.ts.
 */
import type { FiberType } from '../../connectors';
import type { AdapterType, DuplexCordType, SpliceMethod } from '../../parts';
import type { DuplexVariant } from '../duplexCables';
import type { GenderPair } from '../cables';
import type { SpliceOrder } from '../spliceParts';

/** MPO connectors a trunk or harness can carry (REFERENCE §1.1). */
export type MpoConnector = 'mpo-8' | 'mpo-12' | 'mpo-16' | 'mpo-24' | 'mpo-32';
/** Loss grades a generic part can be ordered in (REFERENCE §7.3; `unknown` is never ordered). */
export type OrderGrade = 'tia-max' | 'standard' | 'low-loss' | 'elite';
/** Polishes a generic part can be ordered in. */
export type OrderPolish = 'UPC' | 'APC';
/** Cassette methods (TIA-568.3-E; REFERENCE §5.2–§5.3): the canonical trunk-side map. */
export type CassetteMethod = 'A' | 'B1' | 'B2' | 'U1' | 'U2';

/** Fields every cable kind may carry: fiber type and ordered length (name and BOM only). */
interface CableCommon {
  readonly fiberType?: FiberType;
  /** Ordered length, m. The cable placed from the part takes it as its length. */
  readonly lengthM?: number;
}

/** An MPO array cable or trunk: `fibers` / connector fibers = legs per end (REFERENCE §3). */
export interface TrunkParams extends CableCommon {
  readonly kind: 'trunk';
  readonly connector: MpoConnector;
  readonly fibers: number;
  readonly polarity: 'A' | 'B' | 'C';
  readonly genders: GenderPair;
  readonly polish: OrderPolish;
  readonly grade: OrderGrade;
}

/** A duplex trunk: `fibers / 2` duplex legs per end, each A-to-B or A-to-A (REFERENCE §4 [S77]). */
export interface DuplexTrunkParams extends CableCommon {
  readonly kind: 'duplex-trunk';
  readonly connector: DuplexVariant;
  readonly fibers: number;
  readonly polarity: DuplexCordType;
  readonly polish: OrderPolish;
  readonly grade: OrderGrade;
}

/** A duplex patch cord, possibly hybrid (REFERENCE §4; REFERENCE-2 §13.2). */
export interface CordParams extends CableCommon {
  readonly kind: 'cord';
  readonly end1: DuplexVariant;
  readonly end2: DuplexVariant;
  readonly polarity: DuplexCordType;
  readonly polish: OrderPolish;
  readonly grade: OrderGrade;
}

/** An MPO-to-duplex harness (breakout cable, REFERENCE §6.4, REFERENCE-2 §14.4). */
export interface HarnessParams extends CableCommon {
  readonly kind: 'harness';
  readonly connector: MpoConnector;
  readonly legs: number;
  readonly gender: 'male' | 'female';
  readonly polish: OrderPolish;
  readonly legConnector: DuplexVariant;
  readonly legPolish: OrderPolish;
  readonly grade: OrderGrade;
}

/** A pigtail (REFERENCE-2 §15.2): a connector and fibers for splicing. */
export interface PigtailParams extends CableCommon {
  readonly kind: 'pigtail';
  readonly connector: MpoConnector | DuplexVariant;
  readonly gender: 'male' | 'female' | 'n/a';
  readonly polish: OrderPolish;
  readonly grade: OrderGrade;
}

/** A cable spliced at both ends: `groups` tubes or ribbons of `fibers` (REFERENCE-2 §15.2). */
export interface BulkCableParams extends CableCommon {
  readonly kind: 'bulk-cable';
  readonly fibers: number;
  readonly groups: number;
}

/** An MPO-to-duplex cassette: rear groups of one MPO variant (Base-8/12/16; Base-24 = 2× MPO-12). */
export interface CassetteParams {
  readonly kind: 'cassette';
  readonly method: CassetteMethod;
  readonly rear: 'mpo-8' | 'mpo-12' | 'mpo-16';
  readonly groups: number;
  readonly front: DuplexVariant;
  readonly rearGender: 'male' | 'female';
  readonly rearPolish: OrderPolish;
  readonly frontPolish: OrderPolish;
  readonly fiberType: FiberType;
  readonly grade: OrderGrade;
}

/** An adapter plate of `count` couplers (REFERENCE §0.2, §1.4; REFERENCE-2 §13.2). */
export interface PlateParams {
  readonly kind: 'plate';
  readonly connector: MpoConnector | DuplexVariant;
  readonly count: number;
  readonly adapter: Exclude<AdapterType, 'unknown'>;
}

/** A splice tray (REFERENCE-2 §15.2). */
export interface SpliceTrayParams {
  readonly kind: 'splice-tray';
  readonly fibers: number;
  readonly groups: number;
  readonly method: SpliceMethod;
  readonly order: SpliceOrder;
}

/** Any builder parameter record. */
export type PartParams =
  | TrunkParams
  | DuplexTrunkParams
  | CordParams
  | HarnessParams
  | PigtailParams
  | BulkCableParams
  | CassetteParams
  | PlateParams
  | SpliceTrayParams;

/** A builder kind. */
export type BuilderKind = PartParams['kind'];
