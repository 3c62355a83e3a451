/**
 * Presence in a room (issue 11): who is there and what each person has selected, shared through
 * the Yjs awareness protocol (y-protocols/awareness; Hocuspocus relays it, nothing is stored).
 *
 * Local state, as this client publishes it:
 *   `{ user: { name, color }, selection: { kind: 'device', id } | { kind: 'port', device, port } | null }`
 *
 * Remote states are untrusted input: `readPeers` keeps only well-formed ones, cuts names, and
 * replaces any colour not in `PRESENCE_COLORS`. Presence colours avoid the verdict colours
 * (fail red, warning amber, unverified purple, unchecked grey, pass green) and the accent of the
 * local selection: one meaning per colour.
 */

/** Colours for people: teal, magenta, indigo, navy; none is a verdict colour or the local selection accent. */
export const PRESENCE_COLORS: readonly string[] = ['#1b7c83', '#bf3989', '#3e4b9e', '#0a3069'];

/** Longest name shown. */
const MAX_NAME = 60;
/** Longest id or port key accepted in a remote selection (the design's id limit). */
const MAX_ID = 200;

/** What a person has selected, as far as the canvas can show it. */
export type PresenceSelection =
  | { readonly kind: 'rack' | 'device' | 'cable'; readonly id: string }
  | { readonly kind: 'port'; readonly device: string; readonly port: string };

/** A person in the room, as read from the awareness states. */
export interface Peer {
  /** Yjs client id of their document (one per tab). */
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly selection: PresenceSelection | null;
}

/** The colour of a client: deterministic from its Yjs client id. */
export function presenceColor(clientId: number): string {
  return PRESENCE_COLORS[Math.abs(Math.trunc(clientId)) % PRESENCE_COLORS.length] as string;
}

/** The awareness state this client publishes. */
export function localPresence(name: string, clientId: number, selection: PresenceSelection | null) {
  return { user: { name: name.slice(0, MAX_NAME), color: presenceColor(clientId) }, selection };
}

const str = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length > 0 && v.length <= max ? v : null;

/** A remote selection if well-formed, else null. */
function readSelection(v: unknown): PresenceSelection | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (o['kind'] === 'port') {
    const device = str(o['device'], MAX_ID);
    const port = str(o['port'], MAX_ID);
    return device && port ? { kind: 'port', device, port } : null;
  }
  if (o['kind'] === 'rack' || o['kind'] === 'device' || o['kind'] === 'cable') {
    const id = str(o['id'], MAX_ID);
    return id ? { kind: o['kind'], id } : null;
  }
  return null;
}

/**
 * The other people in the room from awareness `states` (client id → state), without `selfId`,
 * sorted by name then client id. States without a user name are skipped; never throws.
 */
export function readPeers(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId || typeof state !== 'object' || state === null) continue;
    const user = (state as { user?: unknown }).user;
    if (typeof user !== 'object' || user === null) continue;
    const rawName = (user as { name?: unknown }).name;
    if (typeof rawName !== 'string' || rawName.trim() === '') continue;
    const rawColor = (user as { color?: unknown }).color;
    peers.push({
      clientId,
      name: rawName.slice(0, MAX_NAME),
      color: typeof rawColor === 'string' && PRESENCE_COLORS.includes(rawColor) ? rawColor : presenceColor(clientId),
      selection: readSelection((state as { selection?: unknown }).selection),
    });
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
