/**
 * Part search as the field talks: a query word matches the start of a word of the part (so
 * "pinned" never matches "unpinned", and "male" never "female"), words the field uses for the same
 * thing are one word (a data table: trunk = array cable, pinned = male, MTP = MPO, key-up/key-up =
 * Type B adapter, cassette = module, …), and what a part is comes from its data (class, polarity
 * type, connectors, genders, polish, fiber) as well as its name, so a female Type B "cable" is
 * found by "trunk". Exact facet filters (gender, polish, fiber type, fiber count, connector) narrow
 * the list by value. Pure: the palette and the vendor catalogue search use it alike.
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type ConnectorSpec, type ConnectorVariant } from '../core/connectors';
import type { Part } from '../core/parts';
import { portsOf } from '../core/parts';

/**
 * Synonym table: every phrase on the left reads as the canonical word on the right, in queries and
 * in part text alike. Phrases are matched whole-word, longest first. Sources: REFERENCE §1.3
 * (pinned = male), §1.4 (key-up/key-up = Type B adapter), §3 (array cable types), TIA-568.3-E.
 */
export const SYNONYMS: readonly (readonly [phrase: string, canonical: string])[] = [
  ['array cable', 'trunk'],
  ['array cord', 'trunk'],
  ['mpo cable', 'trunk'],
  ['mpo trunk', 'trunk'],
  ['trunk cable', 'trunk'],
  ['pinned', 'male'],
  ['pins', 'male'],
  ['unpinned', 'female'],
  ['no pins', 'female'],
  ['key-up/key-up', 'type-b-adapter'],
  ['key up key up', 'type-b-adapter'],
  ['type b adapter', 'type-b-adapter'],
  ['key-up/key-down', 'type-a-adapter'],
  ['key up key down', 'type-a-adapter'],
  ['type a adapter', 'type-a-adapter'],
  ['adapter panel', 'adapter'],
  ['coupler', 'adapter'],
  ['cassette', 'module'],
  ['cassettes', 'module'],
  ['modules', 'module'],
  ['mtp', 'mpo'],
  ['patch cord', 'cord'],
  ['jumper', 'cord'],
  ['fan-out', 'harness'],
  ['fanout', 'harness'],
  ['breakout cable', 'harness'],
  ['hydra', 'harness'],
  ['angled', 'apc'],
  ['single-mode', 'sm'],
  ['singlemode', 'sm'],
  ['smf', 'sm'],
  ['multimode', 'mm'],
  ['multi-mode', 'mm'],
  ['mmf', 'mm'],
  ['fibre', 'fiber'],
  ['polarity a', 'type-a'],
  ['polarity b', 'type-b'],
  ['polarity c', 'type-c'],
  ['type a', 'type-a'],
  ['type b', 'type-b'],
  ['type c', 'type-c'],
  ['typea', 'type-a'],
  ['typeb', 'type-b'],
  ['typec', 'type-c'],
  ['optic', 'transceiver'],
  ['optics', 'transceiver'],
  ['xcvr', 'transceiver'],
  ['housing', 'enclosure'],
];

/** Rewrites a few spellings to one form: `mpo12`/`mtp-12`/`MPO 12` → `mpo-12`, `12 fiber` → `12f`, `base8` → `mpo-8`. */
function spell(text: string): string {
  return text
    .replace(/\b(?:mpo|mtp)[-\s]?(8|12|16|24|32)\b/g, 'mpo-$1')
    .replace(/\bbase[-\s]?(8|12|16|24)\b/g, 'mpo-$1')
    .replace(/\b(\d+)[-\s]?(?:f|fiber|fibre|fibers|fibres|core)\b/g, '$1f')
    .replace(/\blc[-\s]duplex\b/g, 'lc');
}

const PHRASES = [...SYNONYMS].sort((a, b) => b[0].length - a[0].length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PHRASE_RE = PHRASES.map(([p, c]) => [new RegExp(`(^|[\\s,;()])${escape(p)}(?=$|[\\s,;()])`, 'g'), c] as const);

/** Lower-cases, applies the spellings and the synonym table, and splits into words. */
export function canonicalWords(text: string): string[] {
  let s = ` ${spell(text.toLowerCase())} `;
  for (const [re, c] of PHRASE_RE) s = s.replace(re, `$1${c}`);
  return s.split(/[\s,;()×]+/).filter(Boolean);
}

const GENDER: Readonly<Record<string, string>> = { male: 'male', female: 'female' };

/** The connectors of a part: cable ends, fixed port connectors, a transceiver's MDI. */
function connectorsOf(p: Part): ConnectorSpec[] {
  if (p.kind === 'cable') return p.ends.map((e) => e.connector);
  return portsOf(p).flatMap((q) =>
    q.mate.kind === 'fixed' ? [q.mate.connector] : [{ variant: q.accepts, gender: 'n/a', polish: 'unknown' }],
  );
}

/** Words that say what a part is, from its data (so they hold whatever the part is called). */
function conceptWords(p: Part): string[] {
  const out: string[] = [p.kind];
  const conn = connectorsOf(p);
  for (const c of conn) {
    out.push(CONNECTOR_VARIANTS[c.variant].name.toLowerCase(), CONNECTOR_VARIANTS[c.variant].family);
    if (GENDER[c.gender]) out.push(GENDER[c.gender]!);
    if (c.polish !== 'unknown' && c.polish !== 'n/a') out.push(c.polish.toLowerCase());
  }
  switch (p.kind) {
    case 'cable':
      out.push(
        `${p.fiberCount}f`,
        p.defaultFiberType.toLowerCase(),
        FIBER_MODE[p.defaultFiberType] === 'single-mode' ? 'sm' : 'mm',
      );
      if (p.cableClass === 'trunk' || p.cableClass === 'array-cable') out.push('trunk', 'cable');
      else if (p.cableClass === 'duplex-cord') out.push('cord', 'cable');
      else out.push(p.cableClass === 'harness' ? 'harness' : 'conversion', 'cable');
      if (p.polarity) out.push(`type-${p.polarity.toLowerCase()}`);
      if (p.cordType) out.push(p.cordType.toLowerCase());
      break;
    case 'module':
      out.push('module', p.moduleClass.toLowerCase(), `${p.fiberCount}f`);
      if (p.fiberType !== 'unknown')
        out.push(p.fiberType.toLowerCase(), FIBER_MODE[p.fiberType] === 'single-mode' ? 'sm' : 'mm');
      break;
    case 'rack-equipment':
      out.push(p.role, `${p.heightU}u`);
      for (const c of p.cages) out.push(c.formFactor.toLowerCase());
      break;
    case 'transceiver':
      out.push(p.application.toLowerCase(), p.formFactor.toLowerCase(), p.fiberMode === 'single-mode' ? 'sm' : 'mm');
      break;
  }
  if (p.kind !== 'cable' && p.kind !== 'transceiver')
    for (const q of portsOf(p))
      if (q.mate.kind === 'through' && q.mate.adapter !== 'duplex' && q.mate.adapter !== 'unknown')
        out.push(q.mate.adapter === 'key-up-key-up' ? 'type-b-adapter' : 'type-a-adapter', 'adapter');
      else if (q.mate.kind === 'through') out.push('adapter');
  return out;
}

/** Every form a word of a part can be matched by: itself, without hyphens, and its hyphen parts. */
function variants(word: string): string[] {
  const parts = word.split(/[-/]/).filter(Boolean);
  return parts.length > 1 ? [word, word.replace(/[-/]/g, ''), ...parts] : [word];
}

const wordCache = new WeakMap<Part, readonly string[]>();

/**
 * The words a part is found by: its name, part number, maker, and what its data says it is; and
 * its id as one whole word (so `equipment/enclosure-…` finds it, while the `mm`/`ff` inside an id,
 * male/male and female/female, never match a search for multimode).
 */
export function partWords(p: Part): readonly string[] {
  const hit = wordCache.get(p);
  if (hit) return hit;
  const text = [p.name, p.partNumber ?? '', p.manufacturer ?? ''].join(' ');
  const words = [
    ...new Set([
      ...[...canonicalWords(text), ...conceptWords(p).flatMap(canonicalWords)].flatMap(variants),
      ...canonicalWords(p.id),
    ]),
  ];
  wordCache.set(p, words);
  return words;
}

/** True when every canonical query word starts a word of the part. */
const matchesWords = (p: Part, q: readonly string[]): boolean => {
  if (q.length === 0) return true;
  const words = partWords(p);
  return q.every((w) => words.some((x) => x.startsWith(w)));
};

/**
 * True when every word of `query` starts a word of the part (after spellings and synonyms), e.g.
 * "type b apc", "pinned mod-u1", "mtp12 trunk". An empty query matches everything.
 */
export const matchesQuery = (p: Part, query: string): boolean => matchesWords(p, canonicalWords(query));

/** The exact facet filters of the palette. */
export type SearchFacet = 'gender' | 'polish' | 'fiberType' | 'fiberCount' | 'connector';

/** Facet labels, in display order. */
export const SEARCH_FACETS: readonly { readonly key: SearchFacet; readonly label: string }[] = [
  { key: 'connector', label: 'Connector' },
  { key: 'gender', label: 'Gender' },
  { key: 'polish', label: 'Polish' },
  { key: 'fiberType', label: 'Fiber type' },
  { key: 'fiberCount', label: 'Fibers' },
];

/**
 * The values a part has for a facet (a part with male and female ends has both genders; a panel
 * has the connectors of its ports). Genders are `male (pinned)`/`female (unpinned)`; fiber counts
 * `12F`; connectors their names (`MPO-12`, `LC duplex`).
 */
export function facetValues(p: Part, facet: SearchFacet): string[] {
  const conn = connectorsOf(p);
  switch (facet) {
    case 'connector':
      return [...new Set(conn.map((c) => CONNECTOR_VARIANTS[c.variant as ConnectorVariant].name))];
    case 'gender':
      return [
        ...new Set(
          conn.flatMap((c) =>
            c.gender === 'male' ? ['male (pinned)'] : c.gender === 'female' ? ['female (unpinned)'] : [],
          ),
        ),
      ];
    case 'polish':
      return [...new Set(conn.flatMap((c) => (c.polish === 'unknown' || c.polish === 'n/a' ? [] : [c.polish])))];
    case 'fiberType':
      return p.kind === 'cable'
        ? [p.defaultFiberType]
        : p.kind === 'module' && p.fiberType !== 'unknown'
          ? [p.fiberType]
          : [];
    case 'fiberCount':
      return p.kind === 'cable' || p.kind === 'module' ? [`${p.fiberCount}F`] : [];
  }
}

/** Selected facet values (absent or '' = any). */
export type FacetFilter = Partial<Record<SearchFacet, string>>;

/** True when the part has every selected facet value exactly. */
export const matchesFacets = (p: Part, f: FacetFilter): boolean =>
  SEARCH_FACETS.every(({ key }) => !f[key] || facetValues(p, key).includes(f[key]!));

/** Parts matching the query and the facet filter, in their order (the query is read once). */
export function searchParts(parts: readonly Part[], query: string, facets: FacetFilter = {}): Part[] {
  const q = canonicalWords(query);
  return parts.filter((p) => matchesFacets(p, facets) && matchesWords(p, q));
}

/** The values each facet takes over `parts`, sorted (numbers by value), for the filter menus. */
export function facetChoices(parts: readonly Part[]): Record<SearchFacet, string[]> {
  const out = {} as Record<SearchFacet, string[]>;
  for (const { key } of SEARCH_FACETS) {
    const set = new Set(parts.flatMap((p) => facetValues(p, key)));
    out[key] = [...set].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }
  return out;
}
