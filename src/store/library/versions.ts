/**
 * Versions of a design (issue 9 §2): the design-file text at a moment, taken when the design is
 * opened, every few minutes of editing, and before a bulk change (a fix applied to many channels,
 * an import, a migration, a restore). A version reads back through the file loader, so its
 * migrations run in order; restoring one is an undoable step (the app does it through the store).
 */
import type { Design } from '../../core/design';
import { parseDesignFile, utf8Length } from '../../io/loadDesign';
import { serializeDesign } from '../../io/saveDesign';
import type { LibraryDb, VersionReason, VersionRow } from './db';

/** Most automatic versions kept per design ("open" and "interval"); versions before changes are all kept. */
export const AUTO_VERSIONS_KEPT = 50;
/** Minutes of editing between interval versions. */
export const VERSION_INTERVAL_MIN = 5;

const AUTO: ReadonlySet<VersionReason> = new Set(['open', 'interval']);

/**
 * Saves a version of `design` unless the newest version of the design has the same text.
 * Drops the oldest automatic versions beyond `AUTO_VERSIONS_KEPT`. Resolves with the row (the
 * existing one when nothing changed).
 */
export async function saveVersion(
  db: LibraryDb,
  designId: string,
  design: Design,
  reason: VersionReason,
  label: string,
): Promise<VersionRow> {
  const text = serializeDesign(design);
  return db.transaction('rw', db.versions, async () => {
    const newest = await db.versions.where('[designId+at]').between([designId, 0], [designId, Infinity]).last();
    if (newest && newest.text === text) return newest;
    const row: VersionRow = {
      designId,
      at: Date.now(),
      reason,
      label,
      name: design.name,
      size: utf8Length(text),
      text,
    };
    const id = await db.versions.add(row);
    const autos = (await db.versions.where('designId').equals(designId).sortBy('at')).filter((v) => AUTO.has(v.reason));
    const extra = autos.length - AUTO_VERSIONS_KEPT;
    if (extra > 0) await db.versions.bulkDelete(autos.slice(0, extra).map((v) => v.id as number));
    return { ...row, id };
  });
}

/** The versions of a design, newest first (without their text, for lists). */
export async function listVersions(db: LibraryDb, designId: string): Promise<Omit<VersionRow, 'text'>[]> {
  const rows = await db.versions.where('designId').equals(designId).sortBy('at');
  return rows.reverse().map(({ text: _t, ...rest }) => rest);
}

/**
 * The design of version `id`, read through the file loader (migrations, schema, checks), or the
 * loader's refusal with its JSON path. Resolves null when there is no such version.
 */
export async function readVersion(
  db: LibraryDb,
  id: number,
): Promise<{ ok: true; design: Design; row: VersionRow } | { ok: false; error: string } | null> {
  const row = await db.versions.get(id);
  if (!row) return null;
  const r = parseDesignFile(row.text);
  return r.ok ? { ok: true, design: r.design, row } : { ok: false, error: `${r.error.path}: ${r.error.message}` };
}
