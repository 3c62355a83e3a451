/**
 * Migrations: a version 0 file (no schemaVersion, cables split into `trunks` and `patchCords`,
 * no settings, no parts) loads as the same design as its version 1 form; errors in a migrated
 * file point at the path in the file as written (`$.trunks[…]`, not `$.cables[…]`).
 *
 *   v0 { name, racks, devices, trunks: {cab-9}, patchCords: {cab-12 …} }
 *     → v1 { schemaVersion: 1, name, settings: defaults, racks, devices, cables: {cab-9, cab-12 …}, parts: {} }
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type Design } from '../core/design';
import { parseDesignFile } from './loadDesign';
import { MIGRATIONS, documentVersion, migrateDocument, type Migration } from './migrations';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The version 0 form of a design: trunks (array cables) and patch cords kept apart. */
function toV0(d: Design, withVersionField = false): Json {
  const trunks: Json = {};
  const patchCords: Json = {};
  for (const [k, c] of Object.entries(d.cables)) (c.part.startsWith('cable/lc-') ? patchCords : trunks)[k] = c;
  return {
    ...(withVersionField ? { schemaVersion: 0 } : {}),
    name: d.name,
    racks: d.racks,
    devices: d.devices,
    trunks,
    patchCords,
  };
}

describe('migration chain', () => {
  it('has one step per earlier version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i));
  });

  it.each([
    [{}, 0],
    [{ schemaVersion: 0 }, 0],
    [{ schemaVersion: 1 }, 1],
  ])('reads the version of %j as %i', (doc, v) => {
    expect(documentVersion(doc)).toEqual({ ok: true, version: v });
  });

  it.each([[{ schemaVersion: -1 }], [{ schemaVersion: 0.5 }], [{ schemaVersion: '1' }], [{ schemaVersion: null }]])(
    'refuses version %j',
    (doc) => {
      expect(documentVersion(doc)).toMatchObject({ ok: false, path: ['schemaVersion'] });
    },
  );

  it('reports a missing migration step', () => {
    const r = migrateDocument({ schemaVersion: 0 }, []);
    expect(r).toEqual({ ok: false, path: ['schemaVersion'], message: 'no migration from schema version 0' });
  });

  it('maps error paths back through a step to the path in the file as written', () => {
    const rename = (from: number, a: string, b: string): Migration => ({
      from,
      description: `rename ${a} to ${b}`,
      migrate: (doc) => ({ ok: true, doc, originalPath: (p) => (p[0] === b ? [a, ...p.slice(1)] : p) }),
    });
    const r = migrateDocument({}, [rename(0, 'x', 'y')]);
    expect(r.ok && r.originalPath(['y', 3])).toEqual(['x', 3]);
    expect(r.ok && r.originalPath(['z'])).toEqual(['z']);
  });
});

describe('v0 → v1', () => {
  it.each([false, true])(
    'loads a version 0 file as the version 1 design (schemaVersion field present: %s)',
    (withField) => {
      const d = methodA();
      const r = parseDesignFile(JSON.stringify(toV0(d, withField)));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.design).toEqual({ ...d, settings: DEFAULT_SETTINGS, parts: {} });
      expect(r.warnings).toEqual([
        { path: '$.schemaVersion', message: 'migrated from schema version 0 to 1; saving writes version 1' },
      ]);
    },
  );

  it('points an error in a migrated trunk at $.trunks', () => {
    const v0 = toV0(methodA());
    v0.trunks['cab-9'].lengthM = -5;
    const r = parseDesignFile(JSON.stringify(v0));
    expect(r).toEqual({
      ok: false,
      error: { path: '$.trunks["cab-9"].lengthM', message: 'must be 0–100,000 m; received -5' },
    });
  });

  it('points a dangling reference in a migrated patch cord at $.patchCords', () => {
    const v0 = toV0(methodA());
    v0.patchCords['cab-13'].ends.B.device = 'dev-404';
    const r = parseDesignFile(JSON.stringify(v0));
    expect(r).toEqual({
      ok: false,
      error: { path: '$.patchCords["cab-13"].ends.B.device', message: 'device "dev-404" does not exist' },
    });
  });

  it('refuses an id used by both a trunk and a patch cord', () => {
    const v0 = toV0(methodA());
    v0.patchCords['cab-9'] = v0.trunks['cab-9'];
    const r = parseDesignFile(JSON.stringify(v0));
    expect(r).toEqual({
      ok: false,
      error: { path: '$.patchCords["cab-9"]', message: expect.stringMatching(/used by both a trunk and a patch cord/) },
    });
  });

  it.each([
    ['trunks is an array', (v0: Json) => (v0.trunks = []), '$.trunks', /expected an object of cables/],
    [
      'a version 0 file with cables',
      (v0: Json) => (v0.cables = {}),
      '$.cables',
      /keeps cables in "trunks" and "patchCords"/,
    ],
    ['a version 0 file with settings', (v0: Json) => (v0.settings = {}), '$.settings', /has no "settings"/],
  ])('refuses %s', (_name, f, path, message) => {
    const v0 = toV0(methodA());
    f(v0);
    const r = parseDesignFile(JSON.stringify(v0));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  });
});
