/**
 * Loads a design file: size limit, JSON parse, hostile-input guards, migration to the current
 * schema version, zod validation and cross-record checks. Never throws; every refusal names the
 * JSON path of the first problem (`$.cables["cab-3"].lengthM`) in the file as written.
 *
 * Hostile input handled: files over the size limit, deep nesting (limit 64 levels), the keys
 * `__proto__`, `constructor` and `prototype` (prototype pollution), numbers that overflow to
 * Infinity (`1e400`), strings or `null` in number fields, duplicate ids (record key ≠ id) and
 * dangling references. Names and labels containing markup are plain strings (the UI never
 * renders them as HTML).
 */
import type { Design } from '../core/design';
import { checkDesign } from './designChecks';
import { designSchema, RESERVED_KEYS } from './designSchema';
import { firstIssue } from './zodIssue';
import { formatPath, type FileProblem, type PathSegments } from './jsonPath';
import { migrateDocument, type JsonObject } from './migrations';
import { migrateTestRecords } from './testRecords';

/**
 * Default size limit of a design file: 64 MB (64 × 1024 × 1024 bytes of UTF-8). The largest
 * design the app is benchmarked for, the generated 100,000-fiber data hall, is 21.4 MB of JSON:
 * 64 MB gives it 3× headroom while JSON.parse of a file at the limit stays around a second and a
 * few hundred MB in a browser. A `.mpo.json.gz` file (designBytes.ts) is about 20× smaller.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Default nesting limit: objects and arrays deeper than this are refused. */
export const MAX_DEPTH = 64;
/** Keys refused anywhere in a file (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = RESERVED_KEYS;

/** Options of `parseDesignFile`. */
export interface ParseOptions {
  /** Size limit in bytes of UTF-8 (default `MAX_FILE_BYTES`, 64 MB). */
  readonly maxBytes?: number;
  /** Nesting limit (default `MAX_DEPTH`, 64). */
  readonly maxDepth?: number;
}

/** The result of loading a design file. */
export type ParseResult =
  | {
      readonly ok: true;
      readonly design: Design;
      /** States the engine will report as unchecked, and migrations applied; each with a path. */
      readonly warnings: readonly FileProblem[];
    }
  | { readonly ok: false; readonly error: FileProblem };

const fail = (path: PathSegments | string, message: string): ParseResult => ({
  ok: false,
  error: { path: typeof path === 'string' ? path : formatPath(path), message },
});

/** UTF-8 byte length of a string, computed without allocating a copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON parse error message with line and column when the engine reports a position. */
function jsonErrorMessage(text: string, e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(raw);
  if (!m) return `not valid JSON: ${raw}`;
  const { line, column } = lineColumn(text, Number(m[1]));
  return `not valid JSON at line ${line}, column ${column}: ${raw.replace(/ \(line \d+ column \d+\)/, '')}`;
}

/**
 * Walks a parsed JSON value depth-first in document order, refusing forbidden keys and nesting
 * beyond `maxDepth`. Iterative (an explicit stack), so hostile depth cannot overflow the stack.
 */
export function scanJson(value: unknown, maxDepth: number): { path: PathSegments; message: string } | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= maxDepth) return { path, message: `nesting deeper than ${maxDepth} levels` };
    const children: { v: unknown; path: (string | number)[] }[] = [];
    if (Array.isArray(v)) v.forEach((c: unknown, i) => children.push({ v: c, path: [...path, i] }));
    else {
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k))
          return { path: [...path, k], message: `the key "${k}" is not allowed (it could alter object prototypes)` };
        children.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as { v: unknown; path: (string | number)[] });
  }
  return null;
}

/** The first problem of a failed zod parse (re-exported for `io/records`; see `zodIssue.ts`). */
export { firstZodProblem } from './zodIssue';

function parseUnsafe(text: string, opts: ParseOptions): ParseResult {
  if (typeof text !== 'string') return fail('$', 'expected the file text (a string)');
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  // A UTF-16 code unit is at least one UTF-8 byte, so a long string is refused before counting.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes)
    return fail(
      '$',
      `file too large: ${text.length > maxBytes ? 'more than ' : ''}${mb(bytes)}; the limit is ${mb(maxBytes)} (${maxBytes} bytes)`,
    );
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('$', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail('$', jsonErrorMessage(body, e));
  }
  const hostile = scanJson(raw, opts.maxDepth ?? MAX_DEPTH);
  if (hostile) return fail(hostile.path, hostile.message);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail(
      '$',
      `expected a design object, received ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`,
    );
  const migrated = migrateDocument(raw as JsonObject);
  if (!migrated.ok) return fail(migrated.path, migrated.message);
  const records = migrateTestRecords(migrated.doc);
  if (!records.ok) return fail(migrated.originalPath(records.path), records.message);
  const parsed = designSchema.safeParse(records.doc);
  if (!parsed.success) {
    const first = firstIssue(parsed.error);
    return fail(migrated.originalPath(first.path), first.message);
  }
  // The schema output equals the design type up to id/unit brands (compile-time check in
  // designSchema.ts); brands do not exist at run time.
  const design = parsed.data as unknown as Design;
  const checked = checkDesign(design);
  const firstError = checked.errors[0];
  if (firstError) return fail(migrated.originalPath(firstError.path), firstError.message);
  const warnings: FileProblem[] = checked.warnings.map((w) => ({
    path: formatPath(migrated.originalPath(w.path)),
    message: w.message,
  }));
  if (migrated.fromVersion !== design.schemaVersion)
    warnings.unshift({
      path: '$.schemaVersion',
      message: `migrated from schema version ${migrated.fromVersion} to ${design.schemaVersion}; saving writes version ${design.schemaVersion}`,
    });
  return { ok: true, design, warnings };
}

/**
 * Parses the text of a design file into a `Design` of the current schema version.
 *
 * Returns `{ ok: true, design, warnings }` or `{ ok: false, error: { path, message } }` where
 * `path` is the JSON path of the first problem in the file (`$` for whole-file problems: size,
 * JSON syntax with line and column). Never throws, whatever the input.
 */
export function parseDesignFile(text: string, opts: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, opts);
  } catch (e) {
    // Never expected (the fuzz tests hold it at zero): the message names the whole file and says
    // what to do, not the engine's internal error text.
    void e;
    return fail(
      '$',
      'the design could not be checked (an unexpected problem in MPO Designer; please report this file)',
    );
  }
}
