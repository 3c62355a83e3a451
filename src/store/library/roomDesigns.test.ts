/**
 * Room designs in the library (issue 11): the local copy of a room keeps the room's Yjs history
 * (a change made on the copy merges into the room without duplicating anything), and the binding
 * is found both ways; a deleted design is no longer the room's copy.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyDesign } from '../../core/design';
import { designToDoc } from '../../io/records';
import { LibraryDb } from './db';
import { deleteDesign, readStoredDesign } from './designs';
import { bindDesignToRoom, createDesignFromDoc, designForRoom, roomOfDesign } from './roomDesigns';

let n = 0;
const freshDb = () => new LibraryDb(`test-rooms-${++n}-${Date.now()}`);
const BINDING = { server: 'ws://127.0.0.1:1234', room: 'GjtDTlFyEX8gbAPIEN6C7A', token: 't'.repeat(43) };

describe('room designs', () => {
  it('the local copy shares the room history: an edit on it merges into the room as one new item', async () => {
    const db = freshDb();
    const room = designToDoc({ ...emptyDesign('Hall 3'), racks: {} });
    room.getMap('racks').set('r1', { id: 'r1', name: 'R01', heightU: 42, row: 'Row A', order: 0 });
    const row = await createDesignFromDoc(db, room, 'Joined room');
    expect(row.name).toBe('Hall 3');
    const read = await readStoredDesign(row.id);
    if (!read.ok) throw new Error(read.error);
    expect(Y.encodeStateVector(read.ydoc)).toEqual(Y.encodeStateVector(room)); // same history
    read.ydoc.getMap('meta').set('name', 'Hall 3 (edited)');
    const update = Y.encodeStateAsUpdate(read.ydoc, Y.encodeStateVector(room));
    Y.applyUpdate(room, update);
    expect(room.getMap('meta').get('name')).toBe('Hall 3 (edited)');
    expect(room.getMap('racks').size).toBe(1);
    expect(Y.decodeUpdate(update).structs).toHaveLength(1); // the rename only
  });

  it('finds the binding both ways; a deleted design is no longer the room copy', async () => {
    const db = freshDb();
    const row = await createDesignFromDoc(db, designToDoc(emptyDesign('Hall 3')), 'Joined room');
    expect(await designForRoom(db, BINDING.server, BINDING.room)).toBeNull();
    await bindDesignToRoom(db, row.id, BINDING);
    expect(await designForRoom(db, BINDING.server, BINDING.room)).toBe(row.id);
    expect(await roomOfDesign(db, row.id)).toEqual(BINDING);
    expect(await designForRoom(db, BINDING.server, 'another')).toBeNull();
    await deleteDesign(db, row.id);
    expect(await designForRoom(db, BINDING.server, BINDING.room)).toBeNull();
  });
});
