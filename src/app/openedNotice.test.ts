/**
 * New and the demos say what opened as soon as the design is on screen, not after its "Opened"
 * version is saved: with slow storage that save can end after the user has already edited, and a
 * notice arriving then would read as a reply to the edit. The notice comes once, and not at all
 * when the open fails (given up after 60 s).
 *
 * ```text
 *   New ──► createDesign ──► openDesignSession ──► bound ──► [notice] ──► close left ──► "Opened" version (held)
 *                                                    └── user edits here: the notice is already up
 * ```
 * The "Opened" version save is held back by a gate (`vi.mock` of store/library/versions).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMOS } from '../demos/demos';
import { LibraryDb } from '../store/library/db';
import { useLibrary } from '../store/library/instance';
import type * as Versions from '../store/library/versions';
import { designerStore } from '../store/store';
import { libraryState } from './designLibrary';
import { OPEN_GIVE_UP_MS } from './openingState';
import { loadDemo, NEW_DESIGN_NOTICE, startNewDesign } from './viewCommands';

/** The gate holding the saves of versions labelled `label` ("Opened" unless told; other versions pass). */
const gate = vi.hoisted(() => {
  const g = { label: '', waiting: 0, release: () => undefined as void, opened: Promise.resolve() };
  return {
    g,
    hold(label = 'Opened') {
      g.label = label;
      g.opened = new Promise<void>((r) => (g.release = r));
    },
  };
});

vi.mock('../store/library/versions', async (original) => {
  const real = await original<typeof Versions>();
  return {
    ...real,
    saveVersion: async (...args: Parameters<typeof real.saveVersion>) => {
      if (gate.g.label && args[4] === gate.g.label) {
        gate.g.waiting += 1;
        await gate.g.opened;
      }
      return real.saveVersion(...args);
    },
  };
});

const state = () => designerStore.getState();

/** Every notice posted from now on (each `notify` makes a new notice object). */
function recordNotices(): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const stop = designerStore.subscribe((s, prev) => {
    if (s.session.notice && s.session.notice !== prev.session.notice) texts.push(s.session.notice.text);
  });
  return { texts, stop };
}

beforeEach(() => {
  useLibrary(new LibraryDb(`ui19-notice-${Date.now()}-${Math.random()}`));
  gate.g.label = '';
  gate.g.waiting = 0;
});
afterEach(() => {
  vi.useRealTimers();
  gate.g.release();
  gate.g.label = '';
});

describe('New and demos post their notice when the design is bound', () => {
  it('New: the notice is up while the "Opened" version is still being saved, and comes once', async () => {
    const before = libraryState.getState().currentId;
    gate.hold();
    const notices = recordNotices();
    const done = startNewDesign();
    await vi.waitFor(() => expect(gate.g.waiting).toBe(1));
    // Bound: the new design is on screen and editable, its version not saved yet.
    expect(libraryState.getState().currentId).not.toBe(before);
    expect(state().doc.name).toBe('Untitled design');
    expect(state().session.opening).toBeNull();
    expect(state().session.notice).toMatchObject({ tone: 'info', text: NEW_DESIGN_NOTICE });
    // The user edits before the save ends; the notice is not posted again after it.
    expect(state().actions.addRack({ name: 'Right away' })).not.toBeNull();
    gate.g.release();
    await done;
    notices.stop();
    expect(notices.texts.filter((t) => t === NEW_DESIGN_NOTICE)).toHaveLength(1);
  });

  it('a demo: its blurb is up before the "Opened" version is saved, once', async () => {
    const demo = DEMOS[0]!;
    const text = `${demo.title}: ${demo.blurb}`;
    gate.hold();
    const notices = recordNotices();
    const done = loadDemo(demo.id);
    await vi.waitFor(() => expect(gate.g.waiting).toBe(1));
    expect(state().doc.name).toBe(demo.build().name);
    expect(state().session.notice).toMatchObject({ tone: 'info', text });
    gate.g.release();
    expect(await done).toBe(true);
    notices.stop();
    expect(notices.texts.filter((t) => t === text)).toHaveLength(1);
  });

  it('a demo whose open is given up (storage hung past 60 s) never posts its blurb, and reports false', async () => {
    // Only setTimeout is faked: fake-indexeddb schedules with setImmediate and keeps running.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const demo = DEMOS[1]!;
    gate.hold(`New from the demo “${demo.title}”`); // createDesign's first version: the open hangs there
    const notices = recordNotices();
    const done = loadDemo(demo.id);
    await vi.waitFor(() => expect(gate.g.waiting).toBe(1));
    await vi.advanceTimersByTimeAsync(OPEN_GIVE_UP_MS + 1000);
    expect(state().session.opening).toBeNull();
    expect(state().session.notice?.text).toMatch(/^Not opened: /);
    vi.useRealTimers();
    gate.g.release(); // the late open finishes, but does not bind
    expect(await done).toBe(false);
    notices.stop();
    expect(notices.texts.filter((t) => t.includes(demo.blurb))).toEqual([]);
  });
});
