/**
 * The Tier 1 link loss limit of a permanent link (REFERENCE-2 §16.2, Appendix B.5 `link_limit`):
 *
 *   limit(λ) = Σ L_km · α_max(λ) + e · c_end + N_embedded · 0.75 + N_splice · 0.3   (dB)
 *   e = 2 (1-jumper), 1 (2-jumper), 0 (3-jumper)
 *   c_end = 0.75 dB, or 0.50 dB when the TIA-568.3-E reference-grade option is declared
 *
 * The formula is a CONVENTION assembling the cited values [S115][S116][S117][S121]; the maximum
 * cabled-fiber attenuations α_max are a data table below, each with its source and its
 * UNVERIFIED tag (the UI shows the α used, §16.2).
 */
import { FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { ReferenceMethod } from '../design';
import { bandOf, type AttenuationBand } from '../loss/attenuation';
import type { Provenance } from '../parts';

/** End connections a result includes, by reference method (REFERENCE-2 §16.1 [S115][S116][S117]). */
export const END_CONNECTIONS: Readonly<Record<ReferenceMethod, number>> = { '1J': 2, '2J': 1, '3J': 0 };

/** Words for a reference method, as testers and the UI name them. */
export const METHOD_TEXT: Readonly<Record<ReferenceMethod, string>> = {
  '1J': '1-jumper',
  '2J': '2-jumper',
  '3J': '3-jumper',
};

/** Maximum loss of a standard-grade mated pair counted by the limit, dB (REFERENCE §7.2, §16.2). */
export const LIMIT_PAIR_DB = 0.75;
/** Maximum loss of a splice counted by the limit, dB (REFERENCE §7.2, REFERENCE-2 §15.1, §16.2). */
export const LIMIT_SPLICE_DB = 0.3;
/**
 * End-connection allowance, dB: standard 0.75; 0.50 when the test reference cords are declared
 * TIA-568.3-E reference grade (reference-grade to standard-grade mated pair ≤ 0.50 dB [S121]).
 */
export const END_CONNECTION_DB = { standard: 0.75, referenceGrade: 0.5 } as const;

/** The wavelengths a link of each fiber mode is tested at, nm (REFERENCE-2 §16.2 table columns). */
export const TEST_WAVELENGTHS: Readonly<Record<ModeFamily, readonly number[]>> = {
  multimode: [850, 1300],
  'single-mode': [1310, 1550],
};

/** One α_max cell: dB/km, its source, and the alternative value when the cited value is disputed. */
export interface LimitAttenuation {
  readonly dbPerKm: number;
  readonly provenance: Provenance;
  /**
   * A competing value the standard may use instead (multimode 850 nm: TIA may use 3.0 dB/km,
   * REFERENCE §11 item 6). A verdict that differs under it is UNVERIFIED.
   */
  readonly alternativeDbPerKm?: number;
}

const cell = (dbPerKm: number, source: string, unverified = false, alternativeDbPerKm?: number): LimitAttenuation => ({
  dbPerKm,
  provenance: { source, ...(unverified ? { unverified: true } : {}) },
  ...(alternativeDbPerKm === undefined ? {} : { alternativeDbPerKm }),
});

const MM_850 = cell(
  3.5,
  'IEEE/REFERENCE §7.2 value 3.5 dB/km @850 [S42]; whether TIA-568.3-E uses 3.0 is UNVERIFIED (REFERENCE §11 item 6); REFERENCE-2 §16.2',
  true,
  3.0,
);
const MM_1300 = cell(1.5, 'IEEE 1.5 dB/km @1300 [S42]; REFERENCE-2 §16.2');

/**
 * α_max by fiber type and test wavelength, dB/km (REFERENCE-2 §16.2 table): multimode 3.5 @850
 * (UNVERIFIED vs 3.0), 1.5 @1300; OS1a (inside plant) 1.0 @1310, 1.0 @1550 (UNVERIFIED); OS2
 * 0.4 @1310, 0.4 @1550 (UNVERIFIED, 1550 nm maximum not retrieved).
 */
export const LIMIT_ATTENUATION: Readonly<Record<FiberType, Readonly<Record<number, LimitAttenuation>>>> = {
  OM3: { 850: MM_850, 1300: MM_1300 },
  OM4: { 850: MM_850, 1300: MM_1300 },
  OM5: { 850: MM_850, 1300: MM_1300 },
  OS1a: {
    1310: cell(1.0, 'single-mode inside plant (OS1a) 1.0 dB/km @1310 [S34][S105]; REFERENCE-2 §16.2'),
    1550: cell(1.0, 'single-mode inside plant 1.0 dB/km @1550 is UNVERIFIED [S34][S105]; REFERENCE-2 §16.2', true),
  },
  OS2: {
    1310: cell(0.4, 'single-mode OS2 0.4 dB/km @1310 [S34][S105]; REFERENCE-2 §16.2'),
    1550: cell(
      0.4,
      'OS2 @1550: maximum not retrieved, the 1310 nm value is used (UNVERIFIED); REFERENCE-2 §16.2',
      true,
    ),
  },
};

/** The table column of each attenuation band (a tester's 1310 nm on multimode reads the 1300 nm column). */
const BAND_COLUMN: Readonly<Record<AttenuationBand, number>> = {
  'mm-850': 850,
  'mm-1300': 1300,
  'sm-1310': 1310,
  'sm-1550': 1550,
};

/** α_max of single-mode indoor/outdoor cable, dB/km (REFERENCE-2 §16.2 table; REFERENCE §7.2). */
export const INDOOR_OUTDOOR_ATTENUATION: Readonly<Record<number, LimitAttenuation>> = {
  1310: cell(0.5, 'single-mode indoor/outdoor 0.5 dB/km @1310 [S34][S105]; REFERENCE-2 §16.2'),
  1550: cell(0.5, 'single-mode indoor/outdoor 0.5 dB/km @1550 is UNVERIFIED [S34][S105]; REFERENCE-2 §16.2', true),
};

/**
 * α_max of a fiber type at a wavelength, looked up by the wavelength's band (REFERENCE §7.2
 * bands: e.g. 1310 nm on multimode is the 1300 nm column); single-mode cable of `indoor-outdoor`
 * construction takes the indoor/outdoor row (0.5 dB/km). Undefined outside every band.
 */
export function limitAttenuation(
  ft: FiberType,
  wavelengthNm: number,
  construction?: 'indoor-outdoor',
): LimitAttenuation | undefined {
  const band = bandOf(FIBER_MODE[ft], wavelengthNm);
  if (!band) return undefined;
  const column = BAND_COLUMN[band];
  if (construction === 'indoor-outdoor' && FIBER_MODE[ft] === 'single-mode') return INDOOR_OUTDOOR_ATTENUATION[column];
  return LIMIT_ATTENUATION[ft][column];
}

/** The test wavelengths of a fiber type (850/1300 nm multimode, 1310/1550 nm single-mode). */
export const testWavelengths = (ft: FiberType): readonly number[] => TEST_WAVELENGTHS[FIBER_MODE[ft]];

/** A fiber segment of the limit: length, m, and α_max, dB/km. */
export interface LimitSegment {
  readonly lengthM: number;
  readonly dbPerKm: number;
}

/** What the limit formula counts. */
export interface LinkLimitInput {
  readonly segments: readonly LimitSegment[];
  /** Mated pairs inside the link (not the two end connections). */
  readonly embeddedPairs: number;
  readonly splices: number;
  readonly method: ReferenceMethod;
  /** True: end connections 0.50 dB (reference-grade option); false: 0.75 dB. */
  readonly referenceGradeEnds: boolean;
}

/** The limit and its terms, dB. */
export interface LinkLimit {
  readonly limitDb: number;
  readonly fiberDb: number;
  readonly endDb: number;
  readonly embeddedDb: number;
  readonly spliceDb: number;
  /** e of the formula. */
  readonly endConnections: number;
  /** c_end used, dB. */
  readonly endConnectionDb: number;
}

/**
 * The link limit of REFERENCE-2 §16.2 / Appendix B.5 `link_limit`, dB. Lengths in m, α in dB/km.
 * Pure arithmetic; never throws. GT-24: 240 m OM4, 1 embedded pair, 2 splices → 3.690 dB @850
 * (1-jumper).
 */
export function linkLimit(input: LinkLimitInput): LinkLimit {
  let fiberDb = 0;
  for (const s of input.segments) fiberDb += (s.lengthM / 1000) * s.dbPerKm;
  const endConnections = END_CONNECTIONS[input.method];
  const endConnectionDb = input.referenceGradeEnds ? END_CONNECTION_DB.referenceGrade : END_CONNECTION_DB.standard;
  const endDb = endConnections * endConnectionDb;
  const embeddedDb = input.embeddedPairs * LIMIT_PAIR_DB;
  const spliceDb = input.splices * LIMIT_SPLICE_DB;
  return {
    limitDb: fiberDb + endDb + embeddedDb + spliceDb,
    fiberDb,
    endDb,
    embeddedDb,
    spliceDb,
    endConnections,
    endConnectionDb,
  };
}
