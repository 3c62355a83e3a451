/**
 * The catalogue: built-in parts plus a design's custom and imported parts, looked up by id, and
 * builder parts (issue 13 §2), whose id is their parameter record.
 * A lookup of an unknown id returns `undefined`; the engine then reports `unchecked` with the id
 * as the reason instead of crashing (tonal's null-object idea).
 */
import type { Design } from '../design';
import type { Part } from '../parts';
import { CABLE_PARTS } from './cables';
import { EQUIPMENT_PARTS } from './equipment';
import { parametricPart } from './builder';
import { MODULE_PARTS } from './modules';
import { SPLICE_PARTS } from './spliceParts';
import { makeSplitterCable } from './splitterCables';
import { TRANSCEIVER_PARTS } from './transceivers';

/** Every built-in part, in palette order (rack equipment, modules, transceivers, cables). */
export const BUILTIN_PARTS: readonly Part[] = [
  ...EQUIPMENT_PARTS,
  ...MODULE_PARTS,
  ...SPLICE_PARTS.filter((p) => p.kind === 'module'),
  ...TRANSCEIVER_PARTS,
  ...CABLE_PARTS,
  makeSplitterCable('APC'),
  ...SPLICE_PARTS.filter((p) => p.kind === 'cable'),
];

/** A read-only part lookup. */
export interface Catalogue {
  /** All parts, built-in first, then the design's own (which may shadow nothing: ids are unique). */
  readonly parts: readonly Part[];
  /** The part with this id, or undefined when the id is unknown. */
  get(id: string): Part | undefined;
}

const BUILTIN_INDEX: ReadonlyMap<string, Part> = new Map(BUILTIN_PARTS.map((p) => [p.id, p]));

/** The built-in catalogue alone; builder ids (`p/…`, issue 13 §2) resolve from the id itself. */
export const BUILTIN_CATALOGUE: Catalogue = {
  parts: BUILTIN_PARTS,
  get: (id) => BUILTIN_INDEX.get(id) ?? parametricPart(id),
};

const cache = new WeakMap<object, Catalogue>();

/**
 * The catalogue a design sees: built-in parts plus `design.parts`. Memoised on the identity of
 * `design.parts`, so repeated analyses of an unchanged design share one index.
 */
export function catalogueFor(design: Pick<Design, 'parts'>): Catalogue {
  const own = design.parts;
  const hit = cache.get(own);
  if (hit) return hit;
  const ownParts = Object.values(own);
  if (ownParts.length === 0) {
    cache.set(own, BUILTIN_CATALOGUE);
    return BUILTIN_CATALOGUE;
  }
  const index = new Map(BUILTIN_INDEX);
  for (const p of ownParts) index.set(p.id, p);
  const cat: Catalogue = { parts: [...BUILTIN_PARTS, ...ownParts], get: (id) => index.get(id) ?? parametricPart(id) };
  cache.set(own, cat);
  return cat;
}
