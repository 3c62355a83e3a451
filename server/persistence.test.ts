/**
 * Durability of the sync server (issue 11): "a server killed with kill -9 and restarted loses no
 * update it had acknowledged".
 *
 *   client ──edits──▶ server (child process, DATA_DIR) ──kill -9──▶ restart on the same DATA_DIR
 *                                                                  ▲
 *   fresh client ◀──────────────── reads back every acknowledged edit
 *
 * An edit counts as acknowledged when the provider's `unsyncedChanges` has counted it down
 * (Hocuspocus `SyncStatus(true)`); acknowledgements come in order on one connection, so after
 * `sent` edits with `unsyncedChanges = u` pending, edits 0 … sent − u − 1 are acknowledged.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { parseRoomLink } from '../src/io/collab/roomLink';
import { AdminClient } from './admin/adminClient';
import { rack } from './testing/designFixtures';
import { connectClient, startTestServer, tempDataDir, until, type TestClient } from './testing/serverHarness';
import { spawnServer, type ServerProcess } from './testing/serverProcess';

const T = 60_000;
const dirs: string[] = [];
const children: ServerProcess[] = [];

afterAll(async () => {
  for (const c of children) await c.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const keysOf = (doc: Y.Doc) => new Set(doc.getMap('racks').keys());

describe('persistence', () => {
  it(
    'a graceful restart keeps every edit (snapshot and log)',
    async () => {
      const dir = await tempDataDir();
      dirs.push(dir);
      let h = await startTestServer(dir);
      const room = await h.server.admin.createRoom('Hall 3');
      const token = parseRoomLink(room.edit.link)?.token as string;
      const a = connectClient(h.server.wsUrl, room.room, token);
      await a.settled();
      for (let i = 0; i < 50; i++) a.doc.getMap('racks').set(`r${i}`, rack(`r${i}`, `Rack ${i}`, i));
      await a.settled();
      a.destroy();
      await h.stop();
      expect(h.logger.events('room-compacted').length).toBeGreaterThan(0);

      h = await startTestServer(dir);
      const b = connectClient(h.server.wsUrl, room.room, token);
      await b.settled();
      expect(keysOf(b.doc).size).toBe(50);
      expect(b.doc.getMap('racks').get('r49')).toEqual(rack('r49', 'Rack 49', 49));
      expect(b.doc.getMap('meta').get('name')).toBe('Hall 3');
      b.destroy();
      await h.stop();
    },
    T,
  );

  it(
    'kill -9 of the server process mid-stream loses no acknowledged edit',
    async () => {
      const dir = await tempDataDir();
      dirs.push(dir);
      let srv = await spawnServer(dir, { STORE_DEBOUNCE_MS: '150' });
      children.push(srv);
      const admin = await AdminClient.forDataDir(dir);
      const room = await admin.createRoom('Crash hall');
      const token = parseRoomLink(room.edit.link)?.token as string;
      const a: TestClient = connectClient(srv.wsUrl, room.room, token);
      await a.settled(20_000);

      let sent = 0;
      const edit = () => {
        a.doc.getMap('racks').set(`k${sent}`, rack(`k${sent}`, `Edit ${sent}`, sent));
        sent++;
      };
      const acked = () => sent - a.provider.unsyncedChanges;
      // Phase 1, then a pause long enough for a compaction (STORE_DEBOUNCE_MS = 150), then more edits.
      for (let i = 0; i < 60; i++) edit();
      await a.settled(20_000);
      await new Promise((r) => setTimeout(r, 500));
      // Phase 2: keep editing every 2 ms and kill the server while updates are in flight.
      let ackedAtKill = -1;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          edit();
          edit();
          if (acked() >= 160) {
            clearInterval(timer);
            ackedAtKill = acked();
            srv.child.kill('SIGKILL');
            a.destroy(); // no resend: what survives must come from the server's disk
            resolve();
          }
        }, 2);
      });
      await until(() => srv.child.signalCode === 'SIGKILL', 'the child to die');
      expect(srv.output()).toContain('"event":"room-compacted"');
      expect(ackedAtKill).toBeGreaterThanOrEqual(160);
      expect(sent).toBeGreaterThan(ackedAtKill); // some edits were still unacknowledged

      srv = await spawnServer(dir, { STORE_DEBOUNCE_MS: '150' });
      children.push(srv);
      const b = connectClient(srv.wsUrl, room.room, token);
      await b.settled(20_000);
      const keys = keysOf(b.doc);
      const lost = [];
      for (let i = 0; i < ackedAtKill; i++) if (!keys.has(`k${i}`)) lost.push(i);
      expect(lost).toEqual([]);
      expect(b.doc.getMap('racks').get(`k${ackedAtKill - 1}`)).toEqual(
        rack(`k${ackedAtKill - 1}`, `Edit ${ackedAtKill - 1}`, ackedAtKill - 1),
      );
      b.destroy();
      await srv.stop();
      expect(srv.child.exitCode).toBe(0);
    },
    T,
  );
});
