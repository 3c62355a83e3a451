/**
 * Cable parts: MPO array cables and trunks of Type A, B and C in every fiber count, multi-leg
 * trunks, MPO-to-LC harnesses (breakouts), conversion cables and LC duplex cords.
 *
 * Part ids encode the topology (like NetBox cable profiles): `cable/mpo12-typeB-ff-upc` is a
 * Type-B MPO-12 cable, female at both ends, UPC.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant, type Gender, type Polish } from '../connectors';
import { partId } from '../ids';
import type { ArrayPolarity, CableEndDef, CableFiber, CablePart, LossGrade } from '../parts';
import { DUPLEX_VARIANTS, makeDuplexCord, makeDuplexCordOf, makeDuplexTrunk, type DuplexVariant } from './duplexCables';
import { arrayCableMap, harnessLegMap } from './positionMaps';

export { makeDuplexCord, makeDuplexCordOf, makeDuplexTrunk } from './duplexCables';

/** Gender pairs for array cables: female/female (cords), male/male (trunks), male/female. */
export type GenderPair = 'ff' | 'mm' | 'mf';

const GENDERS: Readonly<Record<GenderPair, readonly [Gender, Gender]>> = {
  ff: ['female', 'female'],
  mm: ['male', 'male'],
  mf: ['male', 'female'],
};

const VARIANT_SHORT: Readonly<Record<ConnectorVariant, string>> = {
  'lc-duplex': 'lc',
  'lc-simplex': 'lcs',
  'sc-duplex': 'sc',
  'mdc-duplex': 'mdc',
  'sn-duplex': 'sn',
  'cs-duplex': 'cs',
  'mpo-8': 'mpo8',
  'mpo-12': 'mpo12',
  'mpo-16': 'mpo16',
  'mpo-24': 'mpo24',
  'mpo-32': 'mpo32',
  spliced: 'spliced',
};

const GENDER_WORD: Readonly<Record<GenderPair, string>> = { ff: 'female/female', mm: 'male/male', mf: 'male/female' };

const fiberCountOf = (v: ConnectorVariant): number => CONNECTOR_VARIANTS[v].positions.length;

/** Options of a generated array cable. */
export interface ArrayCableOptions {
  readonly polarity: ArrayPolarity;
  readonly variant: ConnectorVariant;
  readonly genders: GenderPair;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
}

/**
 * Builds a single-leg MPO array cable (Type A/B/C, §3.1–§3.2). End A is end 1; fiber number
 * = end-1 position index among populated positions (TIA-598 colour, §2). MPO-24/32 maps are
 * UNVERIFIED (§3.2).
 */
export function makeArrayCable(o: ArrayCableOptions): CablePart {
  const [g1, g2] = GENDERS[o.genders];
  const lossGrade = o.lossGrade ?? 'low-loss';
  const ends: CableEndDef[] = [
    { key: 'A', label: 'End A', connector: { variant: o.variant, gender: g1, polish: o.polish }, lossGrade },
    { key: 'B', label: 'End B', connector: { variant: o.variant, gender: g2, polish: o.polish }, lossGrade },
  ];
  const fibers: CableFiber[] = arrayCableMap(o.polarity, o.variant).map(([from, to], i) => ({
    fiber: i + 1,
    from: { end: 0, position: from },
    to: { end: 1, position: to },
  }));
  const count = fiberCountOf(o.variant);
  const twoRow = CONNECTOR_VARIANTS[o.variant].rows === 2;
  const cableClass = o.genders === 'mm' ? 'trunk' : 'array-cable';
  const gradeWord =
    lossGrade === 'low-loss'
      ? ', low-loss'
      : lossGrade === 'standard'
        ? ', standard loss'
        : lossGrade === 'tia-max'
          ? ', TIA max loss'
          : lossGrade === 'elite'
            ? ', elite'
            : '';
  return {
    kind: 'cable',
    id: partId(
      `cable/${VARIANT_SHORT[o.variant]}-type${o.polarity}-${o.genders}-${o.polish.toLowerCase()}${lossGrade === 'low-loss' ? '' : `-${lossGrade}`}`,
    ),
    name: `${CONNECTOR_VARIANTS[o.variant].name} Type ${o.polarity} ${cableClass === 'trunk' ? 'trunk' : 'cable'}, ${GENDER_WORD[o.genders]}, ${o.polish}${gradeWord}`,
    cableClass,
    polarity: o.polarity,
    ends,
    fibers,
    fiberCount: count,
    defaultFiberType: o.polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `array:${o.variant}:${o.genders}:${o.polish}:${lossGrade}`,
    provenance: {
      source: `TIA-568.3-E Type ${o.polarity}; REFERENCE §3.1–§3.2`,
      ...(twoRow ? { unverified: true } : {}),
    },
  };
}

/** Options of a multi-leg trunk: `legs` MPO plugs at each end, each leg a Type-`polarity` map. */
export interface MultiLegTrunkOptions {
  readonly polarity: ArrayPolarity;
  readonly variant: ConnectorVariant;
  readonly legs: number;
  readonly genders: GenderPair;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
}

/**
 * Builds a multi-leg trunk (e.g. 48F = 4× MPO-12 each end; 24F = 3× MPO-8 each end): leg k at
 * end A is joined to leg k at end B by the array map of §3.1. Fiber numbers run leg by leg.
 */
export function makeMultiLegTrunk(o: MultiLegTrunkOptions): CablePart {
  const [g1, g2] = GENDERS[o.genders];
  const perLeg = fiberCountOf(o.variant);
  const ends: CableEndDef[] = [];
  for (let k = 1; k <= o.legs; k++)
    ends.push({
      key: `A${k}`,
      label: `End A leg ${k}`,
      connector: { variant: o.variant, gender: g1, polish: o.polish },
      lossGrade: o.lossGrade ?? 'low-loss',
    });
  for (let k = 1; k <= o.legs; k++)
    ends.push({
      key: `B${k}`,
      label: `End B leg ${k}`,
      connector: { variant: o.variant, gender: g2, polish: o.polish },
      lossGrade: o.lossGrade ?? 'low-loss',
    });
  const map = arrayCableMap(o.polarity, o.variant);
  const fibers: CableFiber[] = [];
  for (let k = 0; k < o.legs; k++) {
    map.forEach(([from, to], i) =>
      fibers.push({
        fiber: k * perLeg + i + 1,
        from: { end: k, position: from },
        to: { end: o.legs + k, position: to },
      }),
    );
  }
  const total = perLeg * o.legs;
  return {
    kind: 'cable',
    id: partId(
      `cable/trunk-${total}f-${o.legs}x${VARIANT_SHORT[o.variant]}-type${o.polarity}-${o.genders}-${o.polish.toLowerCase()}`,
    ),
    name: `${total}F trunk, ${o.legs}× ${CONNECTOR_VARIANTS[o.variant].name} each end, Type ${o.polarity}, ${GENDER_WORD[o.genders]}, ${o.polish}`,
    cableClass: 'trunk',
    polarity: o.polarity,
    ends,
    fibers,
    fiberCount: total,
    defaultFiberType: o.polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `trunk:${o.legs}x${o.variant}:${o.genders}:${o.polish}`,
    provenance: { source: 'TIA-568.3-E multi-fiber trunk; REFERENCE §3.1 per leg' },
  };
}

/** Options of an MPO-to-duplex harness (breakout cable); legs are LC unless `legVariant` says otherwise. */
export interface HarnessOptions {
  readonly variant: ConnectorVariant;
  readonly legs: number;
  readonly mpoGender: Gender;
  readonly mpoPolish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lcPolish: Exclude<Polish, 'unknown' | 'n/a'>;
  /** Duplex connector of the legs (LC by default; MDC, SN, CS for VSFF breakouts, REFERENCE-2 §14.4). */
  readonly legVariant?: DuplexVariant;
  /** Loss grade of every plug (low-loss by default). */
  readonly lossGrade?: LossGrade;
}

/**
 * Builds an MPO-to-LC-duplex harness with the leg map of REFERENCE §6.4: leg k position A is
 * plug position rowWidth+1−k (a transceiver Tx), leg k position B is plug position k (its Rx).
 * End 0 is the MPO, ends 1…legs the LC legs. Fiber number = MPO plug position.
 */
export function makeHarness(o: HarnessOptions): CablePart {
  const ends: CableEndDef[] = [
    {
      key: 'MPO',
      label: 'MPO end',
      connector: { variant: o.variant, gender: o.mpoGender, polish: o.mpoPolish },
      lossGrade: o.lossGrade ?? 'low-loss',
    },
  ];
  const legVariant = o.legVariant ?? 'lc-duplex';
  const legName = CONNECTOR_VARIANTS[legVariant].name.replace(' duplex', '');
  for (let k = 1; k <= o.legs; k++)
    ends.push({
      key: `L${k}`,
      label: `${legName} leg ${k}`,
      connector: { variant: legVariant, gender: 'n/a', polish: o.lcPolish },
      lossGrade: o.lossGrade ?? 'low-loss',
    });
  const fibers: CableFiber[] = harnessLegMap(o.variant, o.legs).map(([plug, leg, pos]) => ({
    fiber: CONNECTOR_VARIANTS[o.variant].positions.indexOf(plug) + 1,
    from: { end: 0, position: plug },
    to: { end: leg, position: pos },
  }));
  const short = VARIANT_SHORT[o.variant];
  return {
    kind: 'cable',
    id: partId(
      `cable/harness-${short}-${o.mpoGender === 'male' ? 'm' : 'f'}-${o.legs}x${VARIANT_SHORT[legVariant]}-${o.mpoPolish.toLowerCase()}`,
    ),
    name: `${CONNECTOR_VARIANTS[o.variant].name} (${o.mpoGender}, ${o.mpoPolish}) to ${o.legs}× ${legName} duplex harness`,
    cableClass: 'harness',
    ends,
    fibers,
    fiberCount: o.legs * 2,
    defaultFiberType: o.mpoPolish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `harness:${o.variant}:${o.legs}:${o.mpoGender}:${o.mpoPolish}${legVariant === 'lc-duplex' ? '' : `:${legVariant}`}`,
    provenance: {
      source: `REFERENCE §6.4 leg map (DERIVED) [S29]${o.variant === 'mpo-16' ? '; MPO-16 pairing (i, 17−i) REFERENCE-2 §14.4, positions UNVERIFIED' : ''}`,
      ...(o.variant === 'mpo-16' ? { unverified: true } : {}),
    },
  };
}

/**
 * Builds a conversion cable from one two-row MPO-24 plug to `legs` single-row plugs (2× MPO-12
 * or 3× MPO-8), fibers in order (row 1 first). Two-row mapping is UNVERIFIED (§3.4).
 */
export function makeConversionCable(
  legVariant: 'mpo-12' | 'mpo-8',
  legs: number,
  polish: Exclude<Polish, 'unknown' | 'n/a'>,
): CablePart {
  const ends: CableEndDef[] = [
    { key: 'A', label: 'MPO-24 end', connector: { variant: 'mpo-24', gender: 'male', polish }, lossGrade: 'low-loss' },
  ];
  for (let k = 1; k <= legs; k++)
    ends.push({
      key: `B${k}`,
      label: `Leg ${k}`,
      connector: { variant: legVariant, gender: 'male', polish },
      lossGrade: 'low-loss',
    });
  const legPositions = CONNECTOR_VARIANTS[legVariant].positions;
  const fibers: CableFiber[] = [];
  let fiber = 0;
  for (let k = 0; k < legs; k++) {
    for (const pos of legPositions) {
      fiber += 1;
      fibers.push({ fiber, from: { end: 0, position: fiber }, to: { end: k + 1, position: pos } });
    }
  }
  const short = VARIANT_SHORT[legVariant];
  return {
    kind: 'cable',
    id: partId(`cable/conversion-mpo24-${legs}x${short}-${polish.toLowerCase()}`),
    name: `Conversion cable MPO-24 to ${legs}× ${CONNECTOR_VARIANTS[legVariant].name}, male, ${polish}`,
    cableClass: 'conversion-cable',
    ends,
    fibers,
    fiberCount: fiber,
    defaultFiberType: polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `conversion:${legs}x${legVariant}:${polish}`,
    provenance: { source: 'REFERENCE §3.4 two-row convention', unverified: true },
  };
}

const ARRAY_VARIANTS: readonly ConnectorVariant[] = ['mpo-8', 'mpo-12', 'mpo-16', 'mpo-24', 'mpo-32'];
const POLARITIES: readonly ArrayPolarity[] = ['A', 'B', 'C'];
const GENDER_PAIRS: readonly GenderPair[] = ['ff', 'mm', 'mf'];
const POLISHES = ['UPC', 'APC'] as const;

/** Every built-in cable part. */
export const CABLE_PARTS: readonly CablePart[] = [
  ...ARRAY_VARIANTS.flatMap((variant) =>
    POLARITIES.flatMap((polarity) =>
      GENDER_PAIRS.flatMap((genders) =>
        POLISHES.map((polish) => makeArrayCable({ polarity, variant, genders, polish })),
      ),
    ),
  ),
  ...POLARITIES.map((polarity) =>
    makeArrayCable({ polarity, variant: 'mpo-12', genders: 'mm', polish: 'UPC', lossGrade: 'standard' }),
  ),
  ...POLARITIES.map((polarity) =>
    makeArrayCable({ polarity, variant: 'mpo-12', genders: 'ff', polish: 'UPC', lossGrade: 'standard' }),
  ),
  ...(['A', 'B'] as const).flatMap((polarity) =>
    POLISHES.flatMap((polish) => [
      makeMultiLegTrunk({ polarity, variant: 'mpo-12', legs: 4, genders: 'mm', polish }),
      makeMultiLegTrunk({ polarity, variant: 'mpo-12', legs: 2, genders: 'mm', polish }),
      makeMultiLegTrunk({ polarity, variant: 'mpo-8', legs: 3, genders: 'mm', polish }),
    ]),
  ),
  ...(['female', 'male'] as const).flatMap((mpoGender) =>
    POLISHES.flatMap((mpoPolish) => [
      makeHarness({ variant: 'mpo-12', legs: 4, mpoGender, mpoPolish, lcPolish: 'UPC' }),
      makeHarness({ variant: 'mpo-8', legs: 4, mpoGender, mpoPolish, lcPolish: 'UPC' }),
      makeHarness({ variant: 'mpo-16', legs: 8, mpoGender, mpoPolish, lcPolish: 'UPC' }),
    ]),
  ),
  ...POLISHES.flatMap((polish) => [makeConversionCable('mpo-12', 2, polish), makeConversionCable('mpo-8', 3, polish)]),
  ...(['A-to-B', 'A-to-A'] as const).flatMap((t) => [
    makeDuplexCord(t, 'UPC'),
    makeDuplexCord(t, 'APC'),
    makeDuplexCord(t, 'UPC', 'standard'),
  ]),
  // Issue 13: standard-grade (0.75 dB) APC MPO cords and trunks (REFERENCE §7.3 [S47]).
  ...(['mpo-12', 'mpo-16'] as const).flatMap((variant) =>
    (['A', 'B'] as const).flatMap((polarity) =>
      (['ff', 'mm'] as const).map((genders) =>
        makeArrayCable({ polarity, variant, genders, polish: 'APC', lossGrade: 'standard' }),
      ),
    ),
  ),
  // LC duplex trunks: permanent links between two LC panels (REFERENCE §4 [S77]).
  ...([6, 12] as const).flatMap((legs) =>
    (['A-to-B', 'A-to-A'] as const).flatMap((cordType) =>
      POLISHES.map((polish) => makeDuplexTrunk({ variant: 'lc-duplex', legs, cordType, polish })),
    ),
  ),
  // VSFF duplex cords (REFERENCE-2 §13.2): MDC, SN, CS, and MDC/SN/CS-to-LC hybrids; standard grade
  // (0.75 dB CONVENTION, §13.4) because no low-loss VSFF value is published.
  ...DUPLEX_VARIANTS.filter((v) => v !== 'lc-duplex' && v !== 'sc-duplex').flatMap((v) =>
    (['A-to-B', 'A-to-A'] as const).flatMap((cordType) => [
      makeDuplexCordOf({ cordType, polish: 'UPC', lossGrade: 'standard', end1: v }),
      makeDuplexCordOf({ cordType, polish: 'UPC', lossGrade: 'standard', end1: v, end2: 'lc-duplex' }),
    ]),
  ),
  makeDuplexCordOf({ cordType: 'A-to-B', polish: 'APC', lossGrade: 'standard', end1: 'cs-duplex' }),
  // MPO to VSFF breakouts (REFERENCE-2 §14.4): DR4 → 4× MDC, DR8/SR8 → 8× MDC.
  makeHarness({
    variant: 'mpo-12',
    legs: 4,
    mpoGender: 'female',
    mpoPolish: 'APC',
    lcPolish: 'UPC',
    legVariant: 'mdc-duplex',
  }),
  makeHarness({
    variant: 'mpo-16',
    legs: 8,
    mpoGender: 'female',
    mpoPolish: 'APC',
    lcPolish: 'UPC',
    legVariant: 'mdc-duplex',
  }),
];
