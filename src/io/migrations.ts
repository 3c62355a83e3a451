/**
 * Ordered migrations of design documents from every earlier `schemaVersion` to the current one
 * (`SCHEMA_VERSION` in src/core/design.ts). Each step takes the raw JSON object of version n and
 * returns version n + 1, plus a function that maps a JSON path in the migrated document back to
 * the path in the file the user wrote (so validation errors point at the file, not at ours).
 *
 * Version history:
 *   v0  (the first file format, before `schemaVersion` existed): no `schemaVersion` field (or
 *       `schemaVersion: 0`), no `settings`, no `parts`; cables kept in two records, `trunks`
 *       (array cables) and `patchCords` (duplex cords, harnesses), each keyed by cable id.
 *   v1  one `cables` record, `settings` (loss mode, design margin, attenuation model, label
 *       scheme), `parts` (custom and imported parts).
 */
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../core/design';
import type { PathSegments } from './jsonPath';
import { hasOwn } from '../core/own';

/** A raw JSON object (already checked for hostile keys). */
export type JsonObject = Record<string, unknown>;

/** The outcome of one migration step. */
export type StepResult =
  | { readonly ok: true; readonly doc: JsonObject; readonly originalPath: (path: PathSegments) => PathSegments }
  | { readonly ok: false; readonly path: PathSegments; readonly message: string };

/** One migration step from version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (doc: JsonObject) => StepResult;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v0 → v1: merges `trunks` and `patchCords` into `cables` (an id in both is an error), adds the
 * default `settings` and an empty `parts`.
 */
const v0ToV1: Migration = {
  from: 0,
  description: 'merge trunks and patchCords into cables; add default settings and empty parts',
  migrate(doc) {
    if (hasOwn(doc, 'cables'))
      return {
        ok: false,
        path: ['cables'],
        message: 'a version 0 file keeps cables in "trunks" and "patchCords", not "cables"',
      };
    if (hasOwn(doc, 'settings'))
      return {
        ok: false,
        path: ['settings'],
        message: 'a version 0 file has no "settings" (set "schemaVersion": 1 if this is a version 1 file)',
      };
    const origin = new Map<string, 'trunks' | 'patchCords'>();
    const cables: JsonObject = {};
    for (const field of ['trunks', 'patchCords'] as const) {
      const rec = doc[field] ?? {};
      if (!isObject(rec))
        return {
          ok: false,
          path: [field],
          message: `expected an object of cables keyed by id, received ${Array.isArray(rec) ? 'array' : typeof rec}`,
        };
      for (const [k, v] of Object.entries(rec)) {
        if (origin.has(k))
          return { ok: false, path: [field, k], message: `cable id "${k}" is used by both a trunk and a patch cord` };
        origin.set(k, field);
        cables[k] = v;
      }
    }
    const { trunks: _t, patchCords: _p, schemaVersion: _v, ...rest } = doc;
    const out: JsonObject = {
      ...rest,
      schemaVersion: 1,
      settings: { ...DEFAULT_SETTINGS },
      cables,
      parts: doc.parts ?? {},
    };
    const originalPath = (path: PathSegments): PathSegments => {
      if (path[0] !== 'cables') return path;
      const key = path[1];
      const from = typeof key === 'string' ? origin.get(key) : undefined;
      return from ? [from, ...path.slice(1)] : ['trunks', ...path.slice(1)];
    };
    return { ok: true, doc: out, originalPath };
  },
};

/** Every migration, in order: `MIGRATIONS[i].from === i`. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The outcome of migrating a document to the current version. */
export type MigrationResult =
  | {
      readonly ok: true;
      readonly doc: JsonObject;
      /** The version the file was written in. */
      readonly fromVersion: number;
      /** Maps a path in the migrated document to the path in the original file. */
      readonly originalPath: (path: PathSegments) => PathSegments;
    }
  | { readonly ok: false; readonly path: PathSegments; readonly message: string };

/**
 * The schema version of a raw document: its `schemaVersion`, or 0 when the field is absent
 * (version 0 predates it). Returns an error for a non-integer, negative or future version.
 */
export function documentVersion(
  doc: JsonObject,
): { ok: true; version: number } | { ok: false; path: PathSegments; message: string } {
  if (!hasOwn(doc, 'schemaVersion')) return { ok: true, version: 0 };
  const v = doc.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    return {
      ok: false,
      path: ['schemaVersion'],
      message: `expected a schema version 0–${SCHEMA_VERSION}, received ${JSON.stringify(v) ?? typeof v}`,
    };
  if (v > SCHEMA_VERSION)
    return {
      ok: false,
      path: ['schemaVersion'],
      message: `this file was written by a newer MPO Designer (schema version ${v}); this version reads up to ${SCHEMA_VERSION}`,
    };
  return { ok: true, version: v };
}

/**
 * Migrates a raw document (already known to be a JSON object) from its version to
 * `SCHEMA_VERSION`, step by step. Never throws; errors carry the path in the original file.
 */
export function migrateDocument(doc: JsonObject, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const version = documentVersion(doc);
  if (!version.ok) return version;
  let cur = doc;
  const back: ((p: PathSegments) => PathSegments)[] = [];
  for (let v = version.version; v < SCHEMA_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, path: ['schemaVersion'], message: `no migration from schema version ${v}` };
    const r = step.migrate(cur);
    const toOriginal = (p: PathSegments) => back.reduceRight((acc, f) => f(acc), p);
    if (!r.ok) return { ok: false, path: toOriginal(r.path), message: `${r.message} (migrating from version ${v})` };
    back.push(r.originalPath);
    cur = r.doc;
  }
  return {
    ok: true,
    doc: cur,
    fromVersion: version.version,
    originalPath: (p) => back.reduceRight((acc, f) => f(acc), p),
  };
}
