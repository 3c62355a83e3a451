/**
 * Connector variants, genders, polishes and fiber types (REFERENCE §0.1, §1.1–§1.6; REFERENCE-2
 * §13 for the very-small-form-factor duplex connectors MDC, SN and CS, §15 for spliced ends).
 *
 * Positions are plain integers everywhere in the engine. For duplex connectors (LC, SC, MDC, SN,
 * CS) position 1 is TIA position **A** and 2 is **B** (for MDC/SN/CS by CONVENTION V-A/B,
 * REFERENCE-2 §13.2); MPO positions are numbered 1…N looking at the plug face key up (§0.1).
 * MPO-8 uses a 12-position ferrule with 1–4 and 9–12 populated (§1.1, §3.2). A `spliced` end is
 * no connector at all: bare fibers made to be spliced, numbered by TIA-598 colour (§2, §15.2).
 */

/** Connector variants the engine knows. */
export type ConnectorVariant =
  | 'lc-duplex'
  | 'lc-simplex'
  | 'sc-duplex'
  | 'mdc-duplex'
  | 'sn-duplex'
  | 'cs-duplex'
  | 'mpo-8'
  | 'mpo-12'
  | 'mpo-16'
  | 'mpo-24'
  | 'mpo-32'
  | 'spliced';

/**
 * Connector family: a plug mates only its own family's adapter or receptacle (V6, V6-VSFF of
 * REFERENCE-2 §13.3: LC, SC, MDC, SN, CS and MPO are distinct; hybrid cords change family only
 * inside the cord). `splice` is the family of unterminated ends: they are fused, never mated.
 */
export type ConnectorFamily = 'lc' | 'sc' | 'mdc' | 'sn' | 'cs' | 'mpo' | 'splice';

/** MPO key style: centre key (MPO-8/12/24) vs offset key (MPO-16/32, TIA-604-18) (V6). */
export type KeyStyle = 'centre' | 'offset' | 'none';

/** Static facts of one connector variant. */
export interface ConnectorVariantInfo {
  /** The variant id. */
  readonly variant: ConnectorVariant;
  /** Human name, e.g. "MPO-12". */
  readonly name: string;
  readonly family: ConnectorFamily;
  readonly key: KeyStyle;
  /** Positions per row of the ferrule (12 for MPO-8, which has a 12-position ferrule). */
  readonly rowWidth: number;
  /** Number of ferrule rows (2 for MPO-24 and MPO-32). */
  readonly rows: number;
  /** Populated positions, ascending. */
  readonly positions: readonly number[];
  /** Source tag in REFERENCE.md. */
  readonly source: string;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Most fibers of one spliced end (one buffer tube or ribbon group): 72, the largest MPO ferrule
 * (REFERENCE §1.1). Larger cables have one end per group.
 */
export const SPLICED_MAX = 72;

/** Data table of connector variants (REFERENCE §1.1). */
export const CONNECTOR_VARIANTS: Readonly<Record<ConnectorVariant, ConnectorVariantInfo>> = {
  'lc-duplex': {
    variant: 'lc-duplex',
    name: 'LC duplex',
    family: 'lc',
    key: 'none',
    rowWidth: 2,
    rows: 1,
    positions: [1, 2],
    source: '§0.1',
  },
  'lc-simplex': {
    variant: 'lc-simplex',
    name: 'LC simplex',
    family: 'lc',
    key: 'none',
    rowWidth: 1,
    rows: 1,
    positions: [1],
    source: '§0.1',
  },
  'sc-duplex': {
    variant: 'sc-duplex',
    name: 'SC duplex',
    family: 'sc',
    key: 'none',
    rowWidth: 2,
    rows: 1,
    positions: [1, 2],
    source: '§0.1',
  },
  'mdc-duplex': {
    variant: 'mdc-duplex',
    name: 'MDC duplex',
    family: 'mdc',
    key: 'none',
    rowWidth: 2,
    rows: 1,
    positions: [1, 2],
    source: 'REFERENCE-2 §13.1 [S92][S95][S97]; A/B by CONVENTION (§13.2)',
  },
  'sn-duplex': {
    variant: 'sn-duplex',
    name: 'SN duplex',
    family: 'sn',
    key: 'none',
    rowWidth: 2,
    rows: 1,
    positions: [1, 2],
    source: 'REFERENCE-2 §13.1 [S95][S97]; A/B by CONVENTION (§13.2)',
  },
  'cs-duplex': {
    variant: 'cs-duplex',
    name: 'CS duplex',
    family: 'cs',
    key: 'none',
    rowWidth: 2,
    rows: 1,
    positions: [1, 2],
    source: 'REFERENCE-2 §13.1 [S93][S94][S96] (FOCIS 19); A/B by CONVENTION (§13.2)',
  },
  'mpo-8': {
    variant: 'mpo-8',
    name: 'MPO-8 (Base-8)',
    family: 'mpo',
    key: 'centre',
    rowWidth: 12,
    rows: 1,
    positions: [1, 2, 3, 4, 9, 10, 11, 12],
    source: '§1.1 [S23][S18]',
  },
  'mpo-12': {
    variant: 'mpo-12',
    name: 'MPO-12',
    family: 'mpo',
    key: 'centre',
    rowWidth: 12,
    rows: 1,
    positions: range(1, 12),
    source: '§1.1 [S16]',
  },
  'mpo-16': {
    variant: 'mpo-16',
    name: 'MPO-16',
    family: 'mpo',
    key: 'offset',
    rowWidth: 16,
    rows: 1,
    positions: range(1, 16),
    source: '§1.1 [S21][S74]',
  },
  'mpo-24': {
    variant: 'mpo-24',
    name: 'MPO-24 (2×12)',
    family: 'mpo',
    key: 'centre',
    rowWidth: 12,
    rows: 2,
    positions: range(1, 24),
    source: '§1.1 [S16]',
  },
  'mpo-32': {
    variant: 'mpo-32',
    name: 'MPO-32 (2×16)',
    family: 'mpo',
    key: 'offset',
    rowWidth: 16,
    rows: 2,
    positions: range(1, 32),
    source: '§1.1 [S16], key UNVERIFIED',
  },
  spliced: {
    variant: 'spliced',
    name: 'spliced fibers',
    family: 'splice',
    key: 'none',
    rowWidth: SPLICED_MAX,
    rows: 1,
    positions: range(1, SPLICED_MAX),
    source: 'REFERENCE-2 §15.2: fibers by TIA-598 colour order [S1]',
  },
};

/** MPO gender: male = pinned (guide pins), female = unpinned. `n/a` for LC/SC. */
export type Gender = 'male' | 'female' | 'n/a' | 'unknown';
/** End-face polish. PC counts as non-APC (V3). `n/a` for a spliced end, which has no end face. */
export type Polish = 'UPC' | 'APC' | 'PC' | 'n/a' | 'unknown';
/** Fiber types (TIA-568.3-E). */
export type FiberType = 'OM3' | 'OM4' | 'OM5' | 'OS2' | 'OS1a';
/** Mode family for rule V5. */
export type ModeFamily = 'multimode' | 'single-mode';

/** Mode family of each fiber type (V5). */
export const FIBER_MODE: Readonly<Record<FiberType, ModeFamily>> = {
  OM3: 'multimode',
  OM4: 'multimode',
  OM5: 'multimode',
  OS2: 'single-mode',
  OS1a: 'single-mode',
};

/** All fiber types, in display order. */
export const FIBER_TYPES: readonly FiberType[] = ['OM3', 'OM4', 'OM5', 'OS2', 'OS1a'];

/**
 * A concrete connector as built into a part: variant plus gender and polish. Any field may be
 * `unknown` (an imported vendor part); rules depending on it then yield `unchecked`.
 */
export interface ConnectorSpec {
  readonly variant: ConnectorVariant;
  readonly gender: Gender;
  readonly polish: Polish;
}

/** True when the polish is angled (APC); PC and UPC are both flat (V3). */
export const isApc = (p: Polish): boolean => p === 'APC';

/**
 * Display label of a position on a connector: `A`/`B` for duplex LC/SC, the number otherwise.
 * Position numbers outside the variant still print as numbers.
 */
export function positionLabel(variant: ConnectorVariant, position: number): string {
  const info = CONNECTOR_VARIANTS[variant];
  if (info.family !== 'mpo' && info.rowWidth === 2)
    return position === 1 ? 'A' : position === 2 ? 'B' : String(position);
  return String(position);
}

/** Duplex position A (TIA A-B scheme: the receiver is fed from A, §0.1). */
export const POS_A = 1;
/** Duplex position B (the transmitter feeds B, §0.1). */
export const POS_B = 2;

/** The very-small-form-factor duplex families (REFERENCE-2 §13): MDC, SN, CS. */
export const VSFF_FAMILIES: ReadonlySet<ConnectorFamily> = new Set(['mdc', 'sn', 'cs']);

/** True for an MDC, SN or CS duplex variant, whose A/B labels are an engine CONVENTION (§13.2). */
export const isVsff = (variant: ConnectorVariant): boolean => VSFF_FAMILIES.has(CONNECTOR_VARIANTS[variant].family);

/** True for a two-position duplex connector (LC, SC, MDC, SN, CS duplex): positions are A and B. */
export const isDuplexVariant = (variant: ConnectorVariant): boolean => {
  const info = CONNECTOR_VARIANTS[variant];
  return info.family !== 'mpo' && info.family !== 'splice' && info.rowWidth === 2;
};
