/**
 * The app's room connection (`src/io/collab/roomConnection.ts`) against the real server
 * (issue 11): the states of the connection indicator, offline edits merged on reconnect, and
 * presence.
 *
 *   A (edit) ──┐                       ┌── restart on the same port and DATA_DIR
 *   B (edit) ──┼── server ── kill ─────┤
 *   V (view) ──┘                       └── A's and B's offline edits merge
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { localPresence, readPeers } from '../src/io/collab/presence';
import { RoomConnection } from '../src/io/collab/roomConnection';
import { parseRoomLink, type RoomLink } from '../src/io/collab/roomLink';
import type { RoomLinks } from './admin/adminService';
import { rack } from './testing/designFixtures';
import { startTestServer, until } from './testing/serverHarness';

const T = 30_000;
let h: Awaited<ReturnType<typeof startTestServer>>;
let room: RoomLinks;
const open: RoomConnection[] = [];

function connect(link: RoomLink, doc = new Y.Doc(), awareness?: Awareness): RoomConnection {
  const c = new RoomConnection(link, doc, {
    WebSocketPolyfill: WebSocket,
    reconnectDelayMs: 200,
    ...(awareness ? { awareness } : {}),
  });
  open.push(c);
  return c;
}
const editLink = () => parseRoomLink(room.edit.link) as RoomLink;
const viewLink = () => parseRoomLink(room.view.link) as RoomLink;
const settled = (c: RoomConnection) =>
  until(() => c.status.kind === 'connected' && !c.status.pending, 'connected and acknowledged');
const racksOf = (c: RoomConnection) => c.provider.document.getMap('racks');

beforeAll(async () => {
  h = await startTestServer();
  room = await h.server.admin.createRoom('Hall 3');
}, T);

afterAll(async () => {
  for (const c of open) c.destroy();
  await h.stop();
  await h.cleanup();
}, T);

describe('RoomConnection status', () => {
  it(
    'an edit link connects read-write; a local change is pending until the server acknowledges it',
    async () => {
      const a = connect(editLink());
      const seen: string[] = [];
      a.subscribe((s) => seen.push(`${s.kind}${'pending' in s && s.pending ? '+pending' : ''}`));
      await settled(a);
      expect(a.status).toEqual({ kind: 'connected', pending: false, readOnly: false });
      racksOf(a).set('r1', rack('r1'));
      expect(a.status).toMatchObject({ pending: true });
      await settled(a);
      expect(seen).toContain('connected+pending');
    },
    T,
  );

  it(
    "a view link connects read-only; the server's refusal of a change is a notice, not a stop",
    async () => {
      const v = connect(viewLink());
      await until(() => v.status.kind === 'connected', 'viewer connected');
      expect(v.status).toEqual({ kind: 'connected', pending: false, readOnly: true });
      racksOf(v).set('r2', rack('r2'));
      await until(() => v.notice !== null, 'view-only notice');
      expect(v.notice?.reason).toBe('view-only');
      expect(v.status).toEqual({ kind: 'connected', pending: false, readOnly: true });
      // It keeps following live edits.
      const a = open[0] as RoomConnection;
      racksOf(a).set('r3', rack('r3'));
      await until(() => racksOf(v).has('r3'), 'viewer follows');
    },
    T,
  );

  it(
    'a bad token is rejected for good: no retry loop',
    async () => {
      const bad = connect({ ...editLink(), token: 'A'.repeat(43) });
      await until(() => bad.status.kind === 'rejected', 'rejected');
      expect(bad.status).toEqual({ kind: 'rejected', reason: 'invalid-token', detail: 'unknown room or token' });
      const refusals = h.logger.events('auth-refused').length;
      await new Promise((r) => setTimeout(r, 800)); // four reconnect delays
      expect(h.logger.events('auth-refused').length).toBe(refusals);
      expect(bad.status.kind).toBe('rejected');
    },
    T,
  );

  it(
    'an invalid change is rejected with its JSON path and the connection stops',
    async () => {
      const c = connect(editLink());
      await settled(c);
      racksOf(c).set('r1', { ...rack('r1'), heightU: 0 });
      await until(() => c.status.kind === 'rejected', 'rejected');
      expect(c.status).toMatchObject({ kind: 'rejected', reason: 'invalid-update' });
      expect((c.status as { detail: string }).detail).toMatch(/^\$\.racks\.r1\.heightU: /);
    },
    T,
  );
});

describe('offline and back', () => {
  it(
    'edits made while the server is down are pending offline, then merge on reconnect',
    async () => {
      const a = open[0] as RoomConnection;
      const b = connect(editLink());
      await settled(a);
      await settled(b);
      const port = h.server.port;
      await h.stop();
      await until(() => a.status.kind === 'offline' && b.status.kind === 'offline', 'both offline');
      racksOf(a).set('ra', rack('ra', 'offline A'));
      racksOf(b).set('rb', rack('rb', 'offline B'));
      expect(a.status).toEqual({ kind: 'offline', pending: true });
      expect(b.status).toEqual({ kind: 'offline', pending: true });
      h = await startTestServer(h.dir, { PORT: String(port) });
      await settled(a);
      await settled(b);
      await until(() => racksOf(a).has('rb') && racksOf(b).has('ra'), 'merged');
      expect(racksOf(b).get('ra')).toEqual(rack('ra', 'offline A'));
      expect(h.server.hocuspocus.documents.get(room.room)?.getMap('racks').has('rb')).toBe(true);
    },
    T,
  );

  it(
    'the device goes offline (browser event): offline at once, edits pending, sent on resume',
    async () => {
      const a = connect(editLink());
      const b = connect(editLink());
      await settled(a);
      await settled(b);
      a.goOffline();
      expect(a.status).toEqual({ kind: 'offline', pending: false });
      racksOf(a).set('rc', rack('rc', 'while offline'));
      expect(a.status).toEqual({ kind: 'offline', pending: true });
      // Still offline a while later: no reconnect attempt until resume.
      await new Promise((r) => setTimeout(r, 600));
      expect(a.status.kind).toBe('offline');
      expect(racksOf(b).has('rc')).toBe(false);
      a.resume();
      await settled(a);
      await until(() => racksOf(b).has('rc'), 'the offline edit at B');
      expect(racksOf(b).get('rc')).toEqual(rack('rc', 'while offline'));
    },
    T,
  );

  it(
    "presence: each person's name and selection reach the others",
    async () => {
      const docA = new Y.Doc();
      const docB = new Y.Doc();
      const awA = new Awareness(docA);
      const awB = new Awareness(docB);
      connect(editLink(), docA, awA);
      const b = connect(editLink(), docB, awB);
      await settled(b);
      awA.setLocalState(localPresence('Ann', docA.clientID, { kind: 'device', id: 'dev-3' }));
      await until(() => readPeers(awB.getStates(), docB.clientID).some((p) => p.name === 'Ann'), 'Ann at B');
      expect(readPeers(awB.getStates(), docB.clientID).find((p) => p.name === 'Ann')?.selection).toEqual({
        kind: 'device',
        id: 'dev-3',
      });
    },
    T,
  );
});
