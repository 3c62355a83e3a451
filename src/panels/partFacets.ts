/**
 * Part facets for the inspector: the properties a user changes on a placed part (trunk polarity
 * type, gender, polish, cord type A-to-B/A-to-A, module class, transceiver application, loss
 * grade). Changing a facet means replacing the part by the catalogue part that has the new value,
 * the same structure (same ends or ports, so every cable stays plugged) and as many other facets
 * unchanged as possible.
 */
import type { Catalogue } from '../core/catalogue';
import type { Part, PortDef } from '../core/parts';

/** Facet keys. */
export type FacetKey =
  'polarity' | 'cordType' | 'gender' | 'polish' | 'lossGrade' | 'moduleClass' | 'fiberType' | 'application' | 'adapter';

/** Display names of the facets. */
export const FACET_LABELS: Readonly<Record<FacetKey, string>> = {
  polarity: 'Polarity type',
  cordType: 'Cord type',
  gender: 'Gender',
  polish: 'Polish',
  lossGrade: 'Loss grade',
  moduleClass: 'Module',
  fiberType: 'Fiber type',
  application: 'Application',
  adapter: 'Adapters',
};

const rearOf = (ports: readonly PortDef[]) => ports.find((p) => p.face === 'rear');

const facetCache = new WeakMap<Part, Partial<Record<FacetKey, string>>>();
const structureCache = new WeakMap<Part, string>();

/** The facet values of a part (only the facets that apply to it); memoised per part object. */
export function facetsOf(p: Part): Partial<Record<FacetKey, string>> {
  let f = facetCache.get(p);
  if (!f) facetCache.set(p, (f = computeFacets(p)));
  return f;
}

function computeFacets(p: Part): Partial<Record<FacetKey, string>> {
  switch (p.kind) {
    case 'cable': {
      const mpo = p.ends.filter((e) => e.connector.gender !== 'n/a');
      return {
        ...(p.polarity ? { polarity: `Type ${p.polarity}` } : {}),
        ...(p.cordType ? { cordType: p.cordType } : {}),
        ...(mpo.length ? { gender: [...new Set(mpo.map((e) => e.connector.gender))].sort().reverse().join('/') } : {}),
        polish: [...new Set(p.ends.map((e) => e.connector.polish))].join('/'),
        lossGrade: p.ends[0]?.lossGrade ?? 'unknown',
      };
    }
    case 'module': {
      const rear = rearOf(p.ports);
      const fixed = rear?.mate.kind === 'fixed' ? rear.mate : undefined;
      return {
        moduleClass: p.moduleClass,
        ...(fixed
          ? { gender: fixed.connector.gender, polish: fixed.connector.polish, lossGrade: fixed.lossGrade }
          : {}),
        ...(rear?.mate.kind === 'through' ? { adapter: rear.mate.adapter } : {}),
        ...(p.fiberType !== 'unknown' ? { fiberType: p.fiberType } : {}),
      };
    }
    case 'transceiver':
      return { application: p.application };
    case 'rack-equipment': {
      const rear = rearOf(p.ports);
      return rear?.mate.kind === 'through' ? { adapter: rear.mate.adapter } : {};
    }
  }
}

/** What must stay the same for a part to replace another in place (ends or ports); memoised per part object. */
export function structureOf(p: Part): string {
  let s = structureCache.get(p);
  if (s === undefined) structureCache.set(p, (s = computeStructure(p)));
  return s;
}

function computeStructure(p: Part): string {
  switch (p.kind) {
    case 'cable':
      return `cable|${p.ends.map((e) => `${e.key}:${e.connector.variant}`).join(',')}|${p.fiberCount}`;
    case 'module':
      return `module|${p.formFactor}|${p.ports.map((q) => `${q.key}:${q.accepts}`).join(',')}`;
    case 'transceiver':
      return 'transceiver';
    case 'rack-equipment':
      return `rack|${p.role}|${p.heightU}|${p.slots.length}|${p.cages.map((c) => c.formFactor).join(',')}|${p.ports.map((q) => `${q.key}:${q.accepts}`).join(',')}`;
  }
}

/** One choice of a facet: its value and the part that has it. */
export interface FacetOption {
  readonly value: string;
  readonly part: Part;
}

/**
 * For each facet of `current`, the values the user can pick, each mapped to the catalogue part
 * with that value, the same structure and the most other facets equal (ties: catalogue order).
 * `accept` filters candidates (e.g. transceivers the cage takes).
 */
export function facetOptions(
  current: Part,
  cat: Catalogue,
  accept: (p: Part) => boolean = () => true,
): Partial<Record<FacetKey, FacetOption[]>> {
  const mine = facetsOf(current);
  const shape = structureOf(current);
  const candidates = cat.parts.filter(
    (p) => p.kind === current.kind && structureOf(p) === shape && (p.id === current.id || accept(p)),
  );
  const out: Partial<Record<FacetKey, FacetOption[]>> = {};
  for (const key of Object.keys(mine) as FacetKey[]) {
    const best = new Map<string, { part: Part; score: number }>();
    for (const p of candidates) {
      const f = facetsOf(p);
      const v = f[key];
      if (v === undefined) continue;
      let score = 0;
      for (const k of Object.keys(mine) as FacetKey[]) if (k !== key && f[k] === mine[k]) score += 1;
      if (p.id === current.id) score += 100;
      const prev = best.get(v);
      if (!prev || score > prev.score) best.set(v, { part: p, score });
    }
    out[key] = [...best.entries()]
      .map(([value, { part }]) => ({ value, part }))
      .sort((a, b) => a.value.localeCompare(b.value));
  }
  return out;
}
