/**
 * Rooms, their access tokens and the publish keys (issue 11). Records live in LevelDB
 * (`roomDatabase.ts`); an in-memory index from token digest to room and token makes
 * authentication a map lookup. Secrets are returned once, when issued, and never stored.
 *
 * Authentication answers only "this token opens this room with this role" or "no": an unknown
 * room, an unknown token, a token of another room and a revoked token all look the same to the
 * caller, so a failed attempt learns nothing (not even whether the room exists).
 */
import {
  commit,
  putOp,
  type BatchOp,
  type PublishKeyRecord,
  type Role,
  type RoomDatabase,
  type RoomRecord,
  type TokenRecord,
} from '../storage/roomDatabase';
import { hashSecret, newRoomId, newSecret, newSecretId } from './secrets';

/** A token just issued: its public id, role, label and the secret itself (shown once). */
export interface IssuedToken {
  readonly id: string;
  readonly role: Role;
  readonly label: string;
  /** The secret; it goes into a link and is never stored. */
  readonly token: string;
}

/** What a valid token grants. */
export interface Grant {
  readonly room: string;
  readonly role: Role;
  readonly tokenId: string;
}

/** A room as listed to an administrator: no digests, no secrets. */
export interface RoomSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly tokens: readonly Omit<TokenRecord, 'hash'>[];
}

/** Thrown for a command naming a room, token or key that does not exist. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

const now = () => new Date().toISOString();

function newToken(role: Role, label: string): { record: TokenRecord; issued: IssuedToken } {
  const token = newSecret();
  const id = newSecretId();
  return { record: { id, role, hash: hashSecret(token), label, createdAt: now() }, issued: { id, role, label, token } };
}

/** The room registry: create rooms, issue and revoke tokens, authenticate, publish keys. */
export class RoomRegistry {
  private readonly rooms = new Map<string, RoomRecord>();
  private readonly byTokenHash = new Map<string, Grant>();
  private readonly keys = new Map<string, PublishKeyRecord>();
  private readonly byKeyHash = new Map<string, string>();

  private constructor(private readonly store: RoomDatabase) {}

  /** Loads every room and publish key of `store` into memory. */
  static async load(store: RoomDatabase): Promise<RoomRegistry> {
    const registry = new RoomRegistry(store);
    for await (const [, room] of store.rooms.iterator()) registry.index(room);
    for await (const [, key] of store.keys.iterator()) registry.indexKey(key);
    return registry;
  }

  private index(room: RoomRecord): void {
    const old = this.rooms.get(room.id);
    for (const t of old?.tokens ?? []) this.byTokenHash.delete(t.hash);
    this.rooms.set(room.id, room);
    for (const t of room.tokens)
      if (!t.revokedAt) this.byTokenHash.set(t.hash, { room: room.id, role: t.role, tokenId: t.id });
  }

  private indexKey(key: PublishKeyRecord): void {
    this.keys.set(key.id, key);
    if (key.revokedAt) this.byKeyHash.delete(key.hash);
    else this.byKeyHash.set(key.hash, key.id);
  }

  /**
   * Creates a room named `name` with one edit and one view token. `extraOps` (the initial
   * snapshot) are committed in the same atomic batch, so a room never exists without content.
   */
  async createRoom(
    name: string,
    extraOps: (room: string) => BatchOp[],
  ): Promise<{ room: RoomRecord; edit: IssuedToken; view: IssuedToken }> {
    const id = newRoomId();
    const edit = newToken('edit', 'edit link');
    const view = newToken('view', 'view link');
    const room: RoomRecord = { id, name, createdAt: now(), tokens: [edit.record, view.record] };
    await commit(this.store, [putOp(this.store.rooms, id, room), ...extraOps(id)]);
    this.index(room);
    return { room, edit: edit.issued, view: view.issued };
  }

  /** Issues another token of `role` for `roomId` (e.g. one per technician). Throws `NotFoundError`. */
  async issueToken(roomId: string, role: Role, label: string): Promise<IssuedToken> {
    const room = this.requireRoom(roomId);
    const t = newToken(role, label);
    const next: RoomRecord = { ...room, tokens: [...room.tokens, t.record] };
    await commit(this.store, [putOp(this.store.rooms, roomId, next)]);
    this.index(next);
    return t.issued;
  }

  /** Revokes token `tokenId` of `roomId` (idempotent); returns its record. Throws `NotFoundError`. */
  async revokeToken(roomId: string, tokenId: string): Promise<Omit<TokenRecord, 'hash'>> {
    const room = this.requireRoom(roomId);
    const token = room.tokens.find((t) => t.id === tokenId);
    if (!token) throw new NotFoundError(`token ${tokenId} of room ${roomId}`);
    if (token.revokedAt) return withoutHash(token);
    const revoked: TokenRecord = { ...token, revokedAt: now() };
    const next: RoomRecord = { ...room, tokens: room.tokens.map((t) => (t.id === tokenId ? revoked : t)) };
    await commit(this.store, [putOp(this.store.rooms, roomId, next)]);
    this.index(next);
    return withoutHash(revoked);
  }

  /** The grant of `token` for `roomId`, or null (unknown room, unknown, revoked or foreign token). */
  authenticate(roomId: string, token: string): Grant | null {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    const grant = this.byTokenHash.get(hashSecret(token));
    return grant && grant.room === roomId ? grant : null;
  }

  /** The room record, or null. */
  room(roomId: string): RoomRecord | null {
    return this.rooms.get(roomId) ?? null;
  }

  /** Every room, oldest first, without digests. */
  list(): RoomSummary[] {
    return [...this.rooms.values()]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, tokens: r.tokens.map(withoutHash) }));
  }

  /** Creates a publish key labelled `label`; returns its id and the secret (shown once). */
  async createPublishKey(label: string): Promise<{ id: string; label: string; key: string }> {
    const key = newSecret();
    const record: PublishKeyRecord = { id: newSecretId(), label, hash: hashSecret(key), createdAt: now() };
    await commit(this.store, [putOp(this.store.keys, record.id, record)]);
    this.indexKey(record);
    return { id: record.id, label, key };
  }

  /** Revokes publish key `id` (idempotent). Throws `NotFoundError`. */
  async revokePublishKey(id: string): Promise<Omit<PublishKeyRecord, 'hash'>> {
    const key = this.keys.get(id);
    if (!key) throw new NotFoundError(`publish key ${id}`);
    const next: PublishKeyRecord = key.revokedAt ? key : { ...key, revokedAt: now() };
    if (next !== key) await commit(this.store, [putOp(this.store.keys, id, next)]);
    this.indexKey(next);
    return withoutHash(next);
  }

  /** The id of the publish key `key`, or null when it is unknown or revoked. */
  publishKeyId(key: string): string | null {
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) return null;
    return this.byKeyHash.get(hashSecret(key)) ?? null;
  }

  /** Every publish key, without digests. */
  publishKeys(): Omit<PublishKeyRecord, 'hash'>[] {
    return [...this.keys.values()].map(withoutHash);
  }

  private requireRoom(roomId: string): RoomRecord {
    const room = this.rooms.get(roomId);
    if (!room) throw new NotFoundError(`room ${roomId}`);
    return room;
  }
}

function withoutHash<T extends { hash: string }>(record: T): Omit<T, 'hash'> {
  const { hash: _hash, ...rest } = record;
  return rest;
}
