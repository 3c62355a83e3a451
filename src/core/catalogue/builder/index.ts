/**
 * The part builder (issue 13 §2): parameters → part with a stable, parseable id; built-ins as
 * presets. `parametricPart` is what the catalogue uses to resolve a builder id that no design
 * stores: the id alone rebuilds the part.
 */
import type { Part } from '../../parts';
import { buildPart } from './build';
import { isParametricId, parsePartId } from './partId';

export { buildPart, cassetteClass, nameOf } from './build';
export { isParametricId, parsePartId, partIdOf, PARAMETRIC_PREFIX, type ParsedPartId } from './partId';
export {
  BUILDER_DEFAULTS,
  FIELD_LABELS,
  fieldOptions,
  KIND_FIELDS,
  KIND_LABELS,
  MPO_FIBERS,
  PARAM_RANGES,
  PARAM_VALUES,
  validateParams,
  type BuilderKind,
  type CassetteParams,
  type PartParams,
  type ParamProblem,
} from './params';
export { presetParams } from './presets';

const memo = new Map<string, Part | null>();

/**
 * The part a builder id stands for, built once and memoised (the same object every time, so the
 * engine's per-part caches hold); undefined for an id that is not a valid builder id.
 */
export function parametricPart(id: string): Part | undefined {
  if (!isParametricId(id)) return undefined;
  let hit = memo.get(id);
  if (hit === undefined) {
    const r = parsePartId(id);
    hit = r.ok ? buildPart(r.params) : null;
    // Only canonical ids resolve: a reordered id would be a second name for the same part.
    if (hit && hit.id !== id) hit = null;
    if (memo.size > 5000) memo.clear();
    memo.set(id, hit);
  }
  return hit ?? undefined;
}
