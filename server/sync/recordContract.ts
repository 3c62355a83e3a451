/**
 * The record-level document model as the sync server checks it (issue 9's model, issue 11's
 * server). The model and its validation are the app's own (`src/io/records`): one `Y.Doc` per
 * design, root map `meta` (`schemaVersion`, `name`, `settings`) and one root map per record
 * collection; key = record id; value = the plain JSON record, never a nested Y type.
 *
 * The server adds one check the app does not need: values decoded from a client's update by
 * lib0 may be objects whose *prototype* was set by a `__proto__` key in the binary encoding (the
 * decoder assigns keys one by one). Such a value has no own `__proto__` key for a JSON scan to
 * find, but its inherited fields would reach the schema; it is refused as not plain JSON.
 */
import { formatPath } from '../../src/io/jsonPath';
import {
  META_KEYS,
  META_MAP,
  ROOT_MAPS,
  validateMeta as validateMetaValue,
  validateRecord as validateRecordValue,
  type MetaKey,
  type RecordCheck,
} from '../../src/io/records';

export { designToDoc, docToDesign } from '../../src/io/records';
export type { RecordCheck };

/** Name of the root map that holds the design's `schemaVersion`, `name` and `settings`. */
export const META_ROOT = META_MAP;

/** Every root name a valid document may use: `meta` and the record collections. */
export const DOCUMENT_ROOTS: ReadonlySet<string> = new Set(ROOT_MAPS);

/** Keys of `meta` that must always hold a value (an update may replace them, never remove them). */
export const REQUIRED_META_KEYS: readonly string[] = META_KEYS;

/**
 * Path (relative) of the first object whose prototype is not `Object.prototype` (arrays are
 * fine), or null. Iterative, so a deeply nested value cannot overflow the stack.
 */
function foreignPrototype(value: unknown): (string | number)[] | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) v.forEach((c: unknown, i) => stack.push({ v: c, path: [...path, i] }));
    else if (Object.getPrototypeOf(v) !== Object.prototype) return path;
    else for (const [k, c] of Object.entries(v)) stack.push({ v: c, path: [...path, k] });
  }
  return null;
}

/**
 * Validates one record written under `key` in the root map `collection`: plain JSON objects
 * only, then `src/io/records` `validateRecord` (zod record schema, id = key, forbidden keys,
 * depth, part consistency). Returns ok or `{path, message}` with a path such as
 * `$.racks.r1.heightU`. Never throws.
 */
export function validateRecord(collection: string, key: string, value: unknown): RecordCheck {
  const odd = foreignPrototype(value);
  if (odd) return { ok: false, path: formatPath([collection, key, ...odd]), message: 'not a plain JSON object' };
  return validateRecordValue(collection, key, value);
}

/** Validates a value written under `key` of the `meta` map; unknown keys are refused. Never throws. */
export function validateMeta(key: string, value: unknown): RecordCheck {
  if (!(META_KEYS as readonly string[]).includes(key))
    return { ok: false, path: formatPath([key]), message: 'not a field of the design' };
  const odd = foreignPrototype(value);
  if (odd) return { ok: false, path: formatPath([key, ...odd]), message: 'not a plain JSON object' };
  return validateMetaValue(key as MetaKey, value);
}
