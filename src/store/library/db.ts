/**
 * The local library of designs (issue 9 §2) in IndexedDB through Dexie: one row per design (name,
 * created, last change, size), versions (snapshots as design-file text), a quarantine of data
 * the app could not read (kept byte for byte), the imported-parts catalogue as one row per part,
 * and a few settings. A design's content is not here: each design is a document of records
 * persisted update by update by y-indexeddb in its own database (`designDbName`).
 *
 * ```text
 *  mpo-designer-library (Dexie)          mpo-design:<id> (y-indexeddb, one per design)
 *   designs     id → row                  updates  auto-key → Y update (binary)
 *   versions    ++id, designId, at        custom
 *   quarantine  ++id, at, designId
 *   parts       id → part JSON text
 *   settings    key → value
 * ```
 */
import { Dexie, type Table } from 'dexie';

/** A design in the library. Times are ms since the epoch; size is bytes of the design file. */
export interface DesignRow {
  readonly id: string;
  readonly name: string;
  readonly created: number;
  readonly changed: number;
  readonly size: number;
  /** When it was deleted (kept until purged, so a delete can be undone). */
  readonly deleted?: number;
  /** Set when its stored content could not be read: it is kept in the quarantine, never opened. */
  readonly quarantined?: number;
}

/** Why a version was taken. */
export type VersionReason = 'open' | 'interval' | 'before-bulk' | 'before-restore' | 'migration' | 'import';

/** A version: the design's file text at one moment. */
export interface VersionRow {
  readonly id?: number;
  readonly designId: string;
  readonly at: number;
  readonly reason: VersionReason;
  /** What the version was taken for ("Opened", "Before Fix: Replace PC2 …"). */
  readonly label: string;
  readonly name: string;
  readonly size: number;
  /** The design file text (`serializeDesign`), read back through the file loader and its migrations. */
  readonly text: string;
}

/** Where quarantined data came from. */
export type QuarantineSource = 'design' | 'record' | 'autosave' | 'catalogue' | 'part' | 'version';

/** Data the app could not read, kept exactly as found, with the reason. */
export interface QuarantineRow {
  readonly id?: number;
  readonly at: number;
  readonly source: QuarantineSource;
  /** The design it belongs to, when it belongs to one. */
  readonly designId?: string;
  /** What it is, for people ("Design “Hall 3”", "Part x/y"). */
  readonly name: string;
  /** Why it could not be read (with a JSON path when there is one). */
  readonly error: string;
  /** The bytes as found: text, or binary (a design's Y updates, framed by `frameUpdates`). */
  readonly raw: string | Uint8Array;
  /** File name suggested when downloading `raw`. */
  readonly fileName: string;
}

/** One imported part of the user catalogue: its id and its JSON text, validated on read. */
export interface PartRow {
  readonly id: string;
  readonly text: string;
  readonly changed: number;
}

/** A setting of the library (`legacy-imported`, `last-opened`). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** Default name of the library database. */
export const LIBRARY_DB = 'mpo-designer-library';

/** Name of the y-indexeddb database holding design `id`'s document. */
export const designDbName = (id: string): string => `mpo-design:${id}`;

/** The library database (Dexie). */
export class LibraryDb extends Dexie {
  designs!: Table<DesignRow, string>;
  versions!: Table<VersionRow, number>;
  quarantine!: Table<QuarantineRow, number>;
  parts!: Table<PartRow, string>;
  settings!: Table<SettingRow, string>;

  /** Opens (or creates) the library named `name`. */
  constructor(name: string = LIBRARY_DB) {
    super(name);
    this.version(1).stores({
      designs: 'id, changed',
      versions: '++id, designId, [designId+at]',
      quarantine: '++id, at, designId',
      parts: 'id',
      settings: 'key',
    });
  }
}

/** Reads a library setting (undefined when unset). */
export async function getSetting<T>(db: LibraryDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

/** Writes a library setting. */
export async function setSetting(db: LibraryDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** A new random design id (`d-` and 16 hex digits, 64 random bits). */
export function newDesignId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `d-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
