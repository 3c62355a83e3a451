/**
 * Rooms, roles and update validation over real WebSockets (issue 11). One server per file on a
 * free port; clients are `@hocuspocus/provider` instances like the app's.
 *
 *   editor A ──┐
 *   editor B ──┼── server (room "Hall 3") ── LevelDB in a temp DATA_DIR
 *   viewer V ──┘
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { parseRoomLink } from '../src/io/collab/roomLink';
import type { RoomLinks } from './admin/adminService';
import { rack } from './testing/designFixtures';
import { PRE_AUTH_LIMITS } from './sync/socketGuard';
import { connectClient, startTestServer, until, type TestClient } from './testing/serverHarness';

const T = 20_000;
let h: Awaited<ReturnType<typeof startTestServer>>;
let room: RoomLinks;
const clients: TestClient[] = [];

/** Connects a client with the token of `link`, remembering it for teardown. */
function join(link: string): TestClient {
  const parsed = parseRoomLink(link);
  if (!parsed) throw new Error('not a room link');
  const c = connectClient(h.server.wsUrl, parsed.room, parsed.token);
  clients.push(c);
  return c;
}

const racks = (c: TestClient) => c.doc.getMap<unknown>('racks');
const serverDoc = () => h.server.hocuspocus.documents.get(room.room) as Y.Doc;

beforeAll(async () => {
  h = await startTestServer(undefined, { MAX_UPDATE_BYTES: String(64 * 1024) });
  room = await h.server.admin.createRoom('Hall 3');
}, T);

afterAll(async () => {
  for (const c of clients) c.destroy();
  await h.stop();
  await h.cleanup();
}, T);

describe('rooms and roles', () => {
  it(
    'links point at the server and the room; an editor gets the room, a viewer gets it read-only',
    async () => {
      const edit = parseRoomLink(room.edit.link);
      const view = parseRoomLink(room.view.link);
      expect(edit).toMatchObject({ server: h.server.wsUrl, room: room.room, screen: 'designer' });
      expect(view).toMatchObject({ server: h.server.wsUrl, room: room.room, screen: 'portmap' });
      expect(edit?.token).not.toBe(view?.token);
      const a = join(room.edit.link);
      const v = join(room.view.link);
      await a.settled();
      await v.settled();
      expect(a.doc.getMap('meta').get('name')).toBe('Hall 3');
      expect(v.doc.getMap('meta').get('name')).toBe('Hall 3');
      expect(a.scope).toBe('read-write');
      expect(v.scope).toBe('readonly');
    },
    T,
  );

  it(
    "an editor's change reaches the other editor and the viewer",
    async () => {
      const [a] = clients as [TestClient, TestClient];
      const b = join(room.edit.link);
      await b.settled();
      racks(a).set('r1', rack('r1', 'R01'));
      await until(() => racks(b).has('r1') && racks(clients[1] as TestClient).has('r1'), 'r1 everywhere');
      expect(racks(b).get('r1')).toEqual(rack('r1', 'R01'));
    },
    T,
  );

  it(
    "the server refuses a viewer's change, tells the viewer why, and keeps serving it",
    async () => {
      const [a, v, b] = clients as [TestClient, TestClient, TestClient];
      racks(v).set('r2', rack('r2', 'from the viewer'));
      await until(() => v.notices.length > 0, 'view-only notice');
      expect(v.notices[0]).toMatchObject({ reason: 'view-only' });
      expect(v.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
      expect(serverDoc().getMap('racks').has('r2')).toBe(false);
      const refused = h.logger.events('update-refused');
      expect(refused.at(-1)).toMatchObject({
        room: room.room,
        reason: 'view-only',
        role: 'view',
        tokenId: room.view.tokenId,
      });
      // The viewer still follows live edits.
      racks(a).set('r3', rack('r3', 'R03'));
      await until(() => racks(v).has('r3') && racks(b).has('r3'), 'r3 at the viewer');
      expect(racks(a).has('r2')).toBe(false);
      expect(racks(b).has('r2')).toBe(false);
    },
    T,
  );

  it(
    'a wrong token, or a token of another room, gets nothing: not even the room name',
    async () => {
      const other = await h.server.admin.createRoom('Other hall');
      const otherToken = parseRoomLink(other.edit.link)?.token as string;
      for (const token of ['x'.repeat(43), otherToken]) {
        const c = connectClient(h.server.wsUrl, room.room, token);
        clients.push(c);
        await until(() => c.authFailure !== null, 'auth failure');
        expect(c.authFailure).toBe('invalid-token');
        expect(c.doc.getMap('meta').size).toBe(0);
        expect(c.doc.getMap('racks').size).toBe(0);
      }
      // An unknown room looks the same as a wrong token.
      const c = connectClient(h.server.wsUrl, 'AAAAAAAAAAAAAAAAAAAAAA', otherToken);
      clients.push(c);
      await until(() => c.authFailure !== null, 'auth failure');
      expect(c.authFailure).toBe('invalid-token');
    },
    T,
  );
});

describe('validation of every update', () => {
  it(
    "refuses an editor's invalid record, names the JSON path, and the room goes on",
    async () => {
      const bad = join(room.edit.link);
      await bad.settled();
      racks(bad).set('r1', { ...rack('r1'), heightU: 99 });
      await until(() => bad.notices.length > 0, 'invalid-update notice');
      expect(bad.notices[0]).toMatchObject({ reason: 'invalid-update' });
      expect(bad.notices[0]?.detail).toMatch(/^\$\.racks\.r1\.heightU: /);
      expect((serverDoc().getMap('racks').get('r1') as { heightU: number }).heightU).toBe(42);
      expect(h.logger.events('update-refused').at(-1)).toMatchObject({ reason: 'invalid-update', role: 'edit' });
      bad.destroy();
      // Others were not disturbed: a new edit still flows from A to B and V.
      const [a, v, b] = clients as [TestClient, TestClient, TestClient];
      racks(a).set('r4', rack('r4', 'R04'));
      await until(() => racks(b).has('r4') && racks(v).has('r4'), 'r4 after a refusal');
      expect((racks(b).get('r1') as { heightU: number }).heightU).toBe(42);
    },
    T,
  );

  it(
    'an update that depends on a change the server lacks gets "resync"; after reconnecting, the full diff is accepted',
    async () => {
      const [a] = clients as [TestClient];
      const b = join(room.edit.link);
      await b.settled();
      // A third doc edits r10; b hears of it peer-to-peer (origin = its provider, so not forwarded).
      const side = new Y.Doc();
      Y.applyUpdate(side, Y.encodeStateAsUpdate(b.doc));
      side.getMap('racks').set('r10', rack('r10', 'side'));
      Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(side, Y.encodeStateVector(b.doc)), b.provider);
      racks(b).set('r10', rack('r10', 'from b')); // its origin is the side item the server lacks
      await until(() => b.notices.some((n) => n.reason === 'resync'), 'resync notice');
      const name = (d: Y.Doc) => (d.getMap('racks').get('r10') as { name?: string } | undefined)?.name;
      await until(() => name(serverDoc()) === 'from b' && name(a.doc) === 'from b', 'healed after reconnect', 15_000);
      b.destroy();
    },
    T,
  );

  it(
    'refuses nested Y types and unknown collections',
    async () => {
      for (const edit of [
        (d: Y.Doc) => d.getMap('racks').set('r9', new Y.Map()),
        (d: Y.Doc) => d.getMap('shadow').set('x', 1),
      ]) {
        const c = join(room.edit.link);
        await c.settled();
        edit(c.doc);
        await until(() => c.notices.length > 0, 'notice');
        expect(c.notices[0]?.reason).toBe('invalid-update');
        c.destroy();
      }
      expect(serverDoc().getMap('racks').has('r9')).toBe(false);
      expect(serverDoc().share.has('shadow')).toBe(false);
    },
    T,
  );

  it(
    'refuses an update over the size limit (64 KiB here) before validating it',
    async () => {
      const c = join(room.edit.link);
      await c.settled();
      // A 100 KB name: the schema would refuse it too (500 characters), but size is checked first.
      racks(c).set('r5', rack('r5', 'n'.repeat(100_000)));
      await until(() => c.notices.length > 0, 'too-large notice');
      expect(c.notices[0]).toMatchObject({ reason: 'too-large' });
      expect(c.notices[0]?.detail).toMatch(/; the limit is 65536 bytes$/);
      c.destroy();
      // A frame far over the limit is cut off by the WebSocket layer and still logged.
      const huge = join(room.edit.link);
      await huge.settled();
      const before = h.logger.events('update-refused').length;
      racks(huge).set('r6', rack('r6', 'n'.repeat(400_000)));
      await until(() => h.logger.events('update-refused').length > before, 'refusal logged');
      expect(h.logger.events('update-refused').at(-1)).toMatchObject({ reason: 'too-large' });
      huge.destroy();
      expect(serverDoc().getMap('racks').has('r5')).toBe(false);
      expect(serverDoc().getMap('racks').has('r6')).toBe(false);
    },
    T,
  );
});

describe('tokens', () => {
  it(
    'a revoked token is disconnected at once and cannot reconnect; other tokens keep working',
    async () => {
      const extra = await h.server.admin.issueToken(room.room, 'edit', 'contractor');
      const c = join(extra.link);
      await c.settled();
      await h.server.admin.revokeToken(room.room, extra.tokenId);
      await until(() => c.notices.some((n) => n.reason === 'revoked'), 'revoked notice');
      await until(() => c.authFailure === 'invalid-token', 'refused on reconnect', 15_000);
      racks(c).set('r7', rack('r7'));
      const [a] = clients as [TestClient];
      racks(a).set('r8', rack('r8'));
      await until(() => serverDoc().getMap('racks').has('r8'), 'r8 stored');
      expect(serverDoc().getMap('racks').has('r7')).toBe(false);
    },
    T,
  );

  it(
    'a socket that keeps sending without authenticating is closed (Hocuspocus would queue it all)',
    async () => {
      const ws = new WebSocket(h.server.wsUrl);
      await new Promise((r) => ws.once('open', r));
      const closed = new Promise<number>((r) => ws.once('close', (code: number) => r(code)));
      const e = encoding.createEncoder();
      encoding.writeVarString(e, room.room);
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 0); // SyncStep1
      encoding.writeVarUint8Array(e, new Uint8Array([0]));
      const frame = encoding.toUint8Array(e);
      for (let i = 0; i < PRE_AUTH_LIMITS.messages + 5; i++) ws.send(frame);
      expect(await closed).toBe(4401);
      expect(h.logger.events('socket-closed-unauthenticated').length).toBe(1);
    },
    T,
  );

  it(
    'no token appears in the server log or in an export',
    async () => {
      const tokens = clients.map((c) => (c.provider.configuration.token as string) ?? '');
      tokens.push(parseRoomLink(room.edit.link)?.token as string, parseRoomLink(room.view.link)?.token as string);
      const log = h.logger.lines.join('\n');
      const exported = await h.server.admin.exportRoom(room.room);
      expect(log.length).toBeGreaterThan(1000);
      expect(JSON.parse(exported)).toMatchObject({ name: 'Hall 3', racks: { r1: rack('r1', 'R01') } });
      for (const t of tokens.filter((t) => t.length >= 43)) {
        expect(log).not.toContain(t);
        expect(exported).not.toContain(t);
      }
    },
    T,
  );
});
