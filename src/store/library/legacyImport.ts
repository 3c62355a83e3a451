/**
 * First start after the library arrived: the design autosaved by earlier versions (idb-keyval key
 * `mpo-designer/autosave`, the JSON text of a design file) becomes a design of the library, read
 * through the file loader (so every migration from earlier schema versions runs); the old
 * imported-parts catalogue (`mpo-designer:user-catalogue`, a design file holding only parts)
 * becomes one catalogue row per part. What cannot be read goes to the quarantine as found.
 * The old keys are left as they are (never overwritten); this runs once per library.
 */
import { get } from 'idb-keyval';
import { parseDesignFile } from '../../io/loadDesign';
import { validateRecord } from '../../io/records';
import { getSetting, setSetting, type DesignRow, type LibraryDb } from './db';
import { createDesign } from './designs';
import { quarantine } from './quarantine';

/** idb-keyval key of the autosave of earlier versions. */
export const LEGACY_AUTOSAVE_KEY = 'mpo-designer/autosave';
/** idb-keyval key of the catalogue of earlier versions. */
export const LEGACY_CATALOGUE_KEY = 'mpo-designer:user-catalogue';
const DONE = 'legacy-imported';

/** What the import found. */
export interface LegacyImport {
  /** The design made from the old autosave, if there was a readable one. */
  readonly design: DesignRow | null;
  /** Why the old autosave or catalogue (or some of its parts) could not be read: kept in the quarantine. */
  readonly quarantined: readonly string[];
  readonly parts: number;
}

async function importAutosave(db: LibraryDb, quarantined: string[]): Promise<DesignRow | null> {
  const text: unknown = await get(LEGACY_AUTOSAVE_KEY).catch(() => undefined);
  if (text === undefined) return null;
  const raw = typeof text === 'string' ? text : JSON.stringify(text);
  const r = typeof text === 'string' ? parseDesignFile(text) : null;
  if (r?.ok) return createDesign(db, r.design, 'migration', 'Imported from the autosave of an earlier version');
  const error = r ? `${r.error.path}: ${r.error.message}` : 'the stored autosave is not text';
  await quarantine(db, {
    source: 'autosave',
    name: 'Autosaved design of an earlier version',
    error,
    raw,
    fileName: 'autosave.mpo.json',
  });
  quarantined.push(`The autosaved design of an earlier version could not be read (${error})`);
  return null;
}

async function importCatalogue(db: LibraryDb, quarantined: string[]): Promise<number> {
  const text: unknown = await get(LEGACY_CATALOGUE_KEY).catch(() => undefined);
  if (text === undefined) return 0;
  let parts: unknown;
  try {
    parts = typeof text === 'string' ? (JSON.parse(text) as { parts?: unknown }).parts : undefined;
  } catch {
    parts = undefined;
  }
  if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) {
    const error = 'the stored catalogue is not a design file with parts';
    const raw = typeof text === 'string' ? text : JSON.stringify(text);
    await quarantine(db, {
      source: 'catalogue',
      name: 'Imported parts of an earlier version',
      error,
      raw,
      fileName: 'user-catalogue.json',
    });
    quarantined.push(`The imported parts of an earlier version could not be read (${error})`);
    return 0;
  }
  let n = 0;
  for (const [id, value] of Object.entries(parts)) {
    const r = validateRecord('parts', id, value);
    if (r.ok) {
      await db.parts.put({ id, text: JSON.stringify(r.record), changed: Date.now() });
      n += 1;
      continue;
    }
    const error = `${r.path}: ${r.message}`;
    await quarantine(db, {
      source: 'part',
      name: `Imported part “${id}”`,
      error,
      raw: JSON.stringify(value, null, 2) ?? '',
      fileName: 'part.json',
    });
    quarantined.push(`Imported part “${id}” was skipped (${error})`);
  }
  return n;
}

/**
 * Imports the old autosave and catalogue into `db` once (later calls resolve with nothing
 * imported). Never overwrites or deletes the old keys.
 */
export async function importLegacyStorage(db: LibraryDb): Promise<LegacyImport> {
  if (await getSetting<boolean>(db, DONE)) return { design: null, quarantined: [], parts: 0 };
  const quarantined: string[] = [];
  const design = await importAutosave(db, quarantined);
  const parts = await importCatalogue(db, quarantined);
  await setSetting(db, DONE, true);
  return { design, quarantined, parts };
}
