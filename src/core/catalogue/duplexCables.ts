/**
 * Duplex cables: patch cords (LC, SC, and the VSFF duplex connectors MDC, SN, CS, including
 * hybrid cords such as MDC-to-LC) and duplex trunks (a permanent link of n duplex legs between two
 * panels). TIA's duplex polarity is connector-agnostic: every cord or leg is A-to-B or A-to-A
 * (REFERENCE §4 [S6][S8]; REFERENCE-2 §13.2: VSFF cords use the same two maps, a hybrid cord
 * changes connector family only inside the cord).
 */
import { CONNECTOR_VARIANTS, isVsff, type ConnectorVariant, type Polish } from '../connectors';
import { partId } from '../ids';
import type { CableEndDef, CableFiber, CablePart, DuplexCordType, LossGrade } from '../parts';
import { DUPLEX_CORD_MAP } from './positionMaps';

/** Duplex connector variants a cord end can carry. */
export type DuplexVariant = 'lc-duplex' | 'sc-duplex' | 'mdc-duplex' | 'sn-duplex' | 'cs-duplex';

/** Every duplex variant, in display order. */
export const DUPLEX_VARIANTS: readonly DuplexVariant[] = [
  'lc-duplex',
  'mdc-duplex',
  'sn-duplex',
  'cs-duplex',
  'sc-duplex',
];

/** Short id word of a duplex variant (`lc`, `mdc`, …). */
export const duplexShort = (v: DuplexVariant): string => v.replace('-duplex', '');

/** Connector name without "duplex" (`LC`, `MDC`). */
const short = (v: DuplexVariant): string => CONNECTOR_VARIANTS[v].name.replace(' duplex', '');

/** Provenance of a duplex map: TIA for LC/SC, plus the VSFF A/B CONVENTION (REFERENCE-2 §13.2). */
function duplexSource(cordType: DuplexCordType, variants: readonly DuplexVariant[]): string {
  const vsff = variants.some((v) => isVsff(v));
  return `TIA-568.3-E ${cordType} duplex ${vsff ? 'map; VSFF positions A/B by CONVENTION (REFERENCE-2 §13.2)' : 'cord'}; REFERENCE §4 [S6][S8]`;
}

/** Options of a duplex cord; `end2` defaults to `end1` (a hybrid cord has two families). */
export interface DuplexCordOptions {
  readonly cordType: DuplexCordType;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
  readonly end1?: DuplexVariant;
  readonly end2?: DuplexVariant;
}

/**
 * Builds a duplex cord, A-to-B or A-to-A (§4, [S6][S8]); fiber 1 starts at end-1 position A.
 * The historical LC cords keep their ids (`cable/lc-duplex-ab-upc`); other variants and hybrids
 * get `cable/<end1>-<end2>-duplex-<ab|aa>-<polish>`.
 */
export function makeDuplexCordOf(o: DuplexCordOptions): CablePart {
  const lossGrade = o.lossGrade ?? 'low-loss';
  const v1 = o.end1 ?? 'lc-duplex';
  const v2 = o.end2 ?? v1;
  const ends: CableEndDef[] = [
    { key: 'A', label: 'End A', connector: { variant: v1, gender: 'n/a', polish: o.polish }, lossGrade },
    { key: 'B', label: 'End B', connector: { variant: v2, gender: 'n/a', polish: o.polish }, lossGrade },
  ];
  const fibers: CableFiber[] = DUPLEX_CORD_MAP[o.cordType].map(([from, to], i) => ({
    fiber: i + 1,
    from: { end: 0, position: from },
    to: { end: 1, position: to },
  }));
  const slug = o.cordType === 'A-to-B' ? 'ab' : 'aa';
  const grade = lossGrade === 'low-loss' ? '' : `-${lossGrade}`;
  const lcOnly = v1 === 'lc-duplex' && v2 === 'lc-duplex';
  const kind = lcOnly
    ? 'lc-duplex'
    : v1 === v2
      ? `${duplexShort(v1)}-duplex`
      : `${duplexShort(v1)}-${duplexShort(v2)}-duplex`;
  const families = v1 === v2 ? short(v1) : `${short(v1)}-to-${short(v2)}`;
  return {
    kind: 'cable',
    id: partId(`cable/${kind}-${slug}-${o.polish.toLowerCase()}${grade}`),
    name: `${families} duplex cord ${o.cordType}, ${o.polish}${lossGrade === 'standard' ? ', standard loss' : lossGrade === 'tia-max' ? ', TIA max loss' : ''}`,
    cableClass: 'duplex-cord',
    cordType: o.cordType,
    ends,
    fibers,
    fiberCount: 2,
    defaultFiberType: o.polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: lcOnly ? `lc-cord:${o.polish}:${lossGrade}` : `duplex-cord:${v1}:${v2}:${o.polish}:${lossGrade}`,
    provenance: { source: duplexSource(o.cordType, [v1, v2]) },
  };
}

/**
 * Builds an LC duplex cord, A-to-B or A-to-A (§4, [S6][S8]). Fiber 1 starts at end-1 position A.
 */
export function makeDuplexCord(
  cordType: DuplexCordType,
  polish: Exclude<Polish, 'unknown' | 'n/a'>,
  lossGrade: LossGrade = 'low-loss',
): CablePart {
  return makeDuplexCordOf({ cordType, polish, lossGrade });
}

/** Options of a duplex trunk: `legs` duplex connectors at each end. */
export interface DuplexTrunkOptions {
  readonly variant: DuplexVariant;
  readonly legs: number;
  /**
   * Pair map of every leg (REFERENCE §4 duplex permanent links [S77]: reverse-pair positioning is
   * an A-to-B link, consecutive-fiber positioning A-to-A).
   */
  readonly cordType: DuplexCordType;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
}

/**
 * Builds a duplex trunk (e.g. 12F = 6 LC duplex legs each end, pre-terminated): leg k of end A
 * (`A1`…`An`) joins leg k of end B (`B1`…`Bn`) by the A-to-B or A-to-A map; fibers 2k−1, 2k.
 * Source: REFERENCE §4 duplex permanent links [S77][S76][S60].
 */
export function makeDuplexTrunk(o: DuplexTrunkOptions): CablePart {
  const lossGrade = o.lossGrade ?? 'low-loss';
  const ends: CableEndDef[] = [];
  for (const side of ['A', 'B'] as const)
    for (let k = 1; k <= o.legs; k++)
      ends.push({
        key: `${side}${k}`,
        label: `End ${side} leg ${k}`,
        connector: { variant: o.variant, gender: 'n/a', polish: o.polish },
        lossGrade,
      });
  const fibers: CableFiber[] = [];
  for (let k = 0; k < o.legs; k++)
    DUPLEX_CORD_MAP[o.cordType].forEach(([from, to], i) =>
      fibers.push({ fiber: 2 * k + i + 1, from: { end: k, position: from }, to: { end: o.legs + k, position: to } }),
    );
  const slug = o.cordType === 'A-to-B' ? 'ab' : 'aa';
  return {
    kind: 'cable',
    id: partId(
      `cable/trunk-${2 * o.legs}f-${o.legs}x${duplexShort(o.variant)}-${slug}-${o.polish.toLowerCase()}${lossGrade === 'low-loss' ? '' : `-${lossGrade}`}`,
    ),
    name: `${2 * o.legs}F ${short(o.variant)} duplex trunk, ${o.legs}× ${short(o.variant)} each end, ${o.cordType} pairs, ${o.polish}`,
    cableClass: 'trunk',
    cordType: o.cordType,
    ends,
    fibers,
    fiberCount: 2 * o.legs,
    defaultFiberType: o.polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `duplex-trunk:${o.variant}:${o.legs}:${o.polish}:${lossGrade}`,
    provenance: { source: `${duplexSource(o.cordType, [o.variant])}; duplex permanent link REFERENCE §4 [S77]` },
  };
}

/** True when a connector variant is one of the duplex variants a cord can carry. */
export const isDuplexCordVariant = (v: ConnectorVariant): v is DuplexVariant =>
  (DUPLEX_VARIANTS as readonly string[]).includes(v);
