/**
 * Random identifiers and secrets of the sync server (issue 11), and how secrets are stored.
 *
 * - Room ids: 128 random bits, base64url (22 characters). They are not secret (they appear in
 *   logs), but unguessable, so a room cannot be found by trying names.
 * - Access tokens, publish keys and the admin key: 256 random bits, base64url (43 characters).
 *   Only their SHA-256 digest is stored. A fast hash is enough here: the secrets are random
 *   (no dictionary to try), so a stored digest cannot be turned back into a token.
 * - Token and key ids: 64 random bits, hex; they name a token in listings and `revoke-token`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bits of randomness in a room id. */
export const ROOM_ID_BITS = 128;
/** Bits of randomness in an access token, publish key or admin key. */
export const SECRET_BITS = 256;

/** A new room id: 128 random bits as base64url. */
export function newRoomId(): string {
  return randomBytes(ROOM_ID_BITS / 8).toString('base64url');
}

/** A new secret (access token, publish key, admin key): 256 random bits as base64url. */
export function newSecret(): string {
  return randomBytes(SECRET_BITS / 8).toString('base64url');
}

/** A new id for a token or key: 64 random bits as 16 hex digits. */
export function newSecretId(): string {
  return randomBytes(8).toString('hex');
}

/** The stored form of a secret: its SHA-256 digest, hex (64 characters). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when `secret` hashes to `digest` (compared in constant time). */
export function secretMatches(secret: string, digest: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(digest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** File name of the admin key inside `DATA_DIR` (mode 0600: whoever can read DATA_DIR is admin anyway). */
export const ADMIN_KEY_FILE = 'admin.key';

/**
 * Reads the admin key of `dataDir`, creating it (mode 0600) when missing. The admin key
 * authenticates the server's `/admin/` HTTP API, which the command line uses while the server
 * runs (LevelDB allows one process at a time).
 */
export async function ensureAdminKey(dataDir: string): Promise<string> {
  const file = join(dataDir, ADMIN_KEY_FILE);
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= 43) return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const key = newSecret();
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return key;
}

/** Reads the admin key of `dataDir`; null when there is none. */
export async function readAdminKey(dataDir: string): Promise<string | null> {
  try {
    return (await readFile(join(dataDir, ADMIN_KEY_FILE), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}
