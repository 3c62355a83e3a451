/**
 * The quarantine: data the app could not read (a corrupted design document, a record or design
 * of a newer version, an unreadable old autosave, a bad catalogue part) kept exactly as found,
 * with the reason, downloadable raw and never overwritten. Nothing here parses the data again.
 */
import type { LibraryDb, QuarantineRow } from './db';

/** What to quarantine: a row without its id and time (where from, what it is, why, the raw bytes). */
export type QuarantineInput = Omit<QuarantineRow, 'id' | 'at'>;

const sameRaw = (a: string | Uint8Array, b: string | Uint8Array): boolean => {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
};

/**
 * Keeps `input` in the quarantine (once: the same source, design, error and raw bytes are not
 * stored twice). Resolves with the row id.
 */
export async function quarantine(db: LibraryDb, input: QuarantineInput): Promise<number> {
  const existing = input.designId
    ? await db.quarantine.where('designId').equals(input.designId).toArray()
    : await db.quarantine.toArray();
  const dup = existing.find(
    (r) => r.source === input.source && r.error === input.error && r.name === input.name && sameRaw(r.raw, input.raw),
  );
  if (dup?.id !== undefined) return dup.id;
  return db.quarantine.add({ ...input, at: Date.now() });
}

/** Every quarantined item, newest first. */
export async function listQuarantine(db: LibraryDb): Promise<QuarantineRow[]> {
  return (await db.quarantine.orderBy('at').reverse().toArray()) as QuarantineRow[];
}

/** The raw bytes of a quarantined item as a Blob (text as UTF-8, binary as is). */
export function quarantineBlob(row: QuarantineRow): Blob {
  return typeof row.raw === 'string'
    ? new Blob([row.raw], { type: 'application/json' })
    : new Blob([row.raw as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
}

/** Removes a quarantined item (the user downloaded it or does not need it). */
export async function discardQuarantined(db: LibraryDb, id: number): Promise<void> {
  await db.quarantine.delete(id);
}
