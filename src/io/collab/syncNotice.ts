/**
 * Notices the sync server sends to one client over Hocuspocus' stateless channel (issue 11), so
 * the client can tell its user *why* a change was not accepted. The server never applies, stores
 * or broadcasts a refused update; the notice is the only trace the sender gets besides the
 * missing acknowledgement (Hocuspocus `SyncStatus(false)`).
 *
 * Wire form: a JSON string `{"type":"mpo/rejected","reason":"view-only","detail":"…"}`.
 * Pure data and parsing, shared by the server (which sends) and the app (which shows).
 */

/** Why the server refused an update or a connection. */
export type RejectionReason = 'view-only' | 'invalid-update' | 'too-large' | 'resync' | 'invalid-token' | 'revoked';

/**
 * Every reason with the sentence the app shows, and whether the client should stop syncing
 * (`fatal`: the server closed the connection; reconnecting as-is would be refused again).
 */
export const REJECTION_REASONS: Readonly<Record<RejectionReason, { readonly text: string; readonly fatal: boolean }>> =
  {
    'view-only': { text: 'View-only link: the server did not accept your change.', fatal: false },
    'invalid-update': { text: 'The server refused a change that breaks the design format.', fatal: true },
    'too-large': { text: 'The server refused a change larger than its size limit.', fatal: true },
    resync: { text: 'The server asked for a full resynchronisation.', fatal: false },
    'invalid-token': { text: 'The link is not valid (unknown room or token).', fatal: true },
    revoked: { text: 'Access through this link was revoked.', fatal: true },
  };

/** The stateless message type of a rejection notice. */
export const REJECTION_TYPE = 'mpo/rejected';

/** A rejection notice: the reason and a detail (JSON path and rule for invalid updates; no secrets). */
export interface RejectionNotice {
  readonly type: typeof REJECTION_TYPE;
  readonly reason: RejectionReason;
  /** Plain text, at most 500 characters, e.g. `$.racks["r1"].heightU: Too big: expected number to be <=60`. */
  readonly detail: string;
}

const MAX_DETAIL = 500;

/** The wire string of a rejection notice (the detail cut to 500 characters). */
export function encodeRejection(reason: RejectionReason, detail: string): string {
  const notice: RejectionNotice = { type: REJECTION_TYPE, reason, detail: detail.slice(0, MAX_DETAIL) };
  return JSON.stringify(notice);
}

/** Reads a stateless payload; returns the rejection notice, or null for anything else (never throws). */
export function parseRejection(payload: string): RejectionNotice | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, reason, detail } = raw as Record<string, unknown>;
  if (type !== REJECTION_TYPE || typeof reason !== 'string' || !Object.hasOwn(REJECTION_REASONS, reason)) return null;
  return {
    type: REJECTION_TYPE,
    reason: reason as RejectionReason,
    detail: typeof detail === 'string' ? detail.slice(0, MAX_DETAIL) : '',
  };
}
