/**
 * Record versions of the field-test collections (issue 14 §5: results are "validated, versioned
 * records (migrations as for every record)"). `testResults` and `linkTests` records carry
 * `recordVersion`; a record written by an older app is migrated step by step to
 * `TEST_RECORD_VERSION` before validation, one written by a newer app is refused with its path
 * (like a newer `schemaVersion`). Absent collections mean empty; they never bump `schemaVersion`.
 *
 * Version history:
 *   1  first version (issue 14): TestResult, LinkTestSetting as in src/core/design.ts.
 */
import { TEST_RECORD_VERSION } from '../core/design';
import type { PathSegments } from './jsonPath';
import type { JsonObject } from './migrations';

/** The versioned collections. */
export const TEST_COLLECTIONS = ['testResults', 'linkTests'] as const;

/** One record migration step: version `from` → `from + 1`. */
export interface RecordMigration {
  readonly collection: (typeof TEST_COLLECTIONS)[number];
  readonly from: number;
  readonly description: string;
  readonly migrate: (record: JsonObject) => JsonObject;
}

/** Every record migration, in order (none yet: version 1 is the first). */
export const TEST_RECORD_MIGRATIONS: readonly RecordMigration[] = [];

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrates the versioned records of a raw document in place of a copy: returns the new document,
 * or the path and message of the first record that cannot be read (a version that is not an
 * integer, newer than this app, or with no migration). Shapes are left to the schema.
 */
export function migrateTestRecords(
  doc: JsonObject,
  migrations: readonly RecordMigration[] = TEST_RECORD_MIGRATIONS,
  current: number = TEST_RECORD_VERSION,
): { ok: true; doc: JsonObject } | { ok: false; path: PathSegments; message: string } {
  let out = doc;
  for (const coll of TEST_COLLECTIONS) {
    const records = doc[coll];
    if (!isObject(records)) continue;
    let changed: JsonObject | null = null;
    for (const [k, rec] of Object.entries(records)) {
      if (!isObject(rec)) continue;
      const v = rec.recordVersion;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
        return {
          ok: false,
          path: [coll, k, 'recordVersion'],
          message: `expected a record version 1–${current}, received ${JSON.stringify(v) ?? 'nothing'}`,
        };
      if (v > current)
        return {
          ok: false,
          path: [coll, k, 'recordVersion'],
          message: `this record was written by a newer MPO Designer (record version ${v}); this version reads up to ${current}`,
        };
      let r = rec;
      for (let from = v; from < current; from++) {
        const step = migrations.find((m) => m.collection === coll && m.from === from);
        if (!step)
          return {
            ok: false,
            path: [coll, k, 'recordVersion'],
            message: `no migration of ${coll} records from version ${from}`,
          };
        r = { ...step.migrate(r), recordVersion: from + 1 };
      }
      if (r !== rec) (changed ??= { ...records })[k] = r;
    }
    if (changed) out = { ...out, [coll]: changed };
  }
  return { ok: true, doc: out };
}
