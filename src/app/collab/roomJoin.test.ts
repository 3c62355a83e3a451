/**
 * Joining a live room holds the opening flag (`session.opening`) from the click until the room's
 * copy is bound, or the join fails: the design on screen is the one being left, so edits made
 * meanwhile are refused. Here the join fails — the sync server never answers, and the first sync
 * is given up after 15 s (fake timers) — so the flag must clear, the reason must be shown, and the
 * design on screen must take edits again, unchanged by the attempt.
 *
 * ```text
 *   "Hall A" open ── joinRoom(hall-7) ──► readRoom: connecting … 15 s ──► given up
 *                      │ flag “the live room “hall-7”” set       │ flag cleared, error shown
 *                      │ addRack / undo refused (A unchanged)     │ addRack → A
 * ```
 * The room connection is a stand-in that stays "connecting" (no network in unit tests).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../../core/design';
import type { RoomLink } from '../../io/collab/roomLink';
import { LibraryDb } from '../../store/library/db';
import { useLibrary } from '../../store/library/instance';
import { designerStore } from '../../store/store';
import { libraryState, openAsNewDesign } from '../designLibrary';
import { joinRoom } from './roomSession';

/** The stand-in connections made, and how many were destroyed. */
const conns = vi.hoisted(() => ({ made: 0, destroyed: 0 }));

vi.mock('../../io/collab/roomConnection', () => ({
  /** A connection to a server that never answers: always "connecting". */
  RoomConnection: class {
    constructor() {
      conns.made += 1;
    }
    get status() {
      return { kind: 'connecting', pending: false };
    }
    subscribe() {
      return () => undefined;
    }
    destroy() {
      conns.destroyed += 1;
    }
  },
}));

const LINK: RoomLink = { server: 'wss://sync.example:1234', room: 'hall-7', token: 'tok', screen: 'designer' };
const WHAT = 'the live room “hall-7”';
const state = () => designerStore.getState();
const act = () => designerStore.getState().actions;
const rackNames = () =>
  Object.values(state().doc.racks)
    .map((r) => r.name)
    .sort();

afterEach(() => {
  vi.useRealTimers();
});

describe('joining a live room holds the opening flag', () => {
  it('a join whose server never answers: flag from the click, edits refused, cleared after the 15 s give-up', async () => {
    useLibrary(new LibraryDb(`ui19-room-${Date.now()}`));
    expect(await openAsNewDesign(emptyDesign('Hall A'), 'open', 'A')).toBe(true);
    act().addRack({ name: 'A1' });
    const idA = libraryState.getState().currentId;

    // Fake the clock (the 15 s deadline reads Date.now, its polls use setTimeout); fake-indexeddb
    // schedules with setImmediate and keeps running.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const join = joinRoom(LINK);
    // Set at the call, before the first await.
    expect(state().session.opening).toEqual({ what: WHAT });
    expect(act().addRack({ name: 'Too early' })).toBeNull();
    act().undo();
    expect(state().session.notice).toMatchObject({ tone: 'info', text: `Opening ${WHAT} — wait a moment` });

    await vi.advanceTimersByTimeAsync(14_000);
    expect(conns.made).toBe(1);
    expect(state().session.opening).toEqual({ what: WHAT });
    expect(act().renameDesign('Renamed while joining')).toBe(false);
    expect(rackNames()).toEqual(['A1']);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(await join).toBe(false);
    expect(state().session.opening).toBeNull();
    expect(state().session.notice).toEqual(
      expect.objectContaining({
        tone: 'error',
        text: 'The room could not be joined: the sync server wss://sync.example:1234 could not be reached; nothing was changed',
      }),
    );
    expect(conns.destroyed).toBe(1);
    // The design on screen is the one left, unchanged, and editable again.
    expect(libraryState.getState().currentId).toBe(idA);
    expect(state().doc.name).toBe('Hall A');
    expect(rackNames()).toEqual(['A1']);
    expect(act().addRack({ name: 'A2' })).not.toBeNull();
    expect(rackNames()).toEqual(['A1', 'A2']);
  });
});
