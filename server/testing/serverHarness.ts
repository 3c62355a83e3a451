/**
 * Test harness of the sync server (issue 11): a server on a free port (`PORT=0`) with a
 * temporary DATA_DIR and an in-memory log, and Node clients (`@hocuspocus/provider` over `ws`)
 * that record what the server told them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { parseRejection, type RejectionNotice } from '../../src/io/collab/syncNotice';
import { CollabServer } from '../collabServer';
import { readConfig } from '../config';
import { memoryLogger } from '../log';

/** Polls `check` every 10 ms until it returns true; rejects with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A new temporary data directory. */
export function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mpo-sync-'));
}

/** Starts a server on a free port over `dataDir` (a new temp dir when omitted). `env` overrides settings. */
export async function startTestServer(dataDir?: string, env: Record<string, string> = {}) {
  const dir = dataDir ?? (await tempDataDir());
  const logger = memoryLogger();
  const config = readConfig({ PORT: '0', DATA_DIR: dir, STORE_DEBOUNCE_MS: '100', ...env });
  const server = await CollabServer.start(config, logger);
  return {
    server,
    logger,
    dir,
    /** Stops the server (keeps the data directory). */
    stop: () => server.stop(),
    /** Removes the data directory. */
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A connected test client. */
export interface TestClient {
  readonly provider: HocuspocusProvider;
  readonly doc: Y.Doc;
  /** Rejection notices received, in order. */
  readonly notices: RejectionNotice[];
  /** The reason of a failed authentication, or null. */
  authFailure: string | null;
  /** The scope the server granted: `read-write` or `readonly`. */
  scope: string | null;
  /** Resolves when the first sync finished and no local change waits for an acknowledgement. */
  settled(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** Connects a client to `room` on `server` with `token` (it reconnects by itself, like the app). */
export function connectClient(url: string, room: string, token: string, doc = new Y.Doc()): TestClient {
  const notices: RejectionNotice[] = [];
  const client: TestClient = {
    provider: undefined as unknown as HocuspocusProvider,
    doc,
    notices,
    authFailure: null,
    scope: null,
    settled: (timeoutMs = 10_000) =>
      until(
        () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
        `client of ${room} to settle`,
        timeoutMs,
      ),
    destroy: () => {
      client.provider.destroy();
      socket.destroy();
    },
  };
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  (client as { provider: HocuspocusProvider }).provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    onStateless: ({ payload }) => {
      const n = parseRejection(payload);
      if (n) notices.push(n);
    },
    onAuthenticationFailed: ({ reason }) => {
      client.authFailure = reason;
    },
    onAuthenticated: ({ scope }) => {
      client.scope = scope;
    },
  });
  client.provider.attach();
  return client;
}
