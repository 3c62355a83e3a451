/**
 * Limits on a WebSocket that has not authenticated yet (issue 11). Hocuspocus 3.4 queues every
 * message a socket sends for a document before its authentication succeeds
 * (`ClientConnection.incomingMessageQueue`), without a bound; a client that never presents a
 * valid token could fill the server's memory. The guard closes such a socket (code 4401,
 * `invalid-token`) after `PRE_AUTH_LIMITS.messages` messages, `bytes` bytes or `ms` milliseconds.
 * A provider sends 3–4 messages before its token is accepted, so the limits never touch it.
 */
import type { WebSocket } from 'ws';
import type { Logger } from '../log';

/** Most a socket may send before it authenticates: messages, bytes, and time in ms. */
export const PRE_AUTH_LIMITS = { messages: 64, bytes: 1024 * 1024, ms: 30_000 } as const;

/** Watches sockets until they authenticate. */
export class SocketGuard {
  private readonly authenticated = new WeakSet<WebSocket>();

  constructor(
    private readonly logger: Logger,
    private readonly limits: {
      readonly messages: number;
      readonly bytes: number;
      readonly ms: number;
    } = PRE_AUTH_LIMITS,
  ) {}

  /** Starts counting what `ws` sends; call before Hocuspocus gets the socket. */
  watch(ws: WebSocket): void {
    let messages = 0;
    let bytes = 0;
    const close = (why: string) => {
      ws.off('message', onMessage);
      clearTimeout(timer);
      this.logger.log('warn', 'socket-closed-unauthenticated', { why });
      ws.close(4401, 'invalid-token');
    };
    const onMessage = (data: Buffer) => {
      if (this.authenticated.has(ws)) {
        ws.off('message', onMessage);
        clearTimeout(timer);
        return;
      }
      messages++;
      bytes += data.byteLength;
      if (messages > this.limits.messages) close(`more than ${this.limits.messages} messages before authentication`);
      else if (bytes > this.limits.bytes) close(`more than ${this.limits.bytes} bytes before authentication`);
    };
    const timer = setTimeout(() => {
      if (!this.authenticated.has(ws)) close(`no authentication within ${this.limits.ms} ms`);
    }, this.limits.ms);
    timer.unref();
    ws.on('message', onMessage);
    ws.once('close', () => clearTimeout(timer));
  }

  /** Marks `ws` as authenticated: the limits no longer apply. */
  authenticate(ws: WebSocket): void {
    this.authenticated.add(ws);
  }
}
