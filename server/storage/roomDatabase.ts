/**
 * The sync server's on-disk store (issue 11): one LevelDB database (`classic-level`) in
 * `DATA_DIR/db`, split into sublevels:
 *
 * | sublevel    | key                        | value                                          |
 * | ----------- | -------------------------- | ---------------------------------------------- |
 * | `rooms`     | room id                    | JSON `RoomRecord` (name, token ids/roles/hashes) |
 * | `keys`      | publish key id             | JSON `PublishKeyRecord` (label, hash)          |
 * | `snap`      | room id                    | Yjs update: the whole room at the last compaction |
 * | `snapMeta`  | room id                    | JSON `{coveredSeq, bytes, at}`                 |
 * | `log`       | `<room id>:<seq, 16 digits>` | one accepted Yjs update                      |
 * | `quarantine`| `<room id>:<seq>`          | a log entry that could not be applied on load  |
 *
 * LevelDB lets one process open the database at a time; `openRoomDatabase` reports a second
 * opener with `DatabaseLockedError` (the command line then talks to the running server).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';

/** A room's metadata: name and tokens (digests only). */
export interface RoomRecord {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 time of creation. */
  readonly createdAt: string;
  readonly tokens: readonly TokenRecord[];
}

/** The role a token grants: `edit` (read and write) or `view` (read only). */
export type Role = 'edit' | 'view';

/** An access token of a room, as stored: never the token itself, only its SHA-256 digest. */
export interface TokenRecord {
  /** Public id (16 hex digits) used in listings and to revoke the token. */
  readonly id: string;
  readonly role: Role;
  /** SHA-256 of the token, hex. */
  readonly hash: string;
  /** Free text to tell tokens apart ("technicians hall 3"). */
  readonly label: string;
  readonly createdAt: string;
  /** ISO 8601 time of revocation; a revoked token authenticates nothing. */
  readonly revokedAt?: string;
}

/** A key that may publish designs to new rooms over HTTP ("Share with team"). */
export interface PublishKeyRecord {
  readonly id: string;
  readonly label: string;
  readonly hash: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

/** Snapshot bookkeeping: the log sequence number the snapshot includes, its size in bytes. */
export interface SnapshotMeta {
  readonly coveredSeq: number;
  readonly bytes: number;
  readonly at: string;
}

/** Thrown when another process (a running server) holds the database. */
export class DatabaseLockedError extends Error {
  constructor(dir: string) {
    super(`the database in ${dir} is in use by another process (is the server running?)`);
    this.name = 'DatabaseLockedError';
  }
}

/** The open database and its sublevels. */
export interface RoomDatabase {
  readonly db: ClassicLevel<string, string>;
  readonly rooms: ReturnType<typeof sublevels>['rooms'];
  readonly keys: ReturnType<typeof sublevels>['keys'];
  readonly snapshots: ReturnType<typeof sublevels>['snapshots'];
  readonly snapshotMeta: ReturnType<typeof sublevels>['snapshotMeta'];
  readonly log: ReturnType<typeof sublevels>['log'];
  readonly quarantine: ReturnType<typeof sublevels>['quarantine'];
  /** Directory of the LevelDB files. */
  readonly dir: string;
}

function sublevels(db: ClassicLevel<string, string>) {
  return {
    rooms: db.sublevel<string, RoomRecord>('rooms', { valueEncoding: 'json' }),
    keys: db.sublevel<string, PublishKeyRecord>('keys', { valueEncoding: 'json' }),
    snapshots: db.sublevel<string, Uint8Array>('snap', { valueEncoding: 'view' }),
    snapshotMeta: db.sublevel<string, SnapshotMeta>('snapMeta', { valueEncoding: 'json' }),
    log: db.sublevel<string, Uint8Array>('log', { valueEncoding: 'view' }),
    quarantine: db.sublevel<string, Uint8Array>('quarantine', { valueEncoding: 'view' }),
  };
}

/**
 * Opens (creating if needed) the database in `dataDir/db`. Throws `DatabaseLockedError` when
 * another process has it open, and the underlying error for anything else.
 */
export async function openRoomDatabase(dataDir: string): Promise<RoomDatabase> {
  const dir = join(dataDir, 'db');
  await mkdir(dir, { recursive: true });
  const db = new ClassicLevel<string, string>(dir, { valueEncoding: 'utf8' });
  try {
    await db.open();
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') throw new DatabaseLockedError(dir);
    throw e;
  }
  return { db, dir, ...sublevels(db) };
}

/** The `log` key of update `seq` of `room` (sequence zero-padded to 16 digits so keys sort by number). */
export function logKey(room: string, seq: number): string {
  return `${room}:${String(seq).padStart(16, '0')}`;
}

/** Range options selecting every `log` (or `quarantine`) key of `room`. */
export function roomRange(room: string): { gte: string; lt: string } {
  return { gte: `${room}:`, lt: `${room};` };
}

/** One operation of an atomic batch across sublevels (build it with `putOp` / `delOp`). */
export interface BatchOp {
  readonly type: 'put' | 'del';
  readonly sublevel: unknown;
  readonly key: string;
  readonly value?: unknown;
}

/** A `put` of `value` under `key` in `sublevel` (the sublevel encodes the value). */
export function putOp<V>(sublevel: { put(key: string, value: V): unknown }, key: string, value: V): BatchOp {
  return { type: 'put', sublevel, key, value };
}

/** A `del` of `key` in `sublevel`. */
export function delOp(sublevel: { del(key: string): unknown }, key: string): BatchOp {
  return { type: 'del', sublevel, key };
}

/**
 * Commits `ops` atomically; with `sync` (default true) LevelDB fsyncs before resolving, so a
 * resolved commit survives `kill -9` and power loss (as far as the disk honours fsync).
 */
export async function commit(store: RoomDatabase, ops: readonly BatchOp[], sync = true): Promise<void> {
  // abstract-level types each sublevel op by the root's value type; the sublevels encode their own values.
  await store.db.batch(ops as never, { sync });
}
