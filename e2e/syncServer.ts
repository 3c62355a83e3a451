/**
 * The sync server for end-to-end tests (issue 11): each test file starts its own server child
 * process (`node --import tsx server/main.ts`) on a free port with a temporary DATA_DIR, so CI
 * starts nothing else. `kill9` + `restart` keep the port and the data directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { readAdminKey } from '../server/access/secrets';
import { AdminClient } from '../server/admin/adminClient';
import type { RoomLinks } from '../server/admin/adminService';
import { spawnServer, type ServerProcess } from '../server/testing/serverProcess';

/** A sync server child for one test file. */
export class SyncServer {
  private constructor(
    private proc: ServerProcess,
    readonly dataDir: string,
    private readonly appUrl: string,
    private admin: AdminClient,
  ) {}

  /** Starts a server whose links point at the app under test (`appUrl`, e.g. Playwright's baseURL). */
  static async start(appUrl: string): Promise<SyncServer> {
    const dataDir = await mkdtemp(join(tmpdir(), 'mpo-e2e-sync-'));
    const proc = await spawnServer(dataDir, { APP_URL: appUrl, STORE_DEBOUNCE_MS: '300' });
    const admin = new AdminClient(proc.info.httpUrl, (await readAdminKey(dataDir)) as string);
    return new SyncServer(proc, dataDir, appUrl, admin);
  }

  /** `ws://127.0.0.1:<port>`. */
  get wsUrl(): string {
    return this.proc.wsUrl;
  }
  /** `http://127.0.0.1:<port>`. */
  get httpUrl(): string {
    return this.proc.info.httpUrl;
  }
  /** Everything the server logged (JSON lines). */
  log(): string {
    return this.proc.output();
  }
  /** Parsed log lines of one event (e.g. `update-refused`). */
  events(event: string): Record<string, unknown>[] {
    return this.log()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l['event'] === event);
  }

  createRoom(name: string): Promise<RoomLinks> {
    return this.admin.createRoom(name);
  }
  createPublishKey(label: string): Promise<{ id: string; key: string }> {
    return this.admin.createPublishKey(label);
  }
  /** Issues another token (e.g. one link per person) for `room`. */
  issueToken(room: string, role: 'edit' | 'view', label: string) {
    return this.admin.issueToken(room, role, label);
  }
  /** Revokes a token: its connections are told and closed at once. */
  revokeToken(room: string, tokenId: string) {
    return this.admin.revokeToken(room, tokenId);
  }
  /** The room's design as the server holds it (design-file JSON). */
  async exportRoom(room: string): Promise<Record<string, unknown>> {
    return JSON.parse(await this.admin.exportRoom(room)) as Record<string, unknown>;
  }

  /** SIGKILL: no shutdown, no flush. */
  async kill9(): Promise<void> {
    this.proc.child.kill('SIGKILL');
    await new Promise<void>((resolve) => {
      if (this.proc.child.signalCode !== null || this.proc.child.exitCode !== null) resolve();
      else this.proc.child.once('exit', () => resolve());
    });
  }

  /** Starts the server again on the same port and DATA_DIR. */
  async restart(): Promise<void> {
    this.proc = await spawnServer(this.dataDir, {
      APP_URL: this.appUrl,
      STORE_DEBOUNCE_MS: '300',
      PORT: String(this.proc.info.port),
    });
    this.admin = new AdminClient(this.proc.info.httpUrl, (await readAdminKey(this.dataDir)) as string);
  }

  /** Stops the server and removes its data. */
  async stop(): Promise<void> {
    await this.proc.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * Starts a sync server before the tests of the calling file (links point at the project's
 * baseURL) and stops it after them; returns a getter for it.
 */
export function useSyncServer(): () => SyncServer {
  let server: SyncServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await SyncServer.start(String(test.info().project.use.baseURL));
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('the sync server has not started');
    return server;
  };
}

/** The rack names of `room` as the server holds it, sorted. */
export async function serverRackNames(server: SyncServer, room: string): Promise<string[]> {
  const racks = (await server.exportRoom(room))['racks'] as Record<string, { name: string }>;
  return Object.values(racks)
    .map((r) => r.name)
    .sort();
}
