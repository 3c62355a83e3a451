/**
 * The update gate: what an editor's Yjs update may write (issue 11). Each case builds a client
 * doc from the server's state, makes one change, and checks the update the client would send.
 * Expectations come from the design format (designSchema limits: heightU ≤ 60, designMarginDb
 * ≤ 20) and from the document model (root maps, plain JSON records, id = key), not from the gate.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rack, twoRackDesign } from '../testing/designFixtures';
import { designToDoc } from './recordContract';
import { checkUpdate } from './updateGate';

/** A fresh server doc holding the two-rack design, and a client doc synced with it. */
function room() {
  const server = designToDoc(twoRackDesign());
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update a change on `client` produces, relative to what `server` already has. */
function change(server: Y.Doc, client: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  edit(client);
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
}

type Case = { name: string; edit: (doc: Y.Doc) => void; reason: null | 'invalid-update' | 'resync'; detail?: RegExp };

const CASES: Case[] = [
  { name: 'rename a rack', edit: (d) => d.getMap('racks').set('r1', rack('r1', 'R01 renamed')), reason: null },
  { name: 'add a rack', edit: (d) => d.getMap('racks').set('r3', rack('r3')), reason: null },
  { name: 'delete a rack', edit: (d) => d.getMap('racks').delete('r2'), reason: null },
  { name: 'rename the design', edit: (d) => d.getMap('meta').set('name', 'Hall 4'), reason: null },
  {
    name: 'rack taller than 60 U (overwrite: parent found through the origin in the doc)',
    edit: (d) => d.getMap('racks').set('r1', { ...rack('r1'), heightU: 61 }),
    reason: 'invalid-update',
    detail: /^\$\.racks\.r1\.heightU: /,
  },
  {
    name: 'record id differs from its key',
    edit: (d) => d.getMap('racks').set('r3', rack('r9')),
    reason: 'invalid-update',
    detail: /^\$\.racks\.r3\.id: id "r9" does not match its key "r3"/,
  },
  {
    name: 'unknown field in a rack',
    edit: (d) => d.getMap('racks').set('r3', { ...rack('r3'), colour: 'red' }),
    reason: 'invalid-update',
    detail: /^\$\.racks\.r3\.colour: /,
  },
  {
    name: 'design margin over 20 dB',
    edit: (d) => d.getMap('meta').set('settings', { ...twoRackDesign().settings, designMarginDb: 21 }),
    reason: 'invalid-update',
    detail: /^\$\.settings\.designMarginDb: /,
  },
  {
    name: 'unknown meta field',
    edit: (d) => d.getMap('meta').set('owner', 'x'),
    reason: 'invalid-update',
    detail: /^\$\.owner: not a field of the design$/,
  },
  {
    name: 'design name removed',
    edit: (d) => d.getMap('meta').delete('name'),
    reason: 'invalid-update',
    detail: /^\$\.name: may be replaced, not removed$/,
  },
  {
    name: 'nested Y.Map as a record',
    edit: (d) => d.getMap('racks').set('r3', new Y.Map()),
    reason: 'invalid-update',
    detail: /nested Y types/,
  },
  {
    name: 'unknown root map',
    edit: (d) => d.getMap('evil').set('x', 1),
    reason: 'invalid-update',
    detail: /"evil" is not a collection/,
  },
  {
    name: 'a Y.Text root',
    edit: (d) => d.getText('notes').insert(0, 'hi'),
    reason: 'invalid-update',
    detail: /ContentString is not part of the design format/,
  },
  {
    name: 'binary value',
    edit: (d) => d.getMap('racks').set('r3', new Uint8Array([1, 2])),
    reason: 'invalid-update',
    detail: /ContentBinary/,
  },
  {
    name: 'a __proto__ key inside a record (decoded as a prototype, not a field)',
    edit: (d) => d.getMap('racks').set('r3', JSON.parse('{"__proto__":{"id":"r3"},"name":"x"}')),
    reason: 'invalid-update',
    detail: /^\$\.racks\.r3: not a plain JSON object$/,
  },
  {
    name: 'a key set twice offline, the second value invalid (origin inside the update)',
    edit: (d) => {
      d.getMap('racks').set('r4', rack('r4'));
      d.getMap('racks').set('r4', { ...rack('r4'), heightU: 0 });
    },
    reason: 'invalid-update',
    detail: /^\$\.racks\.r4\.heightU: /,
  },
];

describe('checkUpdate: one change from an editor', () => {
  it.each(CASES)('$name', ({ edit, reason, detail }) => {
    const { server, client } = room();
    const update = change(server, client, edit);
    const result = checkUpdate(server, update);
    if (reason === null) {
      expect(result).toMatchObject({ ok: true, changesDocument: true });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe(reason);
        expect(result.detail).toMatch(detail as RegExp);
      }
    }
  });

  it('the overwrite case really resolves the parent through the origin: the update carries no parent', () => {
    const { server, client } = room();
    const update = change(server, client, (d) => d.getMap('racks').set('r1', rack('r1', 'x')));
    const { structs } = Y.decodeUpdate(update);
    const item = structs.find((s): s is Y.Item => s instanceof Y.Item);
    expect(item?.parent).toBeNull();
    expect(item?.origin).not.toBeNull();
    expect(checkUpdate(server, update)).toMatchObject({ ok: true });
  });

  it('an update already applied changes nothing', () => {
    const { server, client } = room();
    const update = change(server, client, (d) => d.getMap('racks').set('r3', rack('r3')));
    Y.applyUpdate(server, update);
    expect(checkUpdate(server, update)).toEqual({ ok: true, changesDocument: false, values: 0 });
  });

  it('an update following one the server never got asks for a resync (Yjs would hold it as pending)', () => {
    const { server, client } = room();
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    client.getMap('racks').set('r3', rack('r3'));
    client.getMap('racks').set('r5', rack('r5'));
    expect(updates).toHaveLength(2);
    expect(checkUpdate(server, updates[1] as Uint8Array)).toMatchObject({ ok: false, reason: 'resync' });
    expect(checkUpdate(server, updates[0] as Uint8Array)).toMatchObject({ ok: true });
  });

  it('an overwrite of a value another client made and the server lacks asks for a resync', () => {
    const { server, client: a } = room();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    a.getMap('racks').set('r3', rack('r3', 'from a'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a)); // b hears of a's change peer-to-peer
    const sv = Y.encodeStateVector(b);
    b.getMap('racks').set('r3', rack('r3', 'from b'));
    const onlyB = Y.encodeStateAsUpdate(b, sv);
    expect(checkUpdate(server, onlyB)).toMatchObject({ ok: false, reason: 'resync' });
  });

  it('refuses an update over the size limit before decoding it', () => {
    const { server, client } = room();
    const update = change(server, client, (d) => d.getMap('racks').set('r3', rack('r3')));
    expect(checkUpdate(server, update, update.byteLength)).toMatchObject({ ok: true });
    expect(checkUpdate(server, update, update.byteLength - 1)).toEqual({
      ok: false,
      reason: 'too-large',
      detail: `update of ${update.byteLength} bytes; the limit is ${update.byteLength - 1} bytes`,
    });
  });

  it('refuses bytes that are not an update', () => {
    const { server } = room();
    expect(checkUpdate(server, new Uint8Array([255, 255, 255, 255, 1]))).toMatchObject({
      ok: false,
      reason: 'invalid-update',
    });
  });

  it('checks the server doc is left unchanged by a refused update', () => {
    const { server, client } = room();
    const before = Y.encodeStateVector(server);
    checkUpdate(
      server,
      change(server, client, (d) => d.getMap('racks').set('r1', { ...rack('r1'), heightU: 99 })),
    );
    expect(Y.encodeStateVector(server)).toEqual(before);
    expect((server.getMap('racks').get('r1') as { heightU: number }).heightU).toBe(42);
  });
});
