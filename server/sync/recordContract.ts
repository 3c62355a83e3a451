/**
 * The record-level document model as the sync server sees it (issue 9's model, issue 11's
 * server): one `Y.Doc` per design with a root `Y.Map` `meta` (keys `schemaVersion`, `name`,
 * `settings`) and one root `Y.Map` per record collection (`racks`, `devices`, `cables`, `parts`).
 * Key = record id; value = the plain JSON record exactly as in the design file, never a nested
 * Y type; a changed record is replaced whole.
 *
 * This is the server's thin adapter onto that contract: it validates single records with the
 * zod schemas of `src/io/designSchema.ts` and converts between a `Design` and a `Y.Doc`. When
 * the app's record module (`src/io/records`, issue 9) lands in main, these functions delegate to
 * it; nothing else in `server/` depends on how the records are checked.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import { SCHEMA_VERSION, type Design } from '../../src/core/design';
import { designSchema } from '../../src/io/designSchema';
import { formatPath } from '../../src/io/jsonPath';
import { MAX_DEPTH } from '../../src/io/loadDesign';

/** The record collections: root map name → the zod schema of one record. */
const COLLECTION_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  racks: designSchema.shape.racks.valueType,
  devices: designSchema.shape.devices.valueType,
  cables: designSchema.shape.cables.valueType,
  parts: designSchema.shape.parts.valueType,
};

/** The `meta` root map's keys and the schema of each value. */
const META_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  schemaVersion: designSchema.shape.schemaVersion,
  name: designSchema.shape.name,
  settings: designSchema.shape.settings,
};

/** Name of the root map that holds the design's `schemaVersion`, `name` and `settings`. */
export const META_ROOT = 'meta';

/** Names of the root maps holding records, in design-file order. */
export const RECORD_COLLECTIONS: readonly string[] = Object.keys(COLLECTION_SCHEMAS);

/** Every root name a valid document may use: `meta` and the record collections. */
export const DOCUMENT_ROOTS: ReadonlySet<string> = new Set([META_ROOT, ...RECORD_COLLECTIONS]);

/** Keys of `meta` that must always hold a value (an update may replace them, never remove them). */
export const REQUIRED_META_KEYS: readonly string[] = Object.keys(META_SCHEMAS);

/** Outcome of validating one value: ok, or the JSON path (from the design root `$`) and the rule. */
export type RecordCheck =
  { readonly ok: true } | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * Finds the first value that JSON cannot hold or the design format forbids: `undefined`,
 * `bigint`, binary arrays, non-finite numbers, objects with a non-default prototype (a
 * `__proto__` key assigned while decoding), prototype-altering keys, nesting deeper than
 * `MAX_DEPTH` (64). Returns the relative path and message, or null.
 */
function nonJsonProblem(value: unknown): { path: (string | number)[]; message: string } | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (path.length > MAX_DEPTH) return { path, message: `nested deeper than ${MAX_DEPTH} levels` };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { path, message: 'not a finite number' };
      continue;
    }
    if (typeof v !== 'object') return { path, message: `${typeof v} is not a JSON value` };
    if (Array.isArray(v)) {
      v.forEach((c: unknown, i) => stack.push({ v: c, path: [...path, i] }));
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return { path, message: 'not a plain JSON object' };
    for (const k of Object.keys(v)) {
      if (k === 'constructor' || k === 'prototype')
        return { path: [...path, k], message: `the key "${k}" is not allowed` };
      stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return null;
}

function check(schema: z.ZodType, base: (string | number)[], value: unknown): RecordCheck {
  const bad = nonJsonProblem(value);
  if (bad) return { ok: false, path: formatPath([...base, ...bad.path]), message: bad.message };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0];
  const path = issue ? [...base, ...issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s))] : base;
  if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return { ok: false, path: formatPath(path), message: issue?.message ?? 'invalid value' };
}

/**
 * Validates one record written under `key` in the root map `collection`: the collection must be
 * known, the value a plain JSON record accepted by the collection's zod schema, and its `id`
 * equal to the key. Returns ok, or `{path, message}` with a JSON path such as
 * `$.racks["r1"].heightU`. Never throws.
 */
export function validateRecord(collection: string, key: string, value: unknown): RecordCheck {
  const schema = Object.hasOwn(COLLECTION_SCHEMAS, collection) ? COLLECTION_SCHEMAS[collection] : undefined;
  if (!schema) return { ok: false, path: formatPath([collection]), message: 'not a record collection of the design' };
  const result = check(schema, [collection, key], value);
  if (!result.ok) return result;
  const id = (value as { id?: unknown }).id;
  if (id !== key)
    return { ok: false, path: formatPath([collection, key, 'id']), message: 'the id must equal the record key' };
  return result;
}

/** Validates a value written under `key` of the `meta` map (`schemaVersion`, `name`, `settings`). Never throws. */
export function validateMeta(key: string, value: unknown): RecordCheck {
  const schema = Object.hasOwn(META_SCHEMAS, key) ? META_SCHEMAS[key] : undefined;
  if (!schema) return { ok: false, path: formatPath([key]), message: 'not a field of the design' };
  return check(schema, [key], value);
}

/**
 * Writes a design into `doc` (a new `Y.Doc` when omitted) in one transaction: `meta` gets
 * `schemaVersion`, `name`, `settings`; each record goes under its id in its collection map.
 * The design is trusted (validated by the caller, e.g. `parseDesignFile`). Returns the doc.
 */
export function designToDoc(design: Design, doc: Y.Doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    const meta = doc.getMap(META_ROOT);
    meta.set('schemaVersion', design.schemaVersion);
    meta.set('name', design.name);
    meta.set('settings', design.settings);
    for (const name of RECORD_COLLECTIONS) {
      const map = doc.getMap(name);
      const records = design[name as keyof Design] as Readonly<Record<string, unknown>>;
      for (const [id, record] of Object.entries(records)) map.set(id, record);
    }
  });
  return doc;
}

/**
 * Reads the design held by `doc` (no validation: the server only stores validated records).
 * Missing meta values fall back to schema version 1 and the name "Untitled design"; missing
 * settings are left undefined only if never written (a room is always created with them).
 */
export function docToDesign(doc: Y.Doc): Design {
  const meta = doc.getMap(META_ROOT);
  const out: Record<string, unknown> = {
    schemaVersion: meta.get('schemaVersion') ?? SCHEMA_VERSION,
    name: meta.get('name') ?? 'Untitled design',
    settings: meta.get('settings'),
  };
  for (const name of RECORD_COLLECTIONS) out[name] = Object.fromEntries(doc.getMap(name).entries());
  return out as unknown as Design;
}
