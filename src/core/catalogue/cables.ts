/**
 * Cable parts: MPO array cables and trunks of Type A, B and C in every fiber count, multi-leg
 * trunks, MPO-to-LC harnesses (breakouts), conversion cables and LC duplex cords.
 *
 * Part ids encode the topology (like NetBox cable profiles): `cable/mpo12-typeB-ff-upc` is a
 * Type-B MPO-12 cable, female at both ends, UPC.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant, type Gender, type Polish } from '../connectors';
import { partId } from '../ids';
import type { ArrayPolarity, CableEndDef, CableFiber, CablePart, DuplexCordType, LossGrade } from '../parts';
import { arrayCableMap, DUPLEX_CORD_MAP, harnessLegMap } from './positionMaps';

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
  'mpo-8': 'mpo8',
  'mpo-12': 'mpo12',
  'mpo-16': 'mpo16',
  'mpo-24': 'mpo24',
  'mpo-32': 'mpo32',
};

const GENDER_WORD: Readonly<Record<GenderPair, string>> = { ff: 'female/female', mm: 'male/male', mf: 'male/female' };

const fiberCountOf = (v: ConnectorVariant): number => CONNECTOR_VARIANTS[v].positions.length;

/** Options of a generated array cable. */
export interface ArrayCableOptions {
  readonly polarity: ArrayPolarity;
  readonly variant: ConnectorVariant;
  readonly genders: GenderPair;
  readonly polish: Exclude<Polish, 'unknown'>;
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
  const gradeWord = lossGrade === 'low-loss' ? ', low-loss' : lossGrade === 'standard' ? ', standard loss' : '';
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
  readonly polish: Exclude<Polish, 'unknown'>;
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
      lossGrade: 'low-loss',
    });
  for (let k = 1; k <= o.legs; k++)
    ends.push({
      key: `B${k}`,
      label: `End B leg ${k}`,
      connector: { variant: o.variant, gender: g2, polish: o.polish },
      lossGrade: 'low-loss',
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

/** Options of an MPO-to-LC harness (breakout cable). */
export interface HarnessOptions {
  readonly variant: ConnectorVariant;
  readonly legs: number;
  readonly mpoGender: Gender;
  readonly mpoPolish: Exclude<Polish, 'unknown'>;
  readonly lcPolish: Exclude<Polish, 'unknown'>;
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
      lossGrade: 'low-loss',
    },
  ];
  for (let k = 1; k <= o.legs; k++)
    ends.push({
      key: `L${k}`,
      label: `LC leg ${k}`,
      connector: { variant: 'lc-duplex', gender: 'n/a', polish: o.lcPolish },
      lossGrade: 'low-loss',
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
      `cable/harness-${short}-${o.mpoGender === 'male' ? 'm' : 'f'}-${o.legs}xlc-${o.mpoPolish.toLowerCase()}`,
    ),
    name: `${CONNECTOR_VARIANTS[o.variant].name} (${o.mpoGender}, ${o.mpoPolish}) to ${o.legs}× LC duplex harness`,
    cableClass: 'harness',
    ends,
    fibers,
    fiberCount: o.legs * 2,
    defaultFiberType: o.mpoPolish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `harness:${o.variant}:${o.legs}:${o.mpoGender}:${o.mpoPolish}`,
    provenance: { source: 'REFERENCE §6.4 leg map (DERIVED) [S29]' },
  };
}

/**
 * Builds an LC duplex cord, A-to-B or A-to-A (§4, [S6][S8]). Fiber 1 starts at end-1 position A.
 */
export function makeDuplexCord(
  cordType: DuplexCordType,
  polish: Exclude<Polish, 'unknown'>,
  lossGrade: LossGrade = 'low-loss',
): CablePart {
  const ends: CableEndDef[] = [
    { key: 'A', label: 'End A', connector: { variant: 'lc-duplex', gender: 'n/a', polish }, lossGrade },
    { key: 'B', label: 'End B', connector: { variant: 'lc-duplex', gender: 'n/a', polish }, lossGrade },
  ];
  const fibers: CableFiber[] = DUPLEX_CORD_MAP[cordType].map(([from, to], i) => ({
    fiber: i + 1,
    from: { end: 0, position: from },
    to: { end: 1, position: to },
  }));
  const slug = cordType === 'A-to-B' ? 'ab' : 'aa';
  return {
    kind: 'cable',
    id: partId(`cable/lc-duplex-${slug}-${polish.toLowerCase()}${lossGrade === 'low-loss' ? '' : `-${lossGrade}`}`),
    name: `LC duplex cord ${cordType}, ${polish}${lossGrade === 'standard' ? ', standard loss' : ''}`,
    cableClass: 'duplex-cord',
    cordType,
    ends,
    fibers,
    fiberCount: 2,
    defaultFiberType: polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `lc-cord:${polish}:${lossGrade}`,
    provenance: { source: `TIA-568.3-E ${cordType} duplex cord; REFERENCE §4 [S6][S8]` },
  };
}

/**
 * Builds a conversion cable from one two-row MPO-24 plug to `legs` single-row plugs (2× MPO-12
 * or 3× MPO-8), fibers in order (row 1 first). Two-row mapping is UNVERIFIED (§3.4).
 */
export function makeConversionCable(
  legVariant: 'mpo-12' | 'mpo-8',
  legs: number,
  polish: Exclude<Polish, 'unknown'>,
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
];
