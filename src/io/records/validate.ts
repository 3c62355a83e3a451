/**
 * Validation of one record of the document of records, on its own: the zod record schema of
 * `io/designSchema.ts` (the same one a loaded file is checked against), the record's key equal
 * to its id, no prototype-altering key, and, for parts, the part's internal consistency (the
 * per-part checks of `io/designChecks.ts`). Cross-record references are not checked here: a
 * dangling reference is shown by `references.ts`, not refused.
 *
 * Every refusal names the JSON path in design-file terms (`$.cables["cab-3"].lengthM`) and the
 * rule, exactly as the file loader would for the same record in a file.
 */
import { SCHEMA_VERSION, emptyDesign } from '../../core/design';
import { checkDesign } from '../designChecks';
import { designNameSchema, LIMITS, settingsSchema } from '../designSchema';
import { formatPath, type PathSegments } from '../jsonPath';
import { FORBIDDEN_KEYS, MAX_DEPTH, firstZodProblem, scanJson } from '../loadDesign';
import { collectionDef, type MetaKey } from './collections';

/** The outcome of validating one record: the record as parsed, or the first problem. */
export type RecordCheck =
  | {
      readonly ok: true;
      /**
       * The record as the schema outputs it: a fresh plain object holding only the schema's own
       * fields (never the value passed in, so inherited or hostile properties cannot leak).
       */
      readonly record: unknown;
    }
  | { readonly ok: false; readonly path: string; readonly message: string };

const refuse = (path: PathSegments, message: string): RecordCheck => ({ ok: false, path: formatPath(path), message });

/** Why a record key is refused (empty, too long, prototype-altering), or null when it is fine. */
export function recordKeyProblem(key: unknown): string | null {
  if (typeof key !== 'string' || key.length === 0) return 'a record key must be a non-empty string';
  if (key.length > LIMITS.idChars) return `a record key is at most ${LIMITS.idChars} characters`;
  if (FORBIDDEN_KEYS.has(key)) return `the key "${key}" is not allowed (it could alter object prototypes)`;
  return null;
}

/**
 * Validates `value` as the record stored under `key` in `collection` (`racks`, `devices`,
 * `cables`, `parts`). Returns `{ ok: true, record }` with the parsed record, or `{ ok: false,
 * path, message }` with the JSON path of the first problem (`$.racks["r1"].heightU`) and the
 * rule. Pure; never throws.
 */
export function validateRecord(collection: string, key: string, value: unknown): RecordCheck {
  const def = collectionDef(collection);
  if (!def) return refuse([collection], `"${collection}" is not a record collection of a design`);
  const keyProblem = recordKeyProblem(key);
  if (keyProblem) return refuse([collection, String(key)], keyProblem);
  const at: PathSegments = [collection, key];
  try {
    const hostile = scanJson(value, MAX_DEPTH - at.length);
    if (hostile) return refuse([...at, ...hostile.path], hostile.message);
    const parsed = def.schema.safeParse(value);
    if (!parsed.success) {
      const p = firstZodProblem(parsed.error.issues);
      return refuse([...at, ...p.path], p.message);
    }
    const record = parsed.data as { id?: unknown };
    if (record.id !== key)
      return refuse(
        [...at, 'id'],
        `id "${String(record.id)}" does not match its key "${key}" (each record is keyed by its own id)`,
      );
    if (collection === 'parts') {
      const partProblem = checkDesign({ ...emptyDesign(), parts: { [key]: record as never } }).errors[0];
      if (partProblem) return refuse(partProblem.path, partProblem.message);
    }
    return { ok: true, record };
  } catch (e) {
    return refuse(at, `the record could not be checked (${e instanceof Error ? e.name : 'error'})`);
  }
}

/**
 * Validates a value of the `meta` map: `schemaVersion` (an integer 1…SCHEMA_VERSION; a newer
 * version is refused with a message saying so), `name`, `settings`. Same result shape as
 * `validateRecord`, paths `$.name`, `$.settings.lossMode`. Pure; never throws.
 */
export function validateMeta(key: MetaKey, value: unknown): RecordCheck {
  try {
    if (key === 'schemaVersion') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        return refuse(['schemaVersion'], `expected a schema version 1–${SCHEMA_VERSION}`);
      if (value > SCHEMA_VERSION)
        return refuse(
          ['schemaVersion'],
          `written by a newer MPO Designer (schema version ${value}); this version reads up to ${SCHEMA_VERSION}`,
        );
      return { ok: true, record: value };
    }
    const hostile = scanJson(value, MAX_DEPTH - 1);
    if (hostile) return refuse([key, ...hostile.path], hostile.message);
    const parsed = (key === 'name' ? designNameSchema : settingsSchema).safeParse(value);
    if (parsed.success) return { ok: true, record: parsed.data };
    const p = firstZodProblem(parsed.error.issues);
    return refuse([key, ...p.path], p.message);
  } catch (e) {
    return refuse([key], `the value could not be checked (${e instanceof Error ? e.name : 'error'})`);
  }
}
