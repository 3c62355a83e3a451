/**
 * The HTTP API (issue 11): "Share with team" publishing behind a publish key, the admin API
 * behind the admin key, CORS for the app, and nothing for a caller without a valid key.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDesign, serverHttpBase } from '../../src/io/collab/publish';
import { parseRoomLink } from '../../src/io/collab/roomLink';
import { serializeDesign } from '../../src/io/saveDesign';
import { readAdminKey } from '../access/secrets';
import type { RoomLinks } from '../admin/adminService';
import { rack, twoRackDesign } from '../testing/designFixtures';
import { connectClient, startTestServer } from '../testing/serverHarness';

const T = 20_000;
let h: Awaited<ReturnType<typeof startTestServer>>;
let publishKey: string;
let publishKeyId: string;
let adminKey: string;

beforeAll(async () => {
  h = await startTestServer(undefined, { MAX_PUBLISH_BYTES: '20000' });
  const k = await h.server.admin.createPublishKey('design team');
  publishKey = k.key;
  publishKeyId = k.id;
  adminKey = (await readAdminKey(h.dir)) as string;
}, T);

afterAll(async () => {
  await h.stop();
  await h.cleanup();
}, T);

const call = (path: string, init: RequestInit = {}) => fetch(`${h.server.httpUrl}${path}`, init);
const publish = (body: string, key: string | null) =>
  call('/api/rooms', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });

describe('POST /api/rooms (Share with team)', () => {
  it(
    'publishes a design to a new room: the links open it with its records',
    async () => {
      const res = await publish(serializeDesign(twoRackDesign('Hall 7')), publishKey);
      expect(res.status).toBe(201);
      const links = (await res.json()) as RoomLinks;
      expect(links.name).toBe('Hall 7');
      const edit = parseRoomLink(links.edit.link);
      expect(edit?.room).toBe(links.room);
      const c = connectClient(h.server.wsUrl, links.room, edit?.token as string);
      await c.settled();
      expect(c.doc.getMap('racks').get('r2')).toEqual(rack('r2', 'R02', 1));
      expect(c.doc.getMap('meta').get('settings')).toEqual(twoRackDesign().settings);
      c.destroy();
      // Only the digest of each token is stored.
      const stored = h.server.registry.room(links.room);
      const token = edit?.token as string;
      expect(stored?.tokens.map((t) => t.hash)).toContain(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(stored)).not.toContain(token);
    },
    T,
  );

  it('refuses a missing, wrong or revoked key with the same answer', async () => {
    const body = serializeDesign(twoRackDesign());
    const other = await h.server.admin.createPublishKey('temp');
    await h.server.admin.revokePublishKey(other.id);
    for (const key of [null, 'x'.repeat(43), other.key]) {
      const res = await publish(body, key);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthorized' });
    }
    expect(h.logger.lines.join('\n')).not.toContain(other.key);
  });

  it('refuses an invalid design with its JSON path, and a body over MAX_PUBLISH_BYTES', async () => {
    const bad = { ...twoRackDesign(), racks: { r1: { ...rack('r1'), heightU: 99 } } };
    const res = await publish(JSON.stringify(bad), publishKey);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^\$\.racks\.r1\.heightU: /);
    const big = await publish(' '.repeat(20_001), publishKey);
    expect(big.status).toBe(413);
  });

  it('answers the CORS preflight of the app', async () => {
    const res = await call('/api/rooms', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});

describe('publishDesign (the app side of Share with team)', () => {
  it('publishes and returns both links; explains a refused key, an invalid design and a dead server', async () => {
    const k = await h.server.admin.createPublishKey('app');
    const ok = await publishDesign(h.server.wsUrl, k.key, serializeDesign(twoRackDesign('Hall 9')));
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.room.name).toBe('Hall 9');
      expect(ok.room.edit.room).toBe(ok.room.room);
      expect(parseRoomLink(ok.room.viewLink)?.screen).toBe('portmap');
    }
    expect(await publishDesign(h.server.httpUrl, 'nope', '{}')).toEqual({
      ok: false,
      error: 'the server refused the publish key',
    });
    const bad = await publishDesign(h.server.httpUrl, k.key, JSON.stringify({ ...twoRackDesign(), name: 7 }));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^\$\.name: /) });
    const dead = await publishDesign('http://127.0.0.1:9', k.key, '{}');
    expect(dead).toMatchObject({ ok: false, error: expect.stringMatching(/^the server could not be reached/) });
    expect(await publishDesign('::', k.key, '{}')).toEqual({ ok: false, error: 'the server address is not a URL' });
  });

  it.each([
    ['sync.example.com:1234', 'http://sync.example.com:1234'],
    ['wss://sync.example.com/x?y#z', 'https://sync.example.com'],
    ['https://sync.example.com:8443/', 'https://sync.example.com:8443'],
    ['ftp://x', null],
    ['', null],
  ])('serverHttpBase(%s) = %s', (input, expected) => {
    expect(serverHttpBase(input)).toBe(expected);
  });
});

describe('admin API and the rest', () => {
  it('lists rooms with the admin key only, never with a publish key', async () => {
    expect((await call('/admin/rooms')).status).toBe(401);
    expect((await call('/admin/rooms', { headers: { authorization: `Bearer ${publishKey}` } })).status).toBe(401);
    const res = await call('/admin/rooms', { headers: { authorization: `Bearer ${adminKey}` } });
    expect(res.status).toBe(200);
    const rooms = (await res.json()) as { name: string; tokens: object[] }[];
    expect(rooms.map((r) => r.name)).toContain('Hall 7');
    expect(JSON.stringify(rooms)).not.toMatch(/"hash"/);
  });

  it('revokes a publish key through the admin API', async () => {
    const res = await call(`/admin/publish-keys/${publishKeyId}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}` },
    });
    expect(res.status).toBe(200);
    expect((await publish(serializeDesign(twoRackDesign()), publishKey)).status).toBe(401);
  });

  it('answers /health and 404 without revealing anything', async () => {
    expect(await (await call('/health')).json()).toEqual({ status: 'ok' });
    const res = await call('/api/rooms/abc');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
    expect(h.logger.lines.join('\n')).not.toContain(adminKey);
    expect(h.logger.lines.join('\n')).not.toContain(publishKey);
  });
});
