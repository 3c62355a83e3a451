/**
 * Position maps of array cables, adapters, cassettes and transceiver MDIs, as data tables
 * (REFERENCE §0.3, §3.1–§3.4, §5.2, §6.1). Everything here is in plug positions (§0.1).
 */
import { CONNECTOR_VARIANTS, POS_A, POS_B, type ConnectorVariant } from '../connectors';
import type { AdapterType, ArrayPolarity, DuplexCordType } from '../parts';

/** A pair `[from, to]` of positions. */
export type PositionPair = readonly [number, number];

/** Position `i` mirrored within its ferrule row: the key-up/key-up face-to-face mirror (§0.2). */
function mirrorInRow(variant: ConnectorVariant, i: number): number {
  const { rowWidth } = CONNECTOR_VARIANTS[variant];
  const row = Math.floor((i - 1) / rowWidth);
  const col = (i - 1) % rowWidth;
  return row * rowWidth + (rowWidth - 1 - col) + 1;
}

/** Position `i` with its neighbour in the pair (1↔2, 3↔4, …) within its row (Type C, §3.1). */
function pairSwap(i: number): number {
  return i % 2 === 1 ? i + 1 : i - 1;
}

/**
 * How each array polarity type maps an end-1 position to an end-2 position (§3.1–§3.2):
 * Type A straight, Type B mirrored within each row, Type C pair-flipped within each row.
 * Two-row maps (MPO-24/32) are UNVERIFIED (§3.2, §3.4).
 */
const ARRAY_RULE: Readonly<Record<ArrayPolarity, (variant: ConnectorVariant, i: number) => number>> = {
  A: (_v, i) => i,
  B: mirrorInRow,
  C: (_v, i) => pairSwap(i),
};

/**
 * The position map of an array cable of `polarity` between two `variant` plugs, over the
 * populated positions: `[end-1 position, end-2 position]` pairs.
 * Source: TIA-568.3-E; REFERENCE §3.1 [S12][S13][S11], §3.2 (MPO-8 on a 12-position ferrule).
 */
export function arrayCableMap(polarity: ArrayPolarity, variant: ConnectorVariant): PositionPair[] {
  const rule = ARRAY_RULE[polarity];
  return CONNECTOR_VARIANTS[variant].positions.map((i) => [i, rule(variant, i)] as const);
}

/** An array polarity type, or `unknown` for a map that is none of them (a non-standard array map). */
export type ArrayTypeOrUnknown = ArrayPolarity | 'unknown';

/**
 * The TIA-568.3-E array type a position map equals (REFERENCE-2 Appendix B
 * `identify_array_type`): the first of A, B, C whose rule (§3.1–§3.2) gives every entry of `map`
 * (end-1 position → end-2 position; only the entries present are checked, e.g. the lit fibers of
 * a tester map), else `unknown`. An empty map is `unknown`. Used for spliced trunks (§15.2).
 */
export function identifyArrayType(map: ReadonlyMap<number, number>, variant: ConnectorVariant): ArrayTypeOrUnknown {
  if (map.size === 0) return 'unknown';
  for (const t of ['A', 'B', 'C'] as const) {
    let all = true;
    for (const [i, j] of map) if (ARRAY_RULE[t](variant, i) !== j) all = false;
    if (all) return t;
  }
  return 'unknown';
}

/**
 * Where a plug's position `i` on one side of an adapter meets the plug on the other side
 * (§0.2, §1.4, §3.4). Key-up/key-down (Type A): 1-row i↔i; 2-row rows swap, i↔i±rowWidth
 * (UNVERIFIED convention §3.4). Key-up/key-up (Type B): mirrored within each row. Duplex
 * coupler: A↔B. Returns null for `unknown` adapters.
 */
export function adapterPosition(adapter: AdapterType, variant: ConnectorVariant, i: number): number | null {
  const info = CONNECTOR_VARIANTS[variant];
  switch (adapter) {
    case 'key-up-key-down':
      if (info.rows === 1) return i;
      return i <= info.rowWidth ? i + info.rowWidth : i - info.rowWidth;
    case 'key-up-key-up':
      return mirrorInRow(variant, i);
    case 'duplex':
      return info.rowWidth === 2 ? (i === POS_A ? POS_B : POS_A) : i;
    case 'unknown':
      return null;
  }
}

/**
 * Duplex cord maps (§0.3, §4): A-to-B crosses A↔B, A-to-A keeps A↔A and B↔B.
 * Pairs are `[end-1 position, end-2 position]` with A = 1, B = 2. Source [S6][S8].
 */
export const DUPLEX_CORD_MAP: Readonly<Record<DuplexCordType, readonly PositionPair[]>> = {
  'A-to-B': [
    [POS_A, POS_B],
    [POS_B, POS_A],
  ],
  'A-to-A': [
    [POS_A, POS_A],
    [POS_B, POS_B],
  ],
};

/** A front duplex position: port number and A/B (1 = A, 2 = B). */
export type FrontPosition = readonly [port: number, position: number];

const A = POS_A;
const B = POS_B;

/**
 * Canonical cassette trunk-side maps for MPO-12 modules with 6 LC duplex ports
 * (REFERENCE §5.2, DERIVED/CONVENTION): index j−1 holds where trunk-plug position j arrives,
 * as (front port, cord-plug position A/B). The rear adapter and front LC mirror are folded in.
 */
export const CASSETTE_MAPS_12 = {
  /** MOD-A: straight module, Type-A rear adapter; Methods A and C [S11][S14]. */
  'MOD-A': [
    [1, A],
    [1, B],
    [2, A],
    [2, B],
    [3, A],
    [3, B],
    [4, A],
    [4, B],
    [5, A],
    [5, B],
    [6, A],
    [6, B],
  ],
  /** MOD-B1: straight harness behind a key-up/key-up rear adapter [S11]. */
  'MOD-B1': [
    [6, B],
    [6, A],
    [5, B],
    [5, A],
    [4, B],
    [4, A],
    [3, B],
    [3, A],
    [2, B],
    [2, A],
    [1, B],
    [1, A],
  ],
  /** MOD-B2: the complementary Method-B module (exact TIA figure UNVERIFIED). */
  'MOD-B2': [
    [1, B],
    [1, A],
    [2, B],
    [2, A],
    [3, B],
    [3, A],
    [4, B],
    [4, A],
    [5, B],
    [5, A],
    [6, B],
    [6, A],
  ],
  /** MOD-U1: Type-U1 transition behind a Type-A rear adapter; pairs p and 13−p on port p [S3]. */
  'MOD-U1': [
    [1, B],
    [2, B],
    [3, B],
    [4, B],
    [5, B],
    [6, B],
    [6, A],
    [5, A],
    [4, A],
    [3, A],
    [2, A],
    [1, A],
  ],
  /** MOD-U2: Type-U2 transition behind a Type-B rear adapter; same trunk-side map as MOD-U1. */
  'MOD-U2': [
    [1, B],
    [2, B],
    [3, B],
    [4, B],
    [5, B],
    [6, B],
    [6, A],
    [5, A],
    [4, A],
    [3, A],
    [2, A],
    [1, A],
  ],
} as const satisfies Record<string, readonly FrontPosition[]>;

/** Canonical module classes that have a 12-position trunk-side map. */
export type CanonicalModule12 = keyof typeof CASSETTE_MAPS_12;

/**
 * Base-8 module MOD-U1-8 (§5.2): ports 1–4 pair trunk positions (1,12), (2,11), (3,10), (4,9);
 * positions 5–8 unused. Entries are `[trunk position, front port, A/B]`.
 */
export const CASSETTE_MAP_U1_8: readonly (readonly [number, number, number])[] = [
  [1, 1, B],
  [2, 2, B],
  [3, 3, B],
  [4, 4, B],
  [9, 4, A],
  [10, 3, A],
  [11, 2, A],
  [12, 1, A],
];

/**
 * MOD-U16 (REFERENCE-2 §13.5): MPO-16 → 8 duplex ports, pairing trunk positions (j, 17−j) on
 * port j: j ≤ 8 → (j, B), j ≥ 9 → (17−j, A). DERIVED from the §6.5 SR8 pairing; positions
 * UNVERIFIED (§14.2). Entries are `[trunk position, front port, A/B]`.
 */
export const CASSETTE_MAP_U16: readonly (readonly [number, number, number])[] = Array.from({ length: 16 }, (_, i) => {
  const j = i + 1;
  return j <= 8 ? ([j, j, B] as const) : ([j, 17 - j, A] as const);
});

/**
 * Rear adapter orientation of each canonical module (§5.3): U2 and B modules use key-up/key-up,
 * A and U1 key-up/key-down. Used by rule V4 (APC only through key-up/key-down).
 */
export const CASSETTE_REAR_ADAPTER: Readonly<Record<CanonicalModule12 | 'MOD-U1-8' | 'MOD-U16', AdapterType>> = {
  'MOD-A': 'key-up-key-down',
  'MOD-B1': 'key-up-key-up',
  'MOD-B2': 'key-up-key-up',
  'MOD-U1': 'key-up-key-down',
  'MOD-U2': 'key-up-key-up',
  'MOD-U1-8': 'key-up-key-down',
  'MOD-U16': 'key-up-key-down',
};

/**
 * Converts a receptacle position `r` at a transceiver MDI (looking into the port, key up) to the
 * plug position `p` of the cord inserted key-up: `p = rowWidth + 1 − r` (§0.1, DERIVED).
 */
export function mdiPlugPosition(variant: ConnectorVariant, receptacle: number): number {
  const { rowWidth } = CONNECTOR_VARIANTS[variant];
  return rowWidth + 1 - receptacle;
}

/**
 * Breakout harness leg map (§6.4): leg k (1-based) takes plug position `rowWidth + 1 − k`
 * (a transceiver Tx) on leg position A and returns leg position B to plug position k (its Rx).
 * Entries are `[plug position, leg, leg position]`. Source: DERIVED from §6.1 and §0.1 [S29].
 */
export function harnessLegMap(variant: ConnectorVariant, legs: number): (readonly [number, number, number])[] {
  const { rowWidth } = CONNECTOR_VARIANTS[variant];
  const out: (readonly [number, number, number])[] = [];
  for (let k = 1; k <= legs; k++) {
    out.push([rowWidth + 1 - k, k, A]);
    out.push([k, k, B]);
  }
  return out;
}
