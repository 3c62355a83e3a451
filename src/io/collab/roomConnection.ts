/**
 * A design's live connection to a room on the sync server (issue 11): a `HocuspocusProvider` on
 * the design's `Y.Doc` (the same document the local persistence and the other tabs use), plus
 * the state the connection indicator shows:
 *
 * - `connecting` — first contact, or reconnecting after a drop;
 * - `connected` — authenticated and synchronised; `pending` while a local change waits for the
 *   server's acknowledgement; `readOnly` for a view link;
 * - `offline` — no connection; `pending` when local changes wait to be sent (the provider
 *   reconnects by itself and merges them);
 * - `rejected` — the server refused the link or a change for good (bad token, revoked, invalid
 *   or oversized update): the connection stops, and the reason and detail are shown.
 *
 * A view-only refusal does not stop the connection (the view keeps following live edits); it is
 * reported in `notice`.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { RoomLink } from './roomLink';
import { parseRejection, REJECTION_REASONS, type RejectionNotice, type RejectionReason } from './syncNotice';

/** What the connection indicator shows. */
export type ConnectionStatus =
  | { readonly kind: 'connecting'; readonly pending: boolean }
  | { readonly kind: 'connected'; readonly pending: boolean; readonly readOnly: boolean }
  | { readonly kind: 'offline'; readonly pending: boolean }
  | { readonly kind: 'rejected'; readonly reason: RejectionReason; readonly detail: string };

/** Options of a room connection. */
export interface RoomConnectionOptions {
  /** The WebSocket class (default: the global one; Node tests pass `ws`). */
  readonly WebSocketPolyfill?: unknown;
  /** The awareness (presence) to share; default: a new one on the document. */
  readonly awareness?: Awareness;
  /** First reconnect delay, ms (the provider backs off from there; default 1000). */
  readonly reconnectDelayMs?: number;
}

type Listener = (status: ConnectionStatus, notice: RejectionNotice | null) => void;

/** The live connection of one design to one room. */
export class RoomConnection {
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private current: ConnectionStatus = { kind: 'connecting', pending: false };
  private lastNotice: RejectionNotice | null = null;
  private readonly listeners = new Set<Listener>();
  private socketStatus: 'connecting' | 'connected' | 'disconnected' = 'connecting';
  private readOnly = false;
  private paused = false;

  /** Connects `doc` to the room of `link`. */
  constructor(
    readonly link: RoomLink,
    doc: Y.Doc,
    opts: RoomConnectionOptions = {},
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: link.server,
      delay: opts.reconnectDelayMs ?? 1000,
      minDelay: opts.reconnectDelayMs ?? 1000,
      ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: link.room,
      token: link.token,
      document: doc,
      ...(opts.awareness ? { awareness: opts.awareness } : {}),
    });
    const p = this.provider;
    p.on('status', ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      this.socketStatus = status;
      this.update();
    });
    p.on('authenticated', ({ scope }: { scope: string }) => {
      this.readOnly = scope === 'readonly';
      this.update();
    });
    p.on('authenticationFailed', ({ reason }: { reason: string }) =>
      this.reject('invalid-token', reason === 'invalid-token' ? 'unknown room or token' : reason),
    );
    p.on('stateless', ({ payload }: { payload: string }) => {
      const notice = parseRejection(payload);
      if (!notice) return;
      this.lastNotice = notice;
      if (REJECTION_REASONS[notice.reason].fatal) this.reject(notice.reason, notice.detail);
      else this.update();
    });
    p.on('synced', () => this.update());
    p.on('unsyncedChanges', () => this.update());
    p.attach();
  }

  /** The status now. */
  get status(): ConnectionStatus {
    return this.current;
  }

  /** The last refusal the server reported (e.g. a view-only change), or null. */
  get notice(): RejectionNotice | null {
    return this.lastNotice;
  }

  /** Calls `fn` on every change of status or notice; returns the unsubscribe function. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stops syncing and releases the socket (the document and its local persistence stay). */
  destroy(): void {
    this.listeners.clear();
    this.provider.destroy();
    this.socket.destroy();
  }

  /**
   * The device lost its network (the browser's `offline` event): drops the socket at once, so the
   * indicator says offline now rather than after the provider's 30 s silence timeout, and stops
   * retrying until `resume`. Local edits keep going into the document and are sent on `resume`.
   */
  goOffline(): void {
    if (this.paused || this.current.kind === 'rejected') return;
    this.paused = true;
    this.socket.disconnect();
    // A socket on a dead network may take long to finish closing: let the provider and the socket
    // treat it as closed now (the socket detaches the old WebSocket's listeners).
    if (this.socketStatus !== 'disconnected') {
      this.provider.onClose();
      this.socket.onClose({ event: { code: 4000, reason: 'the device is offline' } as CloseEvent });
    }
  }

  /** The network is back (the browser's `online` event): reconnects and sends what is pending. */
  resume(): void {
    if (!this.paused || this.current.kind === 'rejected') return;
    this.paused = false;
    void this.socket.connect();
  }

  private reject(reason: RejectionReason, detail: string): void {
    if (this.current.kind === 'rejected') return;
    this.socket.disconnect();
    this.set({ kind: 'rejected', reason, detail });
  }

  private update(): void {
    if (this.current.kind === 'rejected') return;
    // A view link's refused changes are never acknowledged: they are not "pending" (see `notice`).
    const pending = !this.readOnly && this.provider.hasUnsyncedChanges;
    if (this.socketStatus === 'disconnected') this.set({ kind: 'offline', pending });
    else if (this.socketStatus === 'connected' && this.provider.isAuthenticated && this.provider.isSynced)
      this.set({ kind: 'connected', pending, readOnly: this.readOnly });
    else this.set({ kind: 'connecting', pending });
  }

  private set(next: ConnectionStatus): void {
    this.current = next;
    for (const fn of this.listeners) fn(next, this.lastNotice);
  }
}
