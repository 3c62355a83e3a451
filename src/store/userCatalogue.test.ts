/**
 * The user catalogue as one library row per part (fake-indexeddb): parts read back equal; one bad
 * part is skipped with its JSON path (and quarantined) while the rest load; the catalogue of
 * earlier versions (idb-keyval, one design-file text) is imported part by part, once.
 */
import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../core/design';
import type { Part } from '../core/parts';
import { fixtureText } from '../io/netbox/fixtures';
import { importNetboxYaml } from '../io/netbox/importNetbox';
import { serializeDesign } from '../io/saveDesign';
import { LibraryDb } from './library/db';
import { useLibrary } from './library/instance';
import { importLegacyStorage, LEGACY_CATALOGUE_KEY } from './library/legacyImport';
import { listQuarantine } from './library/quarantine';
import { addToUserCatalogue, loadUserCatalogue, removeFromUserCatalogue, userCatalogue } from './userCatalogue';

const partOf = (path: string): Part => {
  const r = importNetboxYaml(fixtureText(path), path);
  if (!r.ok) throw new Error(r.error);
  return r.part;
};
const ecm = partOf('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml');
const edge = partOf('device-types/Corning/EDGE-01U.yaml');

let n = 0;
let db: LibraryDb;
beforeEach(() => {
  db = new LibraryDb(`catalogue-test-${++n}`);
  useLibrary(db);
  userCatalogue.setState({ parts: [], loaded: false, skipped: [] });
});

describe('user catalogue', () => {
  it('stores one row per part and reads them back equal, sorted by id', async () => {
    await addToUserCatalogue(ecm);
    await addToUserCatalogue(edge);
    expect((await db.parts.toArray()).map((r) => r.id).sort()).toEqual([ecm.id, edge.id].sort());
    userCatalogue.setState({ parts: [] });
    await loadUserCatalogue();
    expect(userCatalogue.getState().parts.map((p) => p.id)).toEqual([edge.id, ecm.id].sort());
    expect(userCatalogue.getState().parts.find((p) => p.id === ecm.id)).toEqual(ecm);
  });

  it('replaces a part with the same id in place, and removes by id', async () => {
    await addToUserCatalogue(ecm);
    await addToUserCatalogue(edge);
    await addToUserCatalogue({ ...ecm, name: 'Renamed' });
    expect(userCatalogue.getState().parts.map((p) => p.name)).toEqual(['Renamed', 'Corning EDGE-01U']);
    await removeFromUserCatalogue(ecm.id);
    expect(userCatalogue.getState().parts.map((p) => p.id)).toEqual([edge.id]);
    expect((await db.parts.toArray()).map((r) => r.id)).toEqual([edge.id]);
  });

  it.each([
    ['not JSON', '{parts:', 'not valid JSON'],
    ['a wrong field type', JSON.stringify({ ...ecm, fiberCount: '8' }), `$.parts["${ecm.id}"].fiberCount:`],
    ['a key that is not its id', JSON.stringify({ ...ecm, id: 'other' }), `$.parts["${ecm.id}"].id:`],
  ])('one bad part (%s) is skipped with its reason and quarantined; the others load', async (_n, text, reason) => {
    await addToUserCatalogue(edge);
    await db.parts.put({ id: ecm.id, text, changed: 1 });
    await loadUserCatalogue();
    const s = userCatalogue.getState();
    expect(s.parts.map((p) => p.id)).toEqual([edge.id]);
    expect(s.skipped.map((x) => x.id)).toEqual([ecm.id]);
    expect(s.skipped[0]?.message.startsWith(reason)).toBe(true);
    const q = await listQuarantine(db);
    expect(q.map((x) => [x.source, x.raw])).toEqual([['part', text]]);
  });

  it('a label with markup stays the same plain string', async () => {
    await addToUserCatalogue({ ...ecm, name: '<img src=x onerror=alert(1)>' });
    userCatalogue.setState({ parts: [] });
    await loadUserCatalogue();
    expect(userCatalogue.getState().parts[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the catalogue of earlier versions', () => {
  it('is imported part by part once: good parts become rows, a bad part is quarantined', async () => {
    const bad = { ...edge, heightU: 0.5 };
    const text = serializeDesign({ ...emptyDesign('User catalogue'), parts: { [ecm.id]: ecm, [edge.id]: bad } });
    await set(LEGACY_CATALOGUE_KEY, text);
    const r = await importLegacyStorage(db);
    expect(r.parts).toBe(1);
    expect(r.quarantined).toEqual([
      `Imported part “${edge.id}” was skipped ($.parts["${edge.id}"].heightU: must be 1–60 U (whole numbers); received a fraction)`,
    ]);
    await loadUserCatalogue();
    expect(userCatalogue.getState().parts).toEqual([ecm]);
    expect((await importLegacyStorage(db)).parts).toBe(0);
  });
});
