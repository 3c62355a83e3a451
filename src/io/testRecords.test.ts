/**
 * Field-test records in design files (issue 14 §5): optional collections (every existing file
 * opens unchanged), validated by the schema, versioned per record, saved and reopened equal.
 */
import { describe, expect, it } from 'vitest';
import type { Design, TestResult } from '../core/design';
import { cassetteLinks } from '../core/fieldTest/fixtures/linkDesigns';
import { parseDesignFile } from './loadDesign';
import { serializeDesign } from './saveDesign';
import { migrateTestRecords, type RecordMigration } from './testRecords';

const LINK = 'dev-5#front-1|dev-6#front-1';
const result: TestResult = {
  id: 'tr-1',
  recordVersion: 1,
  link: LINK,
  linkLabel: 'R12-P1-C1-Port1/R14-P1-C1-Port1',
  fiber: 'A',
  wavelengthNm: 850,
  lossDb: 1.31,
  referenceMethod: '1J',
  lengthM: 90.2,
  testedAt: '2026-03-01',
  operator: 'Ann',
  source: 'results.csv',
  row: 2,
  importedAt: '2026-03-02T09:00:00Z',
};
const withRecords = (): Design => ({
  ...cassetteLinks(),
  testResults: { [result.id]: result },
  linkTests: { [LINK]: { id: LINK, recordVersion: 1, application: '10GBASE-SR', limit: 'application' } },
  settings: {
    ...cassetteLinks().settings,
    fieldTest: { referenceMethod: '1J', referenceGradeEnds: true, toleranceDb: { multimode: 0.1, singleMode: 0.2 } },
  },
});

describe('field-test records in design files', () => {
  it('a design without the collections saves without them (existing files unchanged)', () => {
    const text = serializeDesign(cassetteLinks());
    expect(text).not.toContain('testResults');
    const r = parseDesignFile(text);
    expect(r.ok && r.design.testResults).toBeUndefined();
  });

  it('saves and reopens results, link settings and field-test settings equal', () => {
    const d = withRecords();
    const r = parseDesignFile(serializeDesign(d));
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.design).toEqual(d);
  });

  it.each([
    [['testResults', 'tr-1', 'lossDb'], 'x', '$.testResults["tr-1"].lossDb'],
    [['testResults', 'tr-1', 'fiber'], 'Z', '$.testResults["tr-1"].fiber'],
    [['testResults', 'tr-1', 'referenceMethod'], '4J', '$.testResults["tr-1"].referenceMethod'],
    [['testResults', 'tr-1', 'testedAt'], 'yesterday', '$.testResults["tr-1"].testedAt'],
    [['linkTests', LINK, 'limit'], 'strict', `$.linkTests["${LINK}"].limit`],
  ])('refuses a bad field %j with its path', (path, value, where) => {
    const raw = JSON.parse(serializeDesign(withRecords())) as Record<string, Record<string, Record<string, unknown>>>;
    const [coll, key, field] = path as [string, string, string];
    (raw[coll]?.[key] as Record<string, unknown>)[field] = value;
    const r = parseDesignFile(JSON.stringify(raw));
    expect(!r.ok && r.error.path).toBe(where);
  });

  it('refuses a record whose key is not its id', () => {
    const raw = JSON.parse(serializeDesign(withRecords())) as { testResults: Record<string, unknown> };
    raw.testResults = { other: raw.testResults['tr-1'] };
    const r = parseDesignFile(JSON.stringify(raw));
    expect(!r.ok && r.error).toEqual({
      path: '$.testResults.other.id',
      message: 'id "tr-1" does not match its key "other" (each record is keyed by its own id)',
    });
  });
});

describe('record versions', () => {
  it('a record from a newer app is refused with its path; a missing version too', () => {
    const raw = JSON.parse(serializeDesign(withRecords())) as { testResults: Record<string, Record<string, unknown>> };
    (raw.testResults['tr-1'] as Record<string, unknown>).recordVersion = 2;
    const r = parseDesignFile(JSON.stringify(raw));
    expect(!r.ok && r.error).toEqual({
      path: '$.testResults["tr-1"].recordVersion',
      message: 'this record was written by a newer MPO Designer (record version 2); this version reads up to 1',
    });
    delete (raw.testResults['tr-1'] as Record<string, unknown>).recordVersion;
    const r2 = parseDesignFile(JSON.stringify(raw));
    expect(!r2.ok && r2.error.path).toBe('$.testResults["tr-1"].recordVersion');
  });

  it('migrates older records step by step (a hypothetical v1 → v2 step renaming a field)', () => {
    const steps: RecordMigration[] = [
      {
        collection: 'testResults',
        from: 1,
        description: 'rename lossDb → insertionLossDb',
        migrate: ({ lossDb, ...rest }) => ({ ...rest, insertionLossDb: lossDb }),
      },
    ];
    const doc = { testResults: { a: { recordVersion: 1, lossDb: 1.2 } }, linkTests: {} };
    const r = migrateTestRecords(doc, steps, 2);
    expect(r).toEqual({
      ok: true,
      doc: { testResults: { a: { recordVersion: 2, insertionLossDb: 1.2 } }, linkTests: {} },
    });
    expect(migrateTestRecords(doc, [], 2)).toEqual({
      ok: false,
      path: ['testResults', 'a', 'recordVersion'],
      message: 'no migration of testResults records from version 1',
    });
  });
});
