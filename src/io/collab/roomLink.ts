/**
 * Links to a live room on a sync server (issue 11). A room link is an app URL whose *fragment*
 * carries the server's WebSocket URL, the room id and the access token:
 *
 *   https://designer.example/#room=<id>&server=<wss URL, URI-encoded>&token=<token>[&view=portmap]
 *
 * The token travels in the fragment, never in a query string or path: browsers do not send the
 * fragment to any server, so it never reaches an access log (the app hands it to the sync server
 * inside the WebSocket's first message). `view=portmap` opens the technician's port map (the
 * view link); without it the designer opens (the edit link). The role itself is the token's,
 * enforced by the server; the screen is only a convenience.
 *
 * Pure string handling, shared by the server (which prints links) and the app (which reads them).
 */

/** The URL-hash keys of a room link. */
export const ROOM_HASH_KEYS = { room: 'room', server: 'server', token: 'token', view: 'view' } as const;

/** Room ids and tokens are base64url strings (RFC 4648 §5) of this many characters at most. */
const MAX_PART_CHARS = 200;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** What a room link carries. */
export interface RoomLink {
  /** The sync server's WebSocket URL (`ws://` or `wss://`), e.g. `wss://sync.example:1234`. */
  readonly server: string;
  /** The room id (random, base64url). */
  readonly room: string;
  /** The access token (random, base64url); its role (edit or view) is known only to the server. */
  readonly token: string;
  /** The screen to open: the designer (edit link) or the technician's port map (view link). */
  readonly screen: 'designer' | 'portmap';
}

/** True when `s` is a plausible room id or token: base64url, 1–200 characters. */
export function isRoomCredential(s: string): boolean {
  return s.length > 0 && s.length <= MAX_PART_CHARS && BASE64URL.test(s);
}

/** True when `url` parses as a `ws:` or `wss:` URL. */
export function isSyncServerUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'ws:' || u.protocol === 'wss:';
  } catch {
    return false;
  }
}

/**
 * The fragment (with `#`) of a room link. Throws a `RangeError` naming the bad part when the
 * server URL is not `ws:`/`wss:` or the room id or token is not base64url.
 */
export function roomLinkHash(link: RoomLink): string {
  if (!isSyncServerUrl(link.server)) throw new RangeError('room link: the server must be a ws:// or wss:// URL');
  if (!isRoomCredential(link.room)) throw new RangeError('room link: the room id must be base64url');
  if (!isRoomCredential(link.token)) throw new RangeError('room link: the token must be base64url');
  const k = ROOM_HASH_KEYS;
  const view = link.screen === 'portmap' ? `&${k.view}=portmap` : '';
  return `#${k.room}=${link.room}&${k.server}=${encodeURIComponent(link.server)}&${k.token}=${link.token}${view}`;
}

/**
 * A full room link: `appUrl` (any fragment of it dropped) followed by `roomLinkHash(link)`.
 * Throws like `roomLinkHash`, and a `RangeError` when `appUrl` is not an http(s) URL.
 */
export function roomLinkUrl(appUrl: string, link: RoomLink): string {
  let base: URL;
  try {
    base = new URL(appUrl);
  } catch {
    throw new RangeError('room link: the app URL is not a URL');
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new RangeError('room link: the app URL must be http:// or https://');
  base.hash = '';
  return `${base.toString()}${roomLinkHash(link)}`;
}

/**
 * Reads a room link from a location hash (with or without `#`) or a whole URL. Returns null when
 * the hash is not a room link or any part is malformed (never throws). Unknown keys are ignored.
 */
export function parseRoomLink(hashOrUrl: string): RoomLink | null {
  const at = hashOrUrl.indexOf('#');
  const hash = at >= 0 ? hashOrUrl.slice(at + 1) : hashOrUrl;
  const params = new Map<string, string>();
  for (const part of hash.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const k = ROOM_HASH_KEYS;
  const room = params.get(k.room) ?? '';
  const token = params.get(k.token) ?? '';
  let server: string;
  try {
    server = decodeURIComponent(params.get(k.server) ?? '');
  } catch {
    return null;
  }
  if (!isRoomCredential(room) || !isRoomCredential(token) || !isSyncServerUrl(server)) return null;
  return { server, room, token, screen: params.get(k.view) === 'portmap' ? 'portmap' : 'designer' };
}
