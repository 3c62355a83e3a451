/**
 * The library's opening flows hold the store's `opening` flag from the call until the next design
 * is bound: an edit made meanwhile (the "+ Rack right after New" race) is refused and lands in
 * neither design; after the open, edits land in the new design; a failed or hung open clears the
 * flag, shows the error and leaves the design on screen editable.
 *
 * ```text
 *   A open ── openAsNewDesign(B) ──► [createDesign … openDesignSession] ──► B bound
 *                 │ flag “B” set          addRack → refused                 │ flag cleared
 *                 └────────────────────────────────────────────────────────┘ addRack → B
 * ```
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../core/design';
import { docToDesign } from '../io/records';
import { LibraryDb } from '../store/library/db';
import { readStoredDesign } from '../store/library/designs';
import { useLibrary } from '../store/library/instance';
import { designerStore } from '../store/store';
import { currentSession, libraryState, openAsNewDesign, openDesignById } from './designLibrary';
import { importFiles } from './importFlow';
import { OPEN_GIVE_UP_MS } from './openingState';
import { serializeDesign } from '../io/saveDesign';

const state = () => designerStore.getState();
const act = () => designerStore.getState().actions;
const racks = (d: { racks: Record<string, { name: string }> }) =>
  Object.values(d.racks)
    .map((r) => r.name)
    .sort();
const storedRacks = async (id: string) => {
  const r = await readStoredDesign(id);
  if (!r.ok) throw new Error(r.error);
  return racks(r.design);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('opening a design takes no edits until it is bound', () => {
  it('an edit right after New is refused in both designs; after the open it lands in the new one', async () => {
    useLibrary(new LibraryDb(`open18-${Date.now()}`));
    expect(await openAsNewDesign(emptyDesign('Hall A'), 'open', 'A')).toBe(true);
    const idA = libraryState.getState().currentId as string;
    act().addRack({ name: 'A1' });
    await currentSession()?.flush();

    const opening = openAsNewDesign(emptyDesign('Hall B'), 'open', 'B');
    // Before the first await resolves: the flag is up and the status bar can say so.
    expect(state().session.opening).toEqual({ what: '“Hall B”' });
    expect(act().addRack({ name: 'Too early' })).toBeNull();
    act().undo();
    expect(state().session.notice).toMatchObject({ tone: 'info', text: 'Opening “Hall B” — wait a moment' });
    expect(racks(state().doc)).toEqual(['A1']);

    expect(await opening).toBe(true);
    const idB = libraryState.getState().currentId as string;
    expect(idB).not.toBe(idA);
    expect(state().session.opening).toBeNull();
    expect(state().doc.name).toBe('Hall B');
    expect(act().addRack({ name: 'B1' })).not.toBeNull();
    expect(racks(docToDesign(currentSession()!.ydoc).design)).toEqual(['B1']);
    await currentSession()?.flush();
    expect(await storedRacks(idA)).toEqual(['A1']);
    expect(await storedRacks(idB)).toEqual(['B1']);
  });

  it('an open that fails clears the flag, shows the error, and the design on screen stays editable', async () => {
    const name = state().doc.name;
    const broken = { designs: { get: () => Promise.reject(new Error('the disk is gone')) } };
    useLibrary(broken as unknown as LibraryDb);
    const opening = openDesignById('some-design');
    expect(state().session.opening).toEqual({ what: 'a stored design' });
    expect(await opening).toBe(false);
    expect(state().session.opening).toBeNull();
    expect(state().session.notice).toMatchObject({ tone: 'error' });
    expect(state().session.notice?.text).toContain('the disk is gone');
    expect(state().doc.name).toBe(name);
    expect(act().addRack({ name: 'After the failure' })).not.toBeNull();
  });

  it('an open that hangs is given up: the flag clears, the error is shown, and later opens still run', async () => {
    vi.useFakeTimers();
    const name = state().doc.name;
    const hung = { designs: { get: () => new Promise(() => undefined) } };
    useLibrary(hung as unknown as LibraryDb);
    const opening = openDesignById('stuck-design');
    await vi.advanceTimersByTimeAsync(OPEN_GIVE_UP_MS - 1000);
    expect(state().session.opening).toEqual({ what: 'a stored design' });
    expect(act().addRack({ name: 'While stuck' })).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(state().session.opening).toBeNull();
    expect(state().session.notice?.tone).toBe('error');
    expect(state().session.notice?.text).toMatch(/^Not opened: a stored design took more than 60 s/);
    expect(state().doc.name).toBe(name);
    expect(act().addRack({ name: 'After giving up' })).not.toBeNull();
    void opening;
    // The hung flow does not stall the queue: the next open (in memory now) runs.
    useLibrary(null);
    expect(await openAsNewDesign(emptyDesign('Hall C'), 'open', 'C')).toBe(true);
    expect(state().doc.name).toBe('Hall C');
    expect(state().session.opening).toBeNull();
  });

  it('an opened file holds the flag from the choice, while it is read and checked, until it is bound', async () => {
    useLibrary(new LibraryDb(`open18-file-${Date.now()}`));
    const file = new File([serializeDesign(emptyDesign('Hall from a file'))], 'hall.mpo.json');
    const opening = importFiles([file]);
    expect(state().session.opening).toEqual({ what: '“hall.mpo.json”' });
    expect(act().addRack({ name: 'While reading' })).toBeNull();
    await opening;
    expect(state().session.opening).toBeNull();
    expect(state().doc.name).toBe('Hall from a file');
    expect(racks(state().doc)).toEqual([]);
  });

  it('a refused file ends the flag and leaves the design on screen editable', async () => {
    const name = state().doc.name;
    const opening = importFiles([new File(['{"schemaVersion": 1, "name": 5}'], 'broken.mpo.json')]);
    expect(state().session.opening).toEqual({ what: '“broken.mpo.json”' });
    await opening;
    expect(state().session.opening).toBeNull();
    expect(state().doc.name).toBe(name);
    expect(act().addRack({ name: 'After the refusal' })).not.toBeNull();
  });
});
