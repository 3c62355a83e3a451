/**
 * The imported-parts catalogue as one library row per part (issue 9 §2): each part is validated
 * on its own when read (the design schema's part record), so one bad part never makes the rest
 * unreadable; a bad part is skipped with its reason and kept in the quarantine.
 */
import type { PartId } from '../../core/ids';
import type { Part } from '../../core/parts';
import { validateRecord } from '../../io/records';
import type { LibraryDb } from './db';
import { quarantine } from './quarantine';

/** A part that was not loaded, and why (JSON path and rule). */
export interface SkippedPart {
  readonly id: string;
  readonly message: string;
}

/** Checks one stored part row's text: the part, or the reason it is skipped. */
export function readPartText(id: string, text: unknown): { ok: true; part: Part } | { ok: false; message: string } {
  if (typeof text !== 'string') return { ok: false, message: 'the stored part is not text' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = validateRecord('parts', id, value);
  return r.ok ? { ok: true, part: r.record as Part } : { ok: false, message: `${r.path}: ${r.message}` };
}

/**
 * Every catalogue part that reads, sorted by id, and the skipped ones (each also kept in the
 * quarantine, once).
 */
export async function loadCatalogue(db: LibraryDb): Promise<{ parts: Part[]; skipped: SkippedPart[] }> {
  const rows = await db.parts.toArray();
  const parts: Part[] = [];
  const skipped: SkippedPart[] = [];
  for (const row of rows) {
    const r = readPartText(row.id, row.text);
    if (r.ok) parts.push(r.part);
    else {
      skipped.push({ id: row.id, message: r.message });
      await quarantine(db, {
        source: 'part',
        name: `Imported part “${row.id}”`,
        error: r.message,
        raw: typeof row.text === 'string' ? row.text : String(row.text),
        fileName: `part-${row.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`,
      });
    }
  }
  parts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { parts, skipped };
}

/** Adds or replaces one catalogue part. */
export async function putCataloguePart(db: LibraryDb, part: Part): Promise<void> {
  await db.parts.put({ id: part.id, text: JSON.stringify(part), changed: Date.now() });
}

/** Removes one catalogue part. */
export async function deleteCataloguePart(db: LibraryDb, id: PartId): Promise<void> {
  await db.parts.delete(id);
}
