/**
 * "Share with team" (issue 11): publish the open design to a new room on a sync server, over
 * the server's `POST /api/rooms` (see docs/SYNC-SERVER.md). The server validates the design like
 * a file, creates the room, and answers with an edit link and a view link.
 */
import type { RoomLink } from './roomLink';
import { parseRoomLink } from './roomLink';

/** A room created by publishing: id, name and the two links (full URLs with the token in the fragment). */
export interface PublishedRoom {
  readonly room: string;
  readonly name: string;
  readonly editLink: string;
  readonly viewLink: string;
  /** The edit link, parsed (to join the room right away). */
  readonly edit: RoomLink;
}

/** The outcome of publishing: the room, or a message saying what went wrong (never the key). */
export type PublishResult =
  { readonly ok: true; readonly room: PublishedRoom } | { readonly ok: false; readonly error: string };

/**
 * The HTTP base URL of a sync server from what a user typed: `host:port`, `http(s)://…` or
 * `ws(s)://…` (mapped to http(s)); path, query and fragment dropped. Null when it is not a URL.
 */
export function serverHttpBase(input: string): string | null {
  const t = input.trim();
  if (t === '') return null;
  const withScheme = /^[a-z]+:\/\//i.test(t) ? t : `http://${t}`;
  try {
    const u = new URL(withScheme.replace(/^ws(s?):\/\//i, 'http$1://'));
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Publishes `designJson` (a design file's text) to a new room on the server at `serverUrl`
 * with the publish key `key`. Never throws: network errors, refusals (401 key, 400 with the
 * design's JSON path, 413 size) and malformed answers come back as `{ ok: false, error }`.
 */
export async function publishDesign(
  serverUrl: string,
  key: string,
  designJson: string,
  fetchFn: typeof fetch = fetch,
): Promise<PublishResult> {
  const base = serverHttpBase(serverUrl);
  if (!base) return { ok: false, error: 'the server address is not a URL' };
  let res: Response;
  try {
    res = await fetchFn(`${base}/api/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.trim()}`, 'content-type': 'application/json' },
      body: designJson,
    });
  } catch (e) {
    return { ok: false, error: `the server could not be reached (${e instanceof Error ? e.message : String(e)})` };
  }
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // handled below
  }
  if (res.status === 401) return { ok: false, error: 'the server refused the publish key' };
  if (!res.ok) return { ok: false, error: typeof body['error'] === 'string' ? body['error'] : `HTTP ${res.status}` };
  const edit = body['edit'] as { link?: unknown } | undefined;
  const view = body['view'] as { link?: unknown } | undefined;
  const editLink = typeof edit?.link === 'string' ? edit.link : '';
  const viewLink = typeof view?.link === 'string' ? view.link : '';
  const parsed = parseRoomLink(editLink);
  if (!parsed || !parseRoomLink(viewLink) || typeof body['room'] !== 'string')
    return { ok: false, error: 'the server answered without valid room links' };
  return {
    ok: true,
    room: { room: body['room'], name: String(body['name'] ?? ''), editLink, viewLink, edit: parsed },
  };
}
