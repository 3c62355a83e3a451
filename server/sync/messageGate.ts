/**
 * The Hocuspocus `beforeHandleMessage` hook of the sync server (issue 11): every message a
 * client sends passes here before Hocuspocus applies it, acknowledges it or broadcasts it.
 *
 * - Messages of one connection are handled strictly in arrival order (a promise chain per
 *   connection): Hocuspocus starts the hook for each message without waiting for the previous
 *   one, and applies each message when its hook resolves.
 * - View connections (`readOnly`): Hocuspocus itself drops their updates and answers
 *   `SyncStatus(false)`; the gate tells the client why (`view-only` notice) and logs it.
 * - Edit connections: the update must pass `checkUpdate` (size, structure, record schemas).
 *   A refused update is never applied, stored or broadcast: the client gets a notice with the
 *   reason, the refusal is logged (room, token id, reason, JSON path; never a token), and the
 *   client's socket is closed, because every later update of that client depends on the refused
 *   one (Yjs clocks are contiguous). The provider reconnects and resynchronises; the app stops
 *   on a fatal reason (see `REJECTION_REASONS`). The room and the other clients go on.
 * - An accepted update that changes the document is appended to the durable log (fsync) and
 *   applied there, *before* the hook resolves and Hocuspocus sends its acknowledgement
 *   (see `storage/updateLog.ts` for why that makes acknowledged updates survive `kill -9`).
 */
import type { beforeHandleMessagePayload, Connection } from '@hocuspocus/server';
import * as Y from 'yjs';
import { encodeRejection, type RejectionReason } from '../../src/io/collab/syncNotice';
import type { Logger } from '../log';
import type { UpdateLog } from '../storage/updateLog';
import { readSyncFrame } from './syncFrame';
import { DOCUMENT_ROOTS } from './recordContract';
import { checkUpdate } from './updateGate';
import { inspectUpdate } from './updateInspector';

/** WebSocket close codes the server uses (4000–4999 are free for applications, RFC 6455 §7.4.2). */
export const CLOSE_CODES: Readonly<Record<RejectionReason | 'storage-error', number>> = {
  'invalid-update': 4400,
  'invalid-token': 4401,
  revoked: 4403,
  resync: 4409,
  'too-large': 4413,
  'view-only': 4405,
  'storage-error': 4500,
};

/** Counters since start. */
export interface GateStats {
  accepted: number;
  unchanged: number;
  refused: number;
}

/** What the connection context carries after authentication. */
interface GateContext {
  readonly role?: string;
  readonly tokenId?: string;
}

/** The gate. `beforeHandleMessage` is passed to Hocuspocus as the hook of that name. */
export class MessageGate {
  private readonly chains = new WeakMap<Connection, Promise<unknown>>();
  private readonly closed = new WeakSet<Connection>();
  /** Counters since start. */
  readonly stats: GateStats = { accepted: 0, unchanged: 0, refused: 0 };

  constructor(
    private readonly log: UpdateLog,
    private readonly logger: Logger,
    private readonly maxUpdateBytes: number,
  ) {}

  /** The hook: resolves when Hocuspocus may handle the message (and apply it, unless the connection is read-only); rejects on a storage failure. */
  readonly beforeHandleMessage = (payload: beforeHandleMessagePayload): Promise<void> => {
    const { connection } = payload;
    const previous = this.chains.get(connection) ?? Promise.resolve();
    const next = previous.then(() => this.handle(payload));
    this.chains.set(
      connection,
      next.catch(() => undefined),
    );
    return next;
  };

  private async handle(payload: beforeHandleMessagePayload): Promise<void> {
    const { connection, document, documentName } = payload;
    if (this.closed.has(connection)) return; // read-only now: Hocuspocus drops its updates
    const frame = readSyncFrame(payload.update);
    if (frame.kind === 'malformed') return this.refuse(payload, 'invalid-update', 'the message could not be read');
    if (frame.kind === 'other') return;
    const { update } = frame;
    if (connection.readOnly) {
      const changes =
        update.byteLength > this.maxUpdateBytes ||
        (() => {
          const r = inspectUpdate(document, update, DOCUMENT_ROOTS);
          return !r.ok || r.inspection.changesDocument;
        })();
      if (changes) this.refuse(payload, 'view-only', 'the token of this connection grants view access only');
      return;
    }
    const verdict = checkUpdate(document, update, this.maxUpdateBytes);
    if (!verdict.ok) return this.refuse(payload, verdict.reason, verdict.detail);
    if (!verdict.changesDocument) {
      this.stats.unchanged++;
      return;
    }
    try {
      await this.log.append(documentName, update, () => Y.applyUpdate(document, update, connection));
    } catch (e) {
      this.logger.log('error', 'storage-failed', {
        room: documentName,
        socket: payload.socketId,
        error: e instanceof Error ? e.message : String(e),
      });
      // Rejecting makes Hocuspocus close the connection without applying or acknowledging.
      throw { code: CLOSE_CODES['storage-error'], reason: 'storage-error' };
    }
    this.stats.accepted++;
  }

  /**
   * Logs the refusal and sends the client a notice. Hocuspocus drops updates of read-only
   * connections itself (answering `SyncStatus(false)`), so an editor's refused update is dropped
   * by turning its connection read-only for the rest of its life, then closing its socket.
   */
  private refuse(payload: beforeHandleMessagePayload, reason: RejectionReason, detail: string): void {
    const { connection } = payload;
    const context = payload.context as GateContext;
    this.stats.refused++;
    this.logger.log('warn', 'update-refused', {
      room: payload.documentName,
      socket: payload.socketId,
      tokenId: context.tokenId,
      role: context.role,
      reason,
      detail,
      bytes: payload.update.byteLength,
    });
    connection.sendStateless(encodeRejection(reason, detail));
    if (reason === 'view-only') return;
    connection.readOnly = true;
    this.closed.add(connection);
    const code = CLOSE_CODES[reason];
    setImmediate(() => connection.webSocket.close(code, reason));
  }
}
