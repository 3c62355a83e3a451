/**
 * The read-only lock of a view-only room link (issue 11): every edit is refused with the reason,
 * nothing reaches the document, and unlocking restores editing.
 */
import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../core/design';
import { createDesignerStore } from './store';

describe('read-only lock', () => {
  it('refuses every edit with its reason, writes nothing, and unlocks', () => {
    const store = createDesignerStore(emptyDesign('Hall 3'));
    const a = store.getState().actions;
    a.setReadOnly('View-only link: this design cannot be changed here');
    const before = store.getState().doc;
    expect(a.addRack({ name: 'R9' })).toBeNull();
    a.renameDesign('Hall 4');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().session.notice?.text).toBe(
      'Not changed: View-only link: this design cannot be changed here',
    );
    a.setReadOnly(null);
    expect(a.addRack({ name: 'R9' })).not.toBeNull();
    expect(Object.values(store.getState().doc.racks).map((r) => r.name)).toEqual(['R9']);
  });
});
