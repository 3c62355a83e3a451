/**
 * Polarity measured by an MPO tester against the designed map of the link (REFERENCE-2 §16.4,
 * §16.6: a mismatch fails independently of loss; issue 14: "names the hop").
 *
 * The designed map comes from the trace (near position → far position, REFERENCE §0.5). To name
 * the hop, every element on the link whose type could be wrong is tried with its other standard
 * types (array cables A/B/C, §3; through adapters key-up/key-down vs key-up/key-up, §1.4): the
 * first substitution whose composite equals the measured map is the likely culprit (DERIVED
 * from the composition rule of Appendix B `compose`). Cables are tried first (a wrong trunk type
 * is the common field error), then adapters, near to far.
 */
import { adapterPosition, arrayCableMap } from '../catalogue/positionMaps';
import type { ConnectorVariant } from '../connectors';
import type { DesignIndex } from '../engine/designIndex';
import type { AdapterType, ArrayPolarity } from '../parts';
import { identifyArrayType } from './arrayType';
import type { LinkFiber, PermanentLink } from './permanentLinks';

/** The result of comparing a measured map with the design. */
export interface PolarityCheck {
  /** True when every measured fiber arrived where the design says. */
  readonly ok: boolean;
  /** Near fibers (designations) that arrived elsewhere. */
  readonly mismatched: readonly string[];
  /** Array type of the measured map and of the designed map (MPO links; `unknown` for non-standard maps). */
  readonly measuredType: ArrayPolarity | 'unknown' | null;
  readonly designedType: ArrayPolarity | 'unknown' | null;
  /** The element whose other type explains the measured map, when one does. */
  readonly hop: string | null;
  readonly reason: string | null;
}

const ARRAY_TYPES: readonly ArrayPolarity[] = ['A', 'B', 'C'];
const ADAPTER_WORD: Readonly<Record<AdapterType, string>> = {
  'key-up-key-down': 'key-up/key-down (Type A)',
  'key-up-key-up': 'key-up/key-up (Type B)',
  duplex: 'duplex',
  unknown: 'unknown',
};

/** A substitution hypothesis: an element, a word for it, and its position map under the alternative. */
interface Hypothesis {
  readonly hop: number;
  readonly text: string;
  readonly map: (x: number) => number | null;
}

function hypotheses(index: DesignIndex, f: LinkFiber): Hypothesis[] {
  const cables: Hypothesis[] = [];
  const adapters: Hypothesis[] = [];
  f.hops.forEach((h, k) => {
    if (h.kind === 'cable') {
      const rc = index.cables.get(h.cable);
      const part = rc?.part;
      const endKey = rc?.endKeys[h.from.end];
      const variant = endKey ? part?.ends.find((e) => e.key === endKey)?.connector.variant : undefined;
      if (!part?.polarity || !variant || part.ends.length !== 2) return;
      for (const t of ARRAY_TYPES) {
        if (t === part.polarity) continue;
        const pairs = arrayCableMap(t, variant);
        const fwd = new Map(h.from.end === 0 ? pairs : pairs.map(([a, b]) => [b, a] as const));
        cables.push({
          hop: k,
          text: `${rc?.cable.name ?? h.cable} (designed Type ${part.polarity}) behaves as Type ${t}: check the cable's polarity type`,
          map: (x) => fwd.get(x) ?? null,
        });
      }
      return;
    }
    const dev = index.devices.get(h.device);
    const def = dev?.ports.get(h.in.port);
    if (def?.mate.kind !== 'through') return;
    const designed = def.mate.adapter;
    const variant: ConnectorVariant = def.accepts;
    for (const alt of ['key-up-key-down', 'key-up-key-up'] as const) {
      if (alt === designed || designed === 'duplex' || designed === 'unknown') continue;
      adapters.push({
        hop: k,
        text: `${dev?.device.name ?? h.device} ${def.label}: the adapter behaves ${ADAPTER_WORD[alt]} instead of ${ADAPTER_WORD[designed]}`,
        map: (x) => adapterPosition(alt, variant, x),
      });
    }
  });
  return [...cables, ...adapters];
}

/**
 * Compares measured far positions (near designation → far position number) with the designed
 * map of `link`. Fibers without a measured far position are not compared. Pure; never throws.
 */
export function checkPolarity(
  index: DesignIndex,
  link: PermanentLink,
  measured: ReadonlyMap<string, number>,
): PolarityCheck {
  const byName = new Map(link.fibers.map((f) => [f.fiber, f]));
  const mismatched: string[] = [];
  const measuredMap = new Map<number, number>();
  const designedMap = new Map<number, number>();
  for (const [name, far] of measured) {
    const f = byName.get(name);
    if (!f) continue;
    measuredMap.set(f.nearPosition, far);
    designedMap.set(f.nearPosition, f.farPosition);
    if (f.farPosition !== far) mismatched.push(name);
  }
  const mpo = link.near.variant !== null && link.near.variant.startsWith('mpo');
  const variant = (link.near.variant ?? 'mpo-12') as ConnectorVariant;
  const measuredType = mpo && measuredMap.size > 0 ? identifyArrayType(measuredMap, variant) : null;
  const designedType = mpo && designedMap.size > 0 ? identifyArrayType(designedMap, variant) : null;
  if (mismatched.length === 0) return { ok: true, mismatched, measuredType, designedType, hop: null, reason: null };
  const typeText =
    measuredType && designedType
      ? `the tester saw ${measuredType === 'unknown' ? 'a non-standard map' : `Type ${measuredType}`} where the design gives ${designedType === 'unknown' ? 'a non-standard map' : `Type ${designedType}`}`
      : `fiber${mismatched.length > 1 ? 's' : ''} ${mismatched.join(', ')} arrived on ${mismatched
          .map((m) => link.fibers.find((f) => f.fiber === m))
          .map((f) => (f ? `${measuredMapName(link, measuredMap.get(f.nearPosition))} (designed ${f.farFiber})` : '?'))
          .join(', ')}`;
  const sample = link.fibers[0];
  let hop: string | null = null;
  if (sample) {
    for (const h of hypotheses(index, sample)) {
      if (explains(link, h, measuredMap)) {
        hop = h.text;
        break;
      }
    }
  }
  const reason = `polarity differs from design: ${typeText}${hop ? `; likely hop: ${hop}` : `; no single element type explains it (a mis-terminated or mis-spliced fiber): check ${link.cables.length > 0 ? 'the installed cable and its connectors' : 'the link'}`}`;
  return { ok: false, mismatched, measuredType, designedType, hop, reason };
}

const measuredMapName = (link: PermanentLink, pos: number | undefined): string =>
  pos === undefined
    ? '?'
    : link.far.variant && !link.far.variant.startsWith('mpo')
      ? pos === 1
        ? 'A'
        : pos === 2
          ? 'B'
          : String(pos)
      : String(pos);

/** True when replacing hop `h.hop`'s map by `h.map` yields `measured` for every measured fiber. */
function explains(link: PermanentLink, h: Hypothesis, measured: ReadonlyMap<number, number>): boolean {
  // Designed maps before and after the hop, from the link's own fibers.
  const post = new Map<number, number>();
  const enter = new Map<number, number>();
  for (const f of link.fibers) {
    const hop = f.hops[h.hop];
    if (!hop) return false;
    const [x, y] = hop.kind === 'cable' ? [hop.from.position, hop.to.position] : [hop.in.position, hop.out.position];
    enter.set(f.nearPosition, x);
    post.set(y, f.farPosition);
  }
  for (const [near, far] of measured) {
    const x = enter.get(near);
    const y = x === undefined ? null : h.map(x);
    if (y === null || post.get(y) !== far) return false;
  }
  return true;
}
