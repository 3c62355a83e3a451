/**
 * The library on fake-indexeddb: designs are created as new designs and read back equal; a
 * session persists every edit as its own update and reopens equal; two sessions on one design
 * (two tabs) see each other; what cannot be read is quarantined byte for byte and never opened;
 * versions read back through the file loader (migrations included); delete is undoable.
 */
import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { methodA } from '../../../scripts/generate-examples';
import { emptyDesign } from '../../core/design';
import type { RackId } from '../../core/ids';
import { designToDoc } from '../../io/records';
import { createDesignerStore } from '../store';
import { LibraryDb, designDbName } from './db';
import {
  createDesign,
  deleteDesign,
  listDeleted,
  listDesigns,
  purgeDesign,
  readStoredDesign,
  renameStoredDesign,
  restoreDeleted,
} from './designs';
import { readStoredUpdates, unframeUpdates, writeNewDoc } from './designStorage';
import { openDesignSession, type DesignSession } from './designSession';
import { listQuarantine } from './quarantine';
import { importLegacyStorage, LEGACY_AUTOSAVE_KEY } from './legacyImport';
import { listVersions, readVersion, saveVersion } from './versions';

let n = 0;
const open: DesignSession[] = [];
const freshDb = () => new LibraryDb(`test-library-${++n}-${Date.now()}`);
async function session(db: LibraryDb, id: string) {
  const r = await openDesignSession(db, id, { rowDelayMs: 0 });
  if (!r.ok) throw new Error(r.error);
  open.push(r.session);
  return r;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** Resolves after pending BroadcastChannel messages and IndexedDB callbacks ran. */
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('designs', () => {
  it('a new design is listed with its name and size and reads back equal, with a first version', async () => {
    const db = freshDb();
    const design = methodA();
    const row = await createDesign(db, design, 'open', 'Created');
    expect((await listDesigns(db)).map((r) => [r.id, r.name])).toEqual([[row.id, design.name]]);
    expect(row.size).toBeGreaterThan(1000);
    const r = await readStoredDesign(row.id);
    expect(r.ok && r.design).toEqual(design);
    expect((await listVersions(db, row.id)).map((v) => [v.reason, v.label])).toEqual([['open', 'Created']]);
  });

  it('rename of a design that is not open writes into its document; delete is undone until purged', async () => {
    const db = freshDb();
    const a = await createDesign(db, methodA(), 'open', 'Created');
    const b = await createDesign(db, emptyDesign('Other'), 'open', 'Created');
    expect(await renameStoredDesign(db, a.id, 'Hall 3')).toBe(true);
    const r = await readStoredDesign(a.id);
    expect(r.ok && r.design.name).toBe('Hall 3');
    await deleteDesign(db, a.id);
    expect((await listDesigns(db)).map((x) => x.id)).toEqual([b.id]);
    expect((await listDeleted(db)).map((x) => x.id)).toEqual([a.id]);
    await restoreDeleted(db, a.id);
    expect((await listDesigns(db)).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    await purgeDesign(db, b.id);
    expect((await listDesigns(db)).map((x) => x.id)).toEqual([a.id]);
    expect(await readStoredUpdates(b.id)).toEqual([]);
  });
});

describe('sessions', () => {
  it('persists every edit as its own update as it happens and reopens deep-equal', async () => {
    const db = freshDb();
    const row = await createDesign(db, emptyDesign('Persisted'), 'open', 'Created');
    const { session: s } = await session(db, row.id);
    const store = createDesignerStore();
    store.getState().actions.bindDocument(s.bound);
    const before = (await readStoredUpdates(row.id)).length;
    const a = store.getState().actions;
    a.addRack({ name: 'R1' });
    a.addRack({ name: 'R2' });
    a.renameDesign('Renamed');
    await s.flush();
    expect((await readStoredUpdates(row.id)).length).toBe(before + 3);
    const expected = store.getState().doc;
    await s.close();
    const again = await readStoredDesign(row.id);
    expect(again.ok && again.design).toEqual(expected);
    expect((await db.designs.get(row.id))?.name).toBe('Renamed');
  });

  it('two sessions on one design (two tabs) see each other’s edits and both persist', async () => {
    const db = freshDb();
    const row = await createDesign(db, emptyDesign('Shared'), 'open', 'Created');
    const one = await session(db, row.id);
    const two = await session(db, row.id);
    const A = createDesignerStore();
    const B = createDesignerStore();
    A.getState().actions.bindDocument(one.session.bound);
    B.getState().actions.bindDocument(two.session.bound);
    await settle();
    const ra = A.getState().actions.addRack({ name: 'From one' }) as RackId;
    await settle();
    expect(B.getState().doc.racks[ra]?.name).toBe('From one');
    const rb = B.getState().actions.addRack({ name: 'From two' }) as RackId;
    await settle();
    expect(Object.keys(A.getState().doc.racks).sort()).toEqual([ra, rb].sort());
    await one.session.close();
    await two.session.close();
    const r = await readStoredDesign(row.id);
    expect(
      r.ok &&
        Object.values(r.design.racks)
          .map((x) => x.name)
          .sort(),
    ).toEqual(['From one', 'From two']);
  });
});

describe('quarantine', () => {
  it('a corrupted design is quarantined byte for byte, marked, never opened; other designs open', async () => {
    const db = freshDb();
    const good = await createDesign(db, methodA(), 'open', 'Created');
    const bad = await createDesign(db, emptyDesign('Broken'), 'open', 'Created');
    const garbage = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 7, 7, 7]);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(designDbName(bad.id));
      req.onsuccess = () => {
        const tx = req.result.transaction(['updates'], 'readwrite');
        tx.objectStore('updates').put(garbage, 1);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const stored = await readStoredUpdates(bad.id);
    const r = await openDesignSession(db, bad.id);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.quarantined).toBe(true);
    const q = await listQuarantine(db);
    expect(q.map((x) => [x.source, x.designId, x.name])).toEqual([['design', bad.id, 'Design “Broken”']]);
    expect(unframeUpdates(q[0]?.raw as Uint8Array)).toEqual(stored);
    expect((await db.designs.get(bad.id))?.quarantined).toBeGreaterThan(0);
    expect(await readStoredUpdates(bad.id)).toEqual(stored);
    expect((await openDesignSession(db, bad.id)).ok).toBe(false);
    expect((await listQuarantine(db)).length).toBe(1);
    const ok = await session(db, good.id);
    expect(ok.design).toEqual(methodA());
  });

  it('a design written by a newer version is quarantined, not opened', async () => {
    const db = freshDb();
    const ydoc = designToDoc(methodA());
    ydoc.getMap('meta').set('schemaVersion', 99);
    const id = 'd-newer';
    await writeNewDoc(id, ydoc);
    await db.designs.add({ id, name: 'Future', created: 1, changed: 1, size: 1 });
    const r = await openDesignSession(db, id);
    expect(!r.ok && r.error).toContain('written by a newer MPO Designer (schema version 99)');
    expect(unframeUpdates((await listQuarantine(db))[0]?.raw as Uint8Array)).toEqual([Y.encodeStateAsUpdate(ydoc)]);
  });

  it('an invalid record opens aside (the rest of the design opens) with a copy in the quarantine', async () => {
    const db = freshDb();
    const design = methodA();
    const ydoc = designToDoc(design);
    const [k] = Object.keys(design.cables) as [string];
    ydoc.getMap('cables').set(k, { ...design.cables[k], lengthM: -1 });
    await writeNewDoc('d-aside', ydoc);
    await db.designs.add({ id: 'd-aside', name: 'Aside', created: 1, changed: 1, size: 1 });
    const r = await session(db, 'd-aside');
    expect(r.design.cables[k]).toBeUndefined();
    expect(Object.keys(r.design.cables).length).toBe(Object.keys(design.cables).length - 1);
    const q = await listQuarantine(db);
    expect(q.map((x) => [x.source, x.error])).toEqual([
      ['record', `$.cables["${k}"].lengthM: must be 0–100,000 m; received -1`],
    ]);
    expect(JSON.parse(q[0]?.raw as string)).toMatchObject({ lengthM: -1 });
  });
});

describe('versions', () => {
  it('skips a version equal to the newest; reads versions back through the loader and its migrations', async () => {
    const db = freshDb();
    const d = methodA();
    const v1 = await saveVersion(db, 'd-x', d, 'open', 'Opened');
    const same = await saveVersion(db, 'd-x', d, 'interval', 'While editing');
    expect(same.id).toBe(v1.id);
    const back = await readVersion(db, v1.id as number);
    expect(back?.ok && back.design).toEqual(d);
    const v0 = { name: 'Old', racks: {}, devices: {}, trunks: {}, patchCords: {} };
    const id = await db.versions.add({
      designId: 'd-x',
      at: Date.now() + 1,
      reason: 'migration',
      label: 'v0',
      name: 'Old',
      size: 1,
      text: JSON.stringify(v0),
    });
    const old = await readVersion(db, id);
    expect(old?.ok && old.design).toMatchObject({ schemaVersion: 1, name: 'Old', cables: {}, parts: {} });
  });
});

describe('versions while editing', () => {
  it('an interval version is taken after edits, none while nothing changes', async () => {
    const db = freshDb();
    const row = await createDesign(db, emptyDesign('Timed'), 'open', 'Created');
    const r = await openDesignSession(db, row.id, { rowDelayMs: 0, versionEveryMs: 40 });
    if (!r.ok) throw new Error(r.error);
    open.push(r.session);
    await settle(120);
    expect((await listVersions(db, row.id)).map((v) => v.reason)).toEqual(['open']);
    const store = createDesignerStore();
    store.getState().actions.bindDocument(r.session.bound);
    store.getState().actions.addRack({ name: 'While editing' });
    await settle(150);
    const versions = await listVersions(db, row.id);
    expect(versions.map((v) => v.reason)).toEqual(['interval', 'open']);
    const v = await readVersion(db, versions[0]?.id as number);
    expect(v?.ok && Object.values(v.design.racks).map((x) => x.name)).toEqual(['While editing']);
  });
});

describe('the autosave of earlier versions', () => {
  it('becomes a design of the library on first start (migrated from version 0), once', async () => {
    const db = freshDb();
    const v0 = {
      name: 'Old hall',
      racks: { r1: { id: 'r1', name: 'R01', heightU: 42, row: 'A', order: 0 } },
      devices: {},
      trunks: {},
      patchCords: {},
    };
    await set(LEGACY_AUTOSAVE_KEY, JSON.stringify(v0));
    const r = await importLegacyStorage(db);
    expect(r.quarantined).toEqual([]);
    const stored = await readStoredDesign(r.design?.id as string);
    expect(stored.ok && stored.design).toMatchObject({
      schemaVersion: 1,
      name: 'Old hall',
      racks: v0.racks,
      cables: {},
    });
    expect((await listVersions(db, r.design?.id as string)).map((v) => [v.reason, v.label])).toEqual([
      ['migration', 'Imported from the autosave of an earlier version'],
    ]);
    expect((await importLegacyStorage(db)).design).toBeNull();
  });

  it('an unreadable autosave is quarantined as it was, with the JSON path', async () => {
    const db = freshDb();
    const text = '{"schemaVersion": 1, "name": 3}';
    await set(LEGACY_AUTOSAVE_KEY, text);
    const r = await importLegacyStorage(db);
    expect(r.design).toBeNull();
    const q = await listQuarantine(db);
    expect(q.map((x) => [x.source, x.raw])).toEqual([['autosave', text]]);
    expect(q[0]?.error).toMatch(/^\$\.name: /);
    expect(await listDesigns(db)).toEqual([]);
  });
});
