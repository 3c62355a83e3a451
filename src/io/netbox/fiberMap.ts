/**
 * From NetBox pair-level mappings to our fiber-level cassette links (REFERENCE §5.1, §5.6).
 *
 * NetBox says only "front port f ↔ rear position k". Which trunk-plug fibers that is, and
 * which of them is A or B in the duplex port, comes from (in this order):
 * 1. per-port strands written in the description ("Strands 1, 12"), with A/B from an explicit
 *    "A=…, B=…" or else from the canonical map of the recognised class (REFERENCE §5.2);
 * 2. the canonical trunk-side map of the recognised class (rear position k = canonical port k);
 * 3. otherwise nothing: the links stay `unknown` and traces are unchecked.
 *
 * A/B inside a port is a convention NetBox cannot carry; the invariance note of REFERENCE §5.1
 * says swapping A↔B in every port of the same module at both ends never changes a verdict.
 */
import { CONNECTOR_VARIANTS, POS_A, POS_B, type ConnectorVariant } from '../../core/connectors';
import {
  CASSETTE_MAP_U1_8,
  CASSETTE_MAPS_12,
  CASSETTE_REAR_ADAPTER,
  type CanonicalModule12,
} from '../../core/catalogue/positionMaps';
import type { AdapterType } from '../../core/parts';
import type { PolarityWord } from './facts';
import { finding, type LintFinding } from './lint';

/** Canonical cassette classes with a trunk-side map (REFERENCE §5.2). */
export type CanonicalClass = CanonicalModule12 | 'MOD-U1-8';

/** One trunk-side row: rear plug position, canonical port (1-based in its group), A (1) / B (2). */
export type MapRow = readonly [trunk: number, port: number, letter: number];

/** Canonical classes a polarity word can mean, most likely first (REFERENCE §5.3). */
export const POLARITY_CLASSES: Readonly<Record<PolarityWord, readonly CanonicalModule12[]>> = {
  A: ['MOD-A'],
  B: ['MOD-B1', 'MOD-B2'],
  C: ['MOD-A'],
  U: ['MOD-U1', 'MOD-U2'],
  U1: ['MOD-U1'],
  U2: ['MOD-U2'],
};

/** Preference order when any canonical map is searched (TIA straight module first). */
export const CLASS_ORDER: readonly CanonicalModule12[] = ['MOD-A', 'MOD-B2', 'MOD-B1', 'MOD-U1', 'MOD-U2'];

/**
 * Canonical rows of `cls` on a rear connector `variant`, or null when REFERENCE has no map:
 * MPO-12 → §5.2 tables; MPO-8 → MOD-U1-8 (U classes only); MPO-24 → the MPO-12 map on each
 * ferrule row, row 2 on ports 7–12 (two-row: UNVERIFIED, §3.4/§5.2 "24-fiber modules").
 */
export function canonicalRows(
  cls: CanonicalModule12,
  variant: ConnectorVariant,
): { rows: MapRow[]; ports: number; unverified: boolean } | null {
  const rows12 = CASSETTE_MAPS_12[cls].map(([p, x], j) => [j + 1, p, x] as const);
  if (variant === 'mpo-12') return { rows: rows12, ports: 6, unverified: cls === 'MOD-B2' || cls.startsWith('MOD-U') };
  if (variant === 'mpo-8')
    return cls.startsWith('MOD-U') ? { rows: [...CASSETTE_MAP_U1_8], ports: 4, unverified: true } : null;
  if (variant === 'mpo-24')
    return {
      rows: [...rows12, ...rows12.map(([j, p, x]) => [j + 12, p + 6, x] as const)],
      ports: 12,
      unverified: true,
    };
  return null;
}

/** The class name stored on the part: Base-8 U modules are `MOD-U1-8`. */
export const storedClass = (cls: CanonicalModule12, variant: ConnectorVariant): CanonicalClass =>
  variant === 'mpo-8' && cls.startsWith('MOD-U') ? 'MOD-U1-8' : cls;

/** Rear adapter of a stored class (REFERENCE §5.3; MOD-U2 on Base-8 keeps key-up/key-up). */
export const classAdapter = (cls: CanonicalModule12, variant: ConnectorVariant): AdapterType =>
  cls === 'MOD-U2' ? 'key-up-key-up' : CASSETTE_REAR_ADAPTER[storedClass(cls, variant)];

/** A front port of one rear group, as NetBox maps it. */
export interface GroupFront {
  /** Our port key, e.g. `front-3`. */
  readonly key: string;
  /** NetBox name (for messages). */
  readonly name: string;
  /** NetBox rear position it maps to. */
  readonly rearPosition: number;
  readonly strands?: readonly [number, number];
  readonly ab?: { readonly a: number; readonly b: number };
}

/** One rear MPO group of a cassette. */
export interface RearGroup {
  readonly key: string;
  readonly name: string;
  readonly variant: ConnectorVariant;
  /** Strand number of position 1 minus 1 ("strands 13-24" → 12), for module-wide numbering. */
  readonly strandOffset: number;
  readonly fronts: readonly GroupFront[];
  /** False when positions look like fibers: the class route is not trusted. */
  readonly pairsTrusted: boolean;
}

/** Result of mapping one group: rows in our port keys, or why not. */
export type GroupMap =
  | {
      readonly ok: true;
      readonly rows: readonly (readonly [trunk: number, front: string, letter: number])[];
      readonly source: 'strands' | 'class';
      readonly unverified: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const letterIn = (rows: readonly MapRow[], trunk: number, partner: number): number | undefined => {
  const r = rows.find((x) => x[0] === trunk);
  const q = rows.find((x) => x[0] === partner);
  return r && q && r[1] === q[1] ? r[2] : undefined;
};

/**
 * Maps one rear group to fiber rows. `candidates` are the classes the free text names (may be
 * empty). Findings are appended to `lint`. Never throws.
 */
export function mapGroup(group: RearGroup, candidates: readonly CanonicalModule12[], lint: LintFinding[]): GroupMap {
  const valid = new Set(CONNECTOR_VARIANTS[group.variant].positions);
  const withStrands = group.fronts.filter((f) => f.strands !== undefined);
  if (group.fronts.length > 0 && withStrands.length === group.fronts.length) {
    const pairs = group.fronts.map((f) => {
      const [x, y] = f.strands ?? [0, 0];
      return [x - group.strandOffset, y - group.strandOffset] as const;
    });
    const flat = pairs.flat();
    if (flat.some((x) => !valid.has(x)) || new Set(flat).size !== flat.length) {
      lint.push(
        finding(
          'strands-invalid',
          `Strands in the port descriptions of ${group.name} are not distinct positions of a ${CONNECTOR_VARIANTS[group.variant].name}`,
          'ignored the strands',
          group.name,
        ),
      );
    } else {
      return strandRows(group, pairs, candidates, lint);
    }
  }
  const cls = candidates[0];
  if (!cls) return { ok: false, reason: `no polarity method or per-port strands for ${group.name}` };
  const canon = canonicalRows(cls, group.variant);
  if (!canon) {
    lint.push(
      finding(
        'no-canonical-map',
        `${cls} has no canonical map on a ${CONNECTOR_VARIANTS[group.variant].name} (REFERENCE §5.2)`,
        'left the fiber map unknown',
        group.name,
      ),
    );
    return { ok: false, reason: `no canonical ${cls} map for ${CONNECTOR_VARIANTS[group.variant].name}` };
  }
  if (!group.pairsTrusted)
    return { ok: false, reason: `positions of ${group.name} look like fibers, so the pair map is ambiguous` };
  const byPos = new Map(group.fronts.map((f) => [f.rearPosition, f.key] as const));
  const complete =
    group.fronts.length === canon.ports &&
    Array.from({ length: canon.ports }, (_, i) => byPos.has(i + 1)).every(Boolean);
  if (!complete)
    return {
      ok: false,
      reason: `${group.name} maps ${group.fronts.length} front ports, the ${cls} map needs rear positions 1–${canon.ports} each once`,
    };
  const rival = candidates
    .slice(1)
    .find((c) => JSON.stringify(canonicalRows(c, group.variant)?.rows) !== JSON.stringify(canon.rows));
  if (rival)
    lint.push(
      finding(
        'class-assumed',
        `The stated polarity fits ${candidates.join(' and ')}, whose maps differ (${group.name})`,
        `used ${cls}; a channel needs ${cls} at one end and ${rival} at the other (REFERENCE §5.2)`,
        group.name,
      ),
    );
  return {
    ok: true,
    rows: canon.rows.map(([j, p, x]) => [j, byPos.get(p) ?? '', x] as const),
    source: 'class',
    unverified: canon.unverified,
  };
}

/** Rows from per-port strands; A/B from explicit text, the named class, or any canonical map. */
function strandRows(
  group: RearGroup,
  pairs: readonly (readonly [number, number])[],
  candidates: readonly CanonicalModule12[],
  lint: LintFinding[],
): GroupMap {
  const named = candidates.map((c) => canonicalRows(c, group.variant)).filter((c) => c !== null);
  const others = CLASS_ORDER.filter((c) => !candidates.includes(c)).map((c) => ({
    c,
    m: canonicalRows(c, group.variant),
  }));
  const rows: (readonly [number, string, number])[] = [];
  const assumedFrom = new Set<string>();
  let disagree = false;
  group.fronts.forEach((f, i) => {
    const [x, y] = pairs[i] ?? [0, 0];
    const sameStrands =
      f.ab !== undefined &&
      Math.min(f.ab.a, f.ab.b) === Math.min(x, y) + group.strandOffset &&
      Math.max(f.ab.a, f.ab.b) === Math.max(x, y) + group.strandOffset;
    if (f.ab && sameStrands) {
      rows.push([f.ab.a - group.strandOffset, f.key, POS_A], [f.ab.b - group.strandOffset, f.key, POS_B]);
      return;
    }
    const fromNamed = named.map((m) => letterIn(m.rows, x, y)).find((l) => l !== undefined);
    if (named.length > 0 && fromNamed === undefined) disagree = true;
    let lx = fromNamed;
    if (lx === undefined) {
      const hit = others
        .map(({ c, m }) => ({ c, l: m ? letterIn(m.rows, x, y) : undefined }))
        .find((h) => h.l !== undefined);
      if (hit) assumedFrom.add(hit.c);
      lx = hit?.l ?? POS_A;
      if (!hit) assumedFrom.add('lower strand = A');
    }
    rows.push([x, f.key, lx], [y, f.key, lx === POS_A ? POS_B : POS_A]);
  });
  if (disagree) {
    lint.push(
      finding(
        'strands-vs-polarity',
        `The per-port strands of ${group.name} do not pair fibers the way ${candidates.join('/')} does`,
        'used the strands (per-port facts beat the family word); A/B order assumed',
        group.name,
      ),
    );
  }
  if (assumedFrom.size > 0) {
    lint.push(
      finding(
        'ab-assumed',
        `NetBox cannot say which strand of a duplex port is A or B (${group.name})`,
        `took A/B from ${[...assumedFrom].join(', ')}; harmless when the same module is at both ends (REFERENCE §5.1 invariance note)`,
        group.name,
      ),
    );
  }
  return { ok: true, rows, source: 'strands', unverified: true };
}

/**
 * The canonical class whose map equals the derived rows of every group, trying `preferred`
 * first; null when none does (the part is then `custom`).
 */
export function matchClass(
  groups: readonly {
    readonly variant: ConnectorVariant;
    readonly rows: readonly (readonly [number, string, number])[];
    readonly fronts: readonly GroupFront[];
  }[],
  preferred: readonly CanonicalModule12[],
): CanonicalModule12 | null {
  const order = [...preferred, ...CLASS_ORDER.filter((c) => !preferred.includes(c))];
  return (
    order.find((cls) =>
      groups.every((g) => {
        const canon = canonicalRows(cls, g.variant);
        if (!canon) return false;
        const keyAt = new Map(g.fronts.map((f) => [f.rearPosition, f.key] as const));
        const want = new Set(canon.rows.map(([j, p, x]) => `${j}|${keyAt.get(p) ?? '?'}|${x}`));
        return g.rows.length === want.size && g.rows.every(([j, k, x]) => want.has(`${j}|${k}|${x}`));
      }),
    ) ?? null
  );
}
