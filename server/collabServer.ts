/**
 * The MPO Designer sync server (issue 11): Hocuspocus 3.4 (Yjs over WebSocket) behind our own
 * HTTP server, with
 * - rooms and tokens (`access/`): a client authenticates with a room token; a view token makes the
 *   connection read-only in Hocuspocus (`connectionConfig.readOnly`), so the server itself drops
 *   its updates;
 * - the message gate (`sync/messageGate.ts`): every update is checked before it is stored,
 *   applied or broadcast, and written durably before Hocuspocus acknowledges it;
 * - durable storage (`storage/`): LevelDB snapshot + update log, loaded in `onLoadDocument`,
 *   compacted in `onStoreDocument` (Hocuspocus debounces it: `STORE_DEBOUNCE_MS`, at most 5×);
 * - the HTTP API (`http/httpApi.ts`) for publishing designs and administration.
 *
 * One instance serves every room. Several instances would need Hocuspocus' Redis extension
 * (`@hocuspocus/extension-redis`) to relay updates and awareness between them, and a shared
 * store for rooms, tokens and the update log instead of one process's LevelDB (see the README).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Hocuspocus, type Connection } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeRejection } from '../src/io/collab/syncNotice';
import { RoomRegistry } from './access/roomRegistry';
import { ensureAdminKey, hashSecret } from './access/secrets';
import { AdminService, type LiveRooms } from './admin/adminService';
import type { ServerConfig } from './config';
import { httpApi } from './http/httpApi';
import { jsonLogger, type Logger } from './log';
import { openRoomDatabase, type RoomDatabase } from './storage/roomDatabase';
import { UpdateLog } from './storage/updateLog';
import { CLOSE_CODES, MessageGate } from './sync/messageGate';
import { SocketGuard } from './sync/socketGuard';

/** File in DATA_DIR telling the command line where the running server listens. */
export const SERVER_INFO_FILE = 'server.json';

/** Contents of `DATA_DIR/server.json` while a server runs. */
export interface ServerInfo {
  readonly pid: number;
  readonly port: number;
  /** `http://host:port` for the admin API. */
  readonly httpUrl: string;
  readonly startedAt: string;
}

/** A running sync server. */
export class CollabServer {
  private constructor(
    readonly config: ServerConfig,
    readonly hocuspocus: Hocuspocus,
    readonly admin: AdminService,
    readonly registry: RoomRegistry,
    readonly gate: MessageGate,
    readonly log: UpdateLog,
    private readonly store: RoomDatabase,
    private readonly http: HttpServer,
    private readonly wss: WebSocketServer,
    private readonly urls: { httpUrl: string; wsUrl: string; port: number },
  ) {}

  /** The port it listens on. */
  get port(): number {
    return this.urls.port;
  }
  /** `http://host:port` of the HTTP API. */
  get httpUrl(): string {
    return this.urls.httpUrl;
  }
  /** The WebSocket URL clients use (`PUBLIC_URL`, or `ws://host:port`). */
  get wsUrl(): string {
    return this.urls.wsUrl;
  }

  /**
   * Opens `config.dataDir`, starts listening and resolves when ready. Throws
   * `DatabaseLockedError` when another server uses the same DATA_DIR, or the listen error.
   */
  static async start(config: ServerConfig, logger: Logger = jsonLogger()): Promise<CollabServer> {
    await mkdir(config.dataDir, { recursive: true });
    const store = await openRoomDatabase(config.dataDir);
    const adminKey = await ensureAdminKey(config.dataDir);
    const registry = await RoomRegistry.load(store);
    const log = new UpdateLog(store);
    const gate = new MessageGate(log, logger, config.maxUpdateBytes);
    const guard = new SocketGuard(logger);
    const urls = { httpUrl: '', wsUrl: '', port: 0 };

    const hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: config.storeDebounceMs,
      maxDebounce: Math.max(10_000, config.storeDebounceMs * 5),
      async onAuthenticate({ documentName, token, connectionConfig, socketId, context }) {
        const grant = registry.authenticate(documentName, token);
        if (!grant) {
          logger.log('warn', 'auth-refused', {
            socket: socketId,
            room: registry.room(documentName) ? documentName : null,
          });
          throw { reason: 'invalid-token' };
        }
        connectionConfig.readOnly = grant.role === 'view';
        guard.authenticate((context as { socket: WebSocket }).socket);
        logger.log('info', 'auth-ok', {
          room: documentName,
          socket: socketId,
          tokenId: grant.tokenId,
          role: grant.role,
        });
        return { role: grant.role, tokenId: grant.tokenId };
      },
      async onLoadDocument({ document, documentName }) {
        if (!registry.room(documentName)) throw new Error('unknown room');
        const r = await log.loadInto(documentName, document, (seq, error) =>
          logger.log('error', 'log-entry-quarantined', { room: documentName, seq, error }),
        );
        logger.log('info', 'room-loaded', {
          room: documentName,
          snapshotBytes: r.snapshotBytes,
          entries: r.entriesApplied,
        });
      },
      async onStoreDocument({ document, documentName }) {
        const r = await log.compact(documentName, document);
        logger.log('info', 'room-compacted', {
          room: documentName,
          snapshotBytes: r.snapshotBytes,
          entries: r.entriesRemoved,
        });
      },
      beforeHandleMessage: gate.beforeHandleMessage,
      async onDisconnect({ documentName, socketId, clientsCount }) {
        logger.log('info', 'client-left', { room: documentName, socket: socketId, clients: clientsCount });
      },
    });

    const live: LiveRooms = {
      liveDoc: (room) => hocuspocus.documents.get(room) ?? null,
      disconnectToken: (room, tokenId) => {
        for (const c of hocuspocus.documents.get(room)?.getConnections() ?? []) {
          if ((c.context as { tokenId?: string }).tokenId !== tokenId) continue;
          c.sendStateless(encodeRejection('revoked', 'the token of this connection was revoked'));
          c.webSocket.close(CLOSE_CODES.revoked, 'revoked');
        }
      },
    };
    const admin = new AdminService(registry, log, () => ({ appUrl: config.appUrl, publicUrl: urls.wsUrl }), live);

    let server: CollabServer | null = null;
    const http = createServer(
      httpApi({
        admin,
        registry,
        adminKeyHash: hashSecret(adminKey),
        logger,
        corsOrigin: config.corsOrigin,
        maxPublishBytes: config.maxPublishBytes,
        metrics: async () => server?.metrics() ?? {},
      }),
    );
    // Frames over twice the update limit are cut off by ws itself (close 1009); smaller
    // oversized updates reach the gate, which refuses them with a notice.
    const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxUpdateBytes * 2 + 64 * 1024 });
    http.on('upgrade', (req, socket, head) => {
      wss.handleUpgrade(req, socket, head, (ws) => {
        // ws reports a frame over maxPayload as an error, then closes with 1009.
        ws.on('error', (e: Error & { code?: string }) => {
          if (e.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
            logger.log('warn', 'update-refused', { reason: 'too-large', detail: 'WebSocket frame over the limit' });
          else logger.log('warn', 'socket-error', { error: e.message });
        });
        guard.watch(ws);
        // The socket rides in the context so that onAuthenticate can lift the guard's limits.
        hocuspocus.handleConnection(ws, req, { socket: ws });
      });
    });
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => resolve());
    });
    const port = (http.address() as AddressInfo).port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    urls.port = port;
    urls.httpUrl = `http://${host}:${port}`;
    urls.wsUrl = config.publicUrl ?? `ws://${host}:${port}`;
    server = new CollabServer(config, hocuspocus, admin, registry, gate, log, store, http, wss, urls);
    const info: ServerInfo = { pid: process.pid, port, httpUrl: urls.httpUrl, startedAt: new Date().toISOString() };
    await writeFile(join(config.dataDir, SERVER_INFO_FILE), `${JSON.stringify(info)}\n`);
    logger.log('info', 'listening', { http: urls.httpUrl, ws: urls.wsUrl, dataDir: config.dataDir });
    return server;
  }

  /**
   * Server figures: rooms in memory, connections, process memory (bytes; after a full GC when
   * Node runs with `--expose-gc`), update counters, and per room the encoded state size (bytes).
   */
  metrics() {
    (globalThis as { gc?: () => void }).gc?.();
    const rooms = [...this.hocuspocus.documents.values()].map((d) => ({
      room: d.name,
      connections: d.getConnectionsCount(),
      stateBytes: Y.encodeStateAsUpdate(d).byteLength,
    }));
    return {
      rooms,
      connections: this.hocuspocus.getConnectionsCount(),
      memory: process.memoryUsage(),
      /** CPU time of the server process since start, microseconds. */
      cpu: process.cpuUsage(),
      gate: this.gate.stats,
      log: this.log.stats,
    };
  }

  /** Connections of `room` in memory (for tests and metrics). */
  connections(room: string): Connection[] {
    return this.hocuspocus.documents.get(room)?.getConnections() ?? [];
  }

  /**
   * Stops gracefully: closes every client, lets Hocuspocus store and unload each room (up to
   * 10 s), finishes queued writes, closes the database and removes `server.json`.
   */
  async stop(): Promise<void> {
    this.hocuspocus.closeConnections();
    for (const ws of this.wss.clients) ws.close(1001, 'server shutting down');
    const deadline = Date.now() + 10_000;
    while (this.hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    for (const ws of this.wss.clients) ws.terminate();
    await this.log.drain();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await this.store.db.close();
    await rm(join(this.config.dataDir, SERVER_INFO_FILE), { force: true });
  }
}
