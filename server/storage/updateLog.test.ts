/**
 * The update log (issue 11): group commit, commit-before-apply, compaction into a snapshot,
 * quarantine of an unreadable entry, and rooms kept apart.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tempDataDir } from '../testing/serverHarness';
import { logKey, openRoomDatabase, roomRange, type RoomDatabase } from './roomDatabase';
import { UpdateLog } from './updateLog';

let store: RoomDatabase | null = null;
let dir = '';

afterEach(async () => {
  await store?.db.close();
  store = null;
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<{ store: RoomDatabase; log: UpdateLog }> {
  dir = await tempDataDir();
  store = await openRoomDatabase(dir);
  return { store, log: new UpdateLog(store) };
}

/** `n` updates of a doc, each setting key `k<i>` of map `racks`. */
function updates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < n; i++) doc.getMap('racks').set(`k${i}`, { i });
  return out;
}

const roomKeys = async (s: RoomDatabase, room: string) => s.log.keys(roomRange(room)).all();

describe('UpdateLog', () => {
  it('groups concurrent appends into few fsynced batches and applies each only after it is stored', async () => {
    const { store: s, log } = await open();
    const doc = new Y.Doc();
    const seen: boolean[] = [];
    const us = updates(50);
    await Promise.all(
      us.map((u, i) =>
        log.append('room1', u, () => {
          // The entry must already be readable from the database when the callback runs.
          void s.log.get(logKey('room1', i + 1)).then((v) => seen.push(v !== undefined));
          Y.applyUpdate(doc, u);
        }),
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(50);
    expect(seen.every(Boolean)).toBe(true);
    expect(log.stats.updates).toBe(50);
    expect(log.stats.batches).toBeLessThanOrEqual(2); // the first alone, the other 49 together
    expect(doc.getMap('racks').size).toBe(50);
  });

  it('compaction folds the log into a snapshot; loading gives the same document', async () => {
    const { store: s, log } = await open();
    const doc = new Y.Doc();
    for (const u of updates(20)) await log.append('room1', u, () => Y.applyUpdate(doc, u));
    for (const u of updates(3)) await log.append('room2', u, () => undefined);
    expect(await roomKeys(s, 'room1')).toHaveLength(20);
    const r = await log.compact('room1', doc);
    expect(r.entriesRemoved).toBe(20);
    expect(await roomKeys(s, 'room1')).toHaveLength(0);
    expect(await roomKeys(s, 'room2')).toHaveLength(3); // another room's log is untouched
    const again = new Y.Doc();
    const loaded = await new UpdateLog(s).loadInto('room1', again);
    expect(loaded).toMatchObject({ entriesApplied: 0, entriesQuarantined: 0 });
    expect(again.getMap('racks').toJSON()).toEqual(doc.getMap('racks').toJSON());
  });

  it('moves an entry Yjs cannot apply to the quarantine, byte for byte, and loads the rest', async () => {
    const { store: s, log } = await open();
    const [u1, u2] = updates(2) as [Uint8Array, Uint8Array];
    await log.append('room1', u1, () => undefined);
    const garbage = new Uint8Array([9, 9, 9, 9]);
    await s.log.put(logKey('room1', 2), garbage);
    await s.log.put(logKey('room1', 3), u2);
    const quarantined: string[] = [];
    const doc = new Y.Doc();
    const r = await new UpdateLog(s).loadInto('room1', doc, (seq) => quarantined.push(seq));
    expect(r).toMatchObject({ entriesApplied: 2, entriesQuarantined: 1 });
    expect(quarantined).toEqual(['0000000000000002']);
    expect(new Uint8Array((await s.quarantine.get(logKey('room1', 2))) as Uint8Array)).toEqual(garbage);
    expect(await s.log.get(logKey('room1', 2))).toBeUndefined();
    expect(doc.getMap('racks').size).toBe(2);
  });
});
