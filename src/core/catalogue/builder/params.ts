/**
 * Parameters of the part builder (issue 13 §2): every generic cable and module the designer
 * makes is a pure function of a small parameter record — the ordering parameters a buyer gives a
 * vendor. Kinds: MPO or duplex trunks/array cables, duplex cords (incl. hybrids such as MDC-to-LC),
 * MPO-to-duplex harnesses, cassettes (method; Base-8/12/16/24; front connector), adapter plates,
 * and the splice parts of REFERENCE-2 §15 (pigtails, spliced cables, splice trays).
 *
 * Value lists are data (`PARAM_VALUES`) so the id parser, the palette form and the tests share
 * them. `validateParams` says, per field, why a combination cannot be built (e.g. an APC cassette
 * behind a key-up/key-up rear adapter, V4 of REFERENCE §1.8).
 */
import { FIBER_TYPES, type FiberType } from '../../connectors';
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

const MPO: readonly MpoConnector[] = ['mpo-8', 'mpo-12', 'mpo-16', 'mpo-24', 'mpo-32'];
const DUPLEX: readonly DuplexVariant[] = ['lc-duplex', 'mdc-duplex', 'sn-duplex', 'cs-duplex', 'sc-duplex'];
const GRADES: readonly OrderGrade[] = ['low-loss', 'standard', 'elite', 'tia-max'];
const POLISH: readonly OrderPolish[] = ['UPC', 'APC'];

/** The allowed values of every enumerated field, by field name (shared by parser, form and tests). */
export const PARAM_VALUES = {
  connector: [...MPO, ...DUPLEX],
  end1: DUPLEX,
  end2: DUPLEX,
  legConnector: DUPLEX,
  front: DUPLEX,
  rear: ['mpo-8', 'mpo-12', 'mpo-16'],
  polarity: ['A', 'B', 'C', 'A-to-B', 'A-to-A'],
  genders: ['ff', 'mm', 'mf'],
  gender: ['male', 'female', 'n/a'],
  rearGender: ['male', 'female'],
  polish: POLISH,
  legPolish: POLISH,
  rearPolish: POLISH,
  frontPolish: POLISH,
  grade: GRADES,
  fiberType: FIBER_TYPES,
  method: ['A', 'B1', 'B2', 'U1', 'U2', 'fusion', 'mechanical', 'mass-fusion'],
  adapter: ['key-up-key-down', 'key-up-key-up', 'duplex'],
  order: ['colour', 'ribbon-reversed'],
} as const satisfies Record<string, readonly string[]>;

/** Numeric fields and their inclusive ranges. */
export const PARAM_RANGES = {
  fibers: [1, 864],
  legs: [1, 24],
  groups: [1, 72],
  count: [1, 144],
  lengthM: [0.1, 100_000],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Field order of each kind: the canonical order of the part id and of the palette form. A `?`
 * marks an optional field (omitted from the id when absent).
 */
export const KIND_FIELDS: Readonly<Record<BuilderKind, readonly string[]>> = {
  trunk: ['connector', 'fibers', 'polarity', 'genders', 'polish', 'grade', 'fiberType?', 'lengthM?'],
  'duplex-trunk': ['connector', 'fibers', 'polarity', 'polish', 'grade', 'fiberType?', 'lengthM?'],
  cord: ['end1', 'end2', 'polarity', 'polish', 'grade', 'fiberType?', 'lengthM?'],
  harness: ['connector', 'legs', 'gender', 'polish', 'legConnector', 'legPolish', 'grade', 'fiberType?', 'lengthM?'],
  pigtail: ['connector', 'gender', 'polish', 'grade', 'fiberType?', 'lengthM?'],
  'bulk-cable': ['fibers', 'groups', 'fiberType?', 'lengthM?'],
  cassette: ['method', 'rear', 'groups', 'front', 'rearGender', 'rearPolish', 'frontPolish', 'fiberType', 'grade'],
  plate: ['connector', 'count', 'adapter'],
  'splice-tray': ['fibers', 'groups', 'method', 'order'],
};

/** Fibers of one connector of a variant (MPO-8: 8 on a 12-position ferrule). */
export const MPO_FIBERS: Readonly<Record<MpoConnector, number>> = {
  'mpo-8': 8,
  'mpo-12': 12,
  'mpo-16': 16,
  'mpo-24': 24,
  'mpo-32': 32,
};

const isMpo = (c: string): c is MpoConnector => (MPO as readonly string[]).includes(c);

/** One problem with a parameter record: the field and why. */
export interface ParamProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Why a parameter record cannot be built, field by field (empty when it can). Checks the
 * combinations the domain forbids: an MPO trunk's fibers must fill whole connectors; a duplex
 * trunk has A-to-B/A-to-A pairs and an even fiber count; an MPO trunk is Type A, B or C; an APC
 * cassette or MPO plate cannot use a key-up/key-up adapter (V4, REFERENCE §1.5, §1.8); Base-8
 * and Base-16 cassettes exist only as Method U1 (MOD-U1-8, MOD-U16, REFERENCE §5.2, REFERENCE-2
 * §13.5); a duplex plate needs the `duplex` coupler and an MPO plate a keyed one.
 */
export function validateParams(p: PartParams): ParamProblem[] {
  const out: ParamProblem[] = [];
  const bad = (field: string, message: string) => out.push({ field, message });
  switch (p.kind) {
    case 'trunk': {
      const per = MPO_FIBERS[p.connector];
      if (p.fibers % per !== 0 || p.fibers < per)
        bad('fibers', `${p.fibers}F does not fill whole ${p.connector.toUpperCase()} connectors (${per}F each)`);
      if (!['A', 'B', 'C'].includes(p.polarity)) bad('polarity', 'an MPO trunk is Type A, B or C');
      break;
    }
    case 'duplex-trunk':
      if (p.fibers % 2 !== 0 || p.fibers < 2) bad('fibers', 'a duplex trunk has an even number of fibers');
      if (p.polarity !== 'A-to-B' && p.polarity !== 'A-to-A') bad('polarity', 'duplex pairs are A-to-B or A-to-A');
      break;
    case 'cord':
      if (p.polarity !== 'A-to-B' && p.polarity !== 'A-to-A') bad('polarity', 'a duplex cord is A-to-B or A-to-A');
      break;
    case 'harness': {
      const legsMax = Math.floor(MPO_FIBERS[p.connector] / 2);
      if (p.legs > legsMax) bad('legs', `${p.connector.toUpperCase()} carries at most ${legsMax} duplex legs`);
      if (p.connector === 'mpo-24' || p.connector === 'mpo-32')
        bad('connector', 'two-row harness maps are UNVERIFIED (REFERENCE §3.4): use MPO-8/12/16');
      break;
    }
    case 'pigtail':
      if (isMpo(p.connector) === (p.gender === 'n/a'))
        bad('gender', isMpo(p.connector) ? 'an MPO pigtail is male or female' : 'a duplex connector has no gender');
      break;
    case 'bulk-cable':
      if (p.fibers > 72) bad('fibers', 'at most 72 fibers per spliced group: use several groups');
      break;
    case 'cassette':
      if ((p.rear === 'mpo-8' || p.rear === 'mpo-16') && p.method !== 'U1')
        bad(
          'method',
          `${p.rear === 'mpo-8' ? 'Base-8' : 'Base-16'} cassettes exist as Method U1 only (REFERENCE §5.2, REFERENCE-2 §13.5)`,
        );
      if (p.rearPolish === 'APC' && ['B1', 'B2', 'U2'].includes(p.method))
        bad('rearPolish', `Method ${p.method} modules use key-up/key-up rear adapters, which cannot take APC (V4)`);
      break;
    case 'plate':
      if (isMpo(p.connector) === (p.adapter === 'duplex'))
        bad(
          'adapter',
          isMpo(p.connector)
            ? 'an MPO plate is key-up/key-down or key-up/key-up'
            : 'a duplex plate uses duplex couplers',
        );
      break;
    case 'splice-tray':
      if (p.fibers > 72) bad('fibers', 'at most 72 fibers per splice group');
      if (!['fusion', 'mechanical', 'mass-fusion'].includes(p.method))
        bad('method', 'fusion, mechanical or mass-fusion');
      break;
  }
  return out;
}

/** Display names of the builder fields (palette form, error messages). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  connector: 'Connector',
  fibers: 'Fibers',
  polarity: 'Polarity',
  genders: 'Genders',
  gender: 'Gender',
  polish: 'Polish',
  grade: 'Loss grade',
  fiberType: 'Fiber type',
  lengthM: 'Length (m)',
  end1: 'End 1',
  end2: 'End 2',
  legs: 'Legs',
  legConnector: 'Leg connector',
  legPolish: 'Leg polish',
  groups: 'Groups',
  method: 'Method',
  rear: 'Rear (base)',
  front: 'Front connector',
  rearGender: 'Rear gender',
  rearPolish: 'Rear polish',
  frontPolish: 'Front polish',
  count: 'Adapters',
  adapter: 'Adapter',
  order: 'Splice order',
};

/** Display names of the builder kinds. */
export const KIND_LABELS: Readonly<Record<BuilderKind, string>> = {
  trunk: 'MPO trunk / array cable',
  'duplex-trunk': 'Duplex trunk',
  cord: 'Duplex patch cord',
  harness: 'Harness (breakout)',
  pigtail: 'Pigtail',
  'bulk-cable': 'Cable for splicing',
  cassette: 'Cassette',
  plate: 'Adapter plate',
  'splice-tray': 'Splice tray',
};

/**
 * The values a field may take for a kind (the palette form's options): MPO connectors for MPO
 * trunks and harnesses, duplex ones for duplex trunks, A/B/C for MPO polarity and A-to-B/A-to-A
 * for duplex, splice methods for trays and cassette methods for cassettes. Numeric fields: [].
 */
export function fieldOptions(kind: BuilderKind, field: string): readonly string[] {
  if (field === 'connector')
    return kind === 'trunk'
      ? MPO
      : kind === 'harness'
        ? ['mpo-8', 'mpo-12', 'mpo-16']
        : kind === 'duplex-trunk'
          ? DUPLEX
          : PARAM_VALUES.connector;
  if (field === 'polarity') return kind === 'trunk' ? ['A', 'B', 'C'] : ['A-to-B', 'A-to-A'];
  if (field === 'gender') return kind === 'harness' ? ['male', 'female'] : PARAM_VALUES.gender;
  if (field === 'method')
    return kind === 'splice-tray' ? ['fusion', 'mechanical', 'mass-fusion'] : ['A', 'B1', 'B2', 'U1', 'U2'];
  return (PARAM_VALUES as Readonly<Record<string, readonly string[]>>)[field] ?? [];
}

/** A valid starting record of every kind (what the palette form shows first). */
export const BUILDER_DEFAULTS: Readonly<Record<BuilderKind, PartParams>> = {
  trunk: {
    kind: 'trunk',
    connector: 'mpo-16',
    fibers: 16,
    polarity: 'B',
    genders: 'ff',
    polish: 'APC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 35,
  },
  'duplex-trunk': {
    kind: 'duplex-trunk',
    connector: 'lc-duplex',
    fibers: 24,
    polarity: 'A-to-B',
    polish: 'UPC',
    grade: 'low-loss',
    fiberType: 'OM4',
    lengthM: 30,
  },
  cord: {
    kind: 'cord',
    end1: 'mdc-duplex',
    end2: 'lc-duplex',
    polarity: 'A-to-B',
    polish: 'UPC',
    grade: 'standard',
    fiberType: 'OS2',
    lengthM: 2,
  },
  harness: {
    kind: 'harness',
    connector: 'mpo-16',
    legs: 8,
    gender: 'female',
    polish: 'APC',
    legConnector: 'lc-duplex',
    legPolish: 'UPC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 3,
  },
  pigtail: {
    kind: 'pigtail',
    connector: 'mpo-12',
    gender: 'male',
    polish: 'APC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 2,
  },
  'bulk-cable': { kind: 'bulk-cable', fibers: 12, groups: 1, fiberType: 'OS2', lengthM: 500 },
  cassette: {
    kind: 'cassette',
    method: 'U1',
    rear: 'mpo-12',
    groups: 1,
    front: 'lc-duplex',
    rearGender: 'male',
    rearPolish: 'APC',
    frontPolish: 'UPC',
    fiberType: 'OS2',
    grade: 'low-loss',
  },
  plate: { kind: 'plate', connector: 'mdc-duplex', count: 12, adapter: 'duplex' },
  'splice-tray': { kind: 'splice-tray', fibers: 12, groups: 1, method: 'fusion', order: 'colour' },
};
