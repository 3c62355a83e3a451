/**
 * The command line, `npm run server -- <command>` (issue 11): on the database directly when no
 * server runs, through the running server's admin API when it does.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRoomLink } from '../src/io/collab/roomLink';
import type { RoomLinks, TokenLink } from './admin/adminService';
import { startTestServer, tempDataDir } from './testing/serverHarness';

/** Each CLI run starts Node with tsx: about 2 s on a busy 2-core machine; 8 runs, 3x headroom and more. */
const T = 120_000;
let dir = '';

/** Runs the CLI with DATA_DIR = dir (asynchronously: the server under test may share this process). */
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', ...args],
      {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, DATA_DIR: dir, APP_URL: 'https://designer.example/', PUBLIC_URL: 'wss://sync.example' },
        encoding: 'utf8',
        timeout: 30_000,
      },
      (error, out, err) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(dir, { recursive: true, force: true });
});

describe('npm run server -- <command>', () => {
  it(
    'manages rooms without a running server',
    async () => {
      dir = await tempDataDir();
      const created = await cli('create-room', 'Hall 3', '--json');
      expect(created.code).toBe(0);
      const room = JSON.parse(created.out) as RoomLinks;
      expect(room.name).toBe('Hall 3');
      expect(room.edit.link.startsWith('https://designer.example/#room=')).toBe(true);
      expect(parseRoomLink(room.view.link)).toMatchObject({
        server: 'wss://sync.example',
        room: room.room,
        screen: 'portmap',
      });

      const tech = JSON.parse((await cli('add-token', room.room, 'view', 'technician 1', '--json')).out) as TokenLink;
      expect(tech).toMatchObject({ role: 'view', label: 'technician 1' });
      expect((await cli('revoke-token', room.room, tech.tokenId)).out).toMatch(/revoked at /);

      const list = await cli('list-rooms');
      expect(list.out).toContain(`${room.room}  "Hall 3"`);
      expect(list.out).toMatch(new RegExp(`${tech.tokenId}  view  revoked .*technician 1`));
      for (const link of [room.edit.link, room.view.link, tech.link])
        expect(list.out).not.toContain(parseRoomLink(link)?.token);

      const exported = await cli('export-room', room.room);
      expect(JSON.parse(exported.out)).toMatchObject({ schemaVersion: 1, name: 'Hall 3', racks: {} });

      expect((await cli('revoke-token', room.room, 'ffffffffffffffff')).code).toBe(1);
      expect((await cli('add-token', room.room, 'admin')).code).toBe(2);
      expect((await cli('frobnicate')).code).toBe(2);
    },
    T,
  );

  it(
    'goes through the admin API while the server holds the database',
    async () => {
      const h = await startTestServer(dir);
      try {
        const created = await cli('create-room', 'Hall 4', '--json');
        expect(created.err).toBe('');
        const room = JSON.parse(created.out) as RoomLinks;
        expect(h.server.registry.room(room.room)?.name).toBe('Hall 4');
        expect(h.logger.events('http').some((l) => l['route'] === '/admin/rooms' && l['status'] === 201)).toBe(true);
      } finally {
        await h.stop();
      }
    },
    T,
  );
});
