/**
 * The user catalogue in IndexedDB (idb-keyval mocked by a Map) and the autosave pause of the
 * two-tab guard: what is stored, what a hostile or broken store yields, and that a paused autosave
 * writes nothing until it is resumed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../core/design';
import { fixtureText } from '../io/netbox/fixtures';
import { importNetboxYaml } from '../io/netbox/importNetbox';
import type { Part } from '../core/parts';

const db = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  get: (k: string) => Promise.resolve(db.get(k)),
  set: (k: string, v: unknown) => {
    db.set(k, v);
    return Promise.resolve();
  },
}));

const {
  addToUserCatalogue,
  catalogueText,
  loadUserCatalogue,
  parseCatalogueText,
  removeFromUserCatalogue,
  userCatalogue,
  USER_CATALOGUE_KEY,
} = await import('./userCatalogue');
const { AUTOSAVE_KEY, setAutosavePaused, startAutosave } = await import('./persistence');
const { createDesignerStore } = await import('./store');

const partOf = (path: string): Part => {
  const r = importNetboxYaml(fixtureText(path), path);
  if (!r.ok) throw new Error(r.error);
  return r.part;
};
const ecm = partOf('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml');
const edge = partOf('device-types/Corning/EDGE-01U.yaml');

beforeEach(() => {
  db.clear();
  userCatalogue.setState({ parts: [], loaded: false, error: null });
});

describe('user catalogue', () => {
  it('stores parts as a design file and reads them back equal (sorted by id, as design files are)', async () => {
    await addToUserCatalogue(ecm);
    await addToUserCatalogue(edge);
    expect(JSON.parse(db.get(USER_CATALOGUE_KEY) as string).parts).toHaveProperty(
      [ecm.id, 'name'],
      'Corning ECM-UM08-04-E8GF-ULL',
    );
    userCatalogue.setState({ parts: [] });
    await loadUserCatalogue();
    expect(userCatalogue.getState().parts.map((p) => p.id)).toEqual([edge.id, ecm.id]);
    expect(userCatalogue.getState().parts[1]).toEqual(ecm);
  });
  it('replaces a part with the same id in place, and removes by id', async () => {
    await addToUserCatalogue(ecm);
    await addToUserCatalogue(edge);
    await addToUserCatalogue({ ...ecm, name: 'Renamed' });
    expect(userCatalogue.getState().parts.map((p) => p.name)).toEqual(['Renamed', 'Corning EDGE-01U']);
    await removeFromUserCatalogue(ecm.id);
    expect(userCatalogue.getState().parts.map((p) => p.id)).toEqual([edge.id]);
  });
  it.each([
    ['not JSON', '{parts:', '$'],
    ['prototype pollution', '{"schemaVersion":1,"__proto__":{"x":1}}', '$.__proto__'],
    [
      'a part of the wrong shape',
      catalogueText([ecm]).replace('"fiberCount": 8', '"fiberCount": "8"'),
      `$.parts["${ecm.id}"].fiberCount`,
    ],
  ])('an unreadable store (%s) is ignored with the JSON path: %s', async (_name, text, path) => {
    db.set(USER_CATALOGUE_KEY, text);
    await loadUserCatalogue();
    const s = userCatalogue.getState();
    expect(s.parts).toEqual([]);
    expect(s.loaded).toBe(true);
    expect(s.error?.startsWith(`${path}:`)).toBe(true);
  });
  it('nothing stored is an empty catalogue; a non-string value is refused', async () => {
    expect(await parseCatalogueText(undefined)).toEqual({ ok: true, parts: [] });
    expect(await parseCatalogueText(42)).toEqual({ ok: false, error: 'stored value is not text' });
  });
  it('a label with markup stays the same plain string', async () => {
    const evil = { ...ecm, name: '<img src=x onerror=alert(1)>' };
    const r = await parseCatalogueText(catalogueText([evil]));
    expect(r.ok && r.parts[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('autosave pause (two tabs)', () => {
  it('writes nothing while paused, even on stop; resuming writes the latest change', async () => {
    vi.useFakeTimers();
    try {
      const store = createDesignerStore(emptyDesign('A'));
      const stop = startAutosave(store, { delayMs: 10 });
      setAutosavePaused(true);
      store.getState().actions.renameDesign('B');
      store.getState().actions.renameDesign('C');
      await vi.advanceTimersByTimeAsync(50);
      expect(db.has(AUTOSAVE_KEY)).toBe(false);
      setAutosavePaused(false);
      await vi.advanceTimersByTimeAsync(50);
      expect(JSON.parse(db.get(AUTOSAVE_KEY) as string).name).toBe('C');
      setAutosavePaused(true);
      store.getState().actions.renameDesign('D');
      await stop();
      expect(JSON.parse(db.get(AUTOSAVE_KEY) as string).name).toBe('C');
    } finally {
      setAutosavePaused(false);
      vi.useRealTimers();
    }
  });
});
