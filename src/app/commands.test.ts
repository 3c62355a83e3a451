/**
 * The one command table: every shortcut of the dialog comes from it, no chord is claimed twice,
 * the keyboard handler resolves every chord to its own command within its scope, and the palette
 * finds commands by name.
 */
import { describe, expect, it } from 'vitest';
import { designerStore } from '../store/store';
import { COMMANDS, command, isEnabled } from './commands';
import { findCommands, shortcutRows } from './commandViews';
import { chordLabel, chordMatches, chordsLabel, type KeyChord } from './keyChords';
import { commandForKey } from './keyboard';

/** A key event for a chord (letters upper-case with Shift, as browsers report them). */
const eventOf = (ch: KeyChord) => ({
  key: ch.shift && /^[a-z]$/.test(ch.key) ? ch.key.toUpperCase() : ch.key,
  ctrlKey: !!ch.mod,
  metaKey: false,
  shiftKey: !!ch.shift || ch.key === '?' || ch.key === '+',
  altKey: false,
});

describe('the command table', () => {
  it('has unique ids and claims each chord once', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const chords = COMMANDS.flatMap((c) => (c.keys ?? []).map(chordLabel));
    expect(chords.length).toBeGreaterThan(15);
    expect(new Set(chords).size).toBe(chords.length);
  });
  it('every shortcut in the dialog is a chord of the table, and every chord is in the dialog', () => {
    const dialog = shortcutRows().filter((g) => g.group !== 'Mouse and touch');
    const shown = dialog.flatMap((g) => g.rows.map(([k]) => k));
    const fromTable = COMMANDS.filter((c) => c.keys?.length).map((c) => chordsLabel(c.keys!));
    expect(shown).toEqual(fromTable);
    expect(shown).toContain('Ctrl/⌘ + Z');
    expect(shown).toContain('Ctrl/⌘ + Shift + Z / Ctrl/⌘ + Y');
    expect(shown).toContain('Ctrl/⌘ + K');
  });
  it('resolves every chord to its own command when nothing is typed in a field', () => {
    for (const c of COMMANDS)
      for (const k of c.keys ?? []) {
        const hit = commandForKey(
          eventOf(k),
          { typing: false, dialogOpen: false },
          COMMANDS.map((x) => ({ ...x, enabled: () => true })),
        );
        expect(hit?.id, chordLabel(k)).toBe(c.id);
      }
  });
  it.each([
    // [chord, typing, dialog open, expected command or none]
    [{ key: 'Delete' }, true, false, undefined],
    [{ key: 'Delete' }, false, true, undefined],
    [{ key: 'z', mod: true }, true, false, undefined],
    [{ key: 'z', mod: true }, false, true, 'undo'],
    [{ key: 'k', mod: true }, true, false, 'palette'],
    [{ key: 's', mod: true }, true, true, 'save'],
    [{ key: 'f', shift: true }, false, false, 'fit-all'],
    [{ key: 'f' }, false, false, 'fit-content'],
  ] as const)('%o typing=%s dialog=%s → %s', (ch, typing, dialogOpen, expected) => {
    const all = COMMANDS.map((x) => ({ ...x, enabled: () => true }));
    expect(commandForKey(eventOf(ch), { typing, dialogOpen }, all)?.id).toBe(expected);
  });
  it('skips a disabled command (its key falls through to the page)', () => {
    const all = COMMANDS.map((x) => (x.id === 'nudge-up' ? { ...x, enabled: () => false } : x));
    expect(commandForKey(eventOf({ key: 'ArrowUp' }), { typing: false, dialogOpen: false }, all)).toBeUndefined();
  });
});

describe('chords', () => {
  it.each([
    [{ key: 'z', mod: true }, { key: 'z', ctrlKey: true }, true],
    [{ key: 'z', mod: true }, { key: 'z', metaKey: true }, true],
    [{ key: 'z', mod: true }, { key: 'Z', ctrlKey: true, shiftKey: true }, false],
    [{ key: 'z', mod: true, shift: true }, { key: 'Z', ctrlKey: true, shiftKey: true }, true],
    [{ key: 'f' }, { key: 'f', altKey: true }, false],
    [{ key: '?' }, { key: '?', shiftKey: true }, true],
    [{ key: 'Delete' }, { key: 'Delete', ctrlKey: true }, false],
  ])('%o matches %o: %s', (ch, e, ok) => {
    expect(chordMatches(ch, { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...e })).toBe(ok);
  });
  it('prints chords the same way everywhere', () => {
    expect(chordLabel({ key: 'z', mod: true, shift: true })).toBe('Ctrl/⌘ + Shift + Z');
    expect(chordLabel({ key: 'ArrowUp' })).toBe('↑');
    expect(chordLabel({ key: '-' })).toBe('−');
  });
});

describe('the command palette search', () => {
  it.each([
    ['undo', 'undo'],
    ['fit', 'fit-all'],
    ['zoom to', 'fit-content'],
    ['port map pdf', 'export:portmap-pdf'],
    ['channel report', 'export:channels-pdf'],
    ['netbox cables', 'netbox:cables'],
  ])('"%s" → %s first', (q, id) => {
    expect(findCommands(q)[0]?.id).toBe(id);
  });
  it('lists everything for an empty query and nothing for nonsense', () => {
    expect(findCommands('')).toHaveLength(COMMANDS.length);
    expect(findCommands('zzqx')).toEqual([]);
  });
});

describe('edit commands while a design opens', () => {
  it('are greyed out (buttons, menus, palette) but their chords still run, so the store says why', () => {
    const a = designerStore.getState().actions;
    a.addRack({ name: 'R1' });
    const edits = ['add-rack', 'undo', 'delete', 'connect-by-label'].map(command);
    expect(edits.map(isEnabled)).toEqual([true, true, true, true]);
    a.setOpening('“Hall B”');
    try {
      expect(edits.map(isEnabled)).toEqual([false, false, false, false]);
      // Viewing and opening another design stay available.
      expect(['fit-all', 'designs', 'new', 'save'].map((id) => isEnabled(command(id)))).toEqual([
        true,
        true,
        true,
        true,
      ]);
      const undo = commandForKey(
        { key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false },
        {
          typing: false,
          dialogOpen: false,
        },
      );
      expect(undo?.id).toBe('undo');
      undo?.run();
      expect(Object.values(designerStore.getState().doc.racks).map((r) => r.name)).toEqual(['R1']);
      expect(designerStore.getState().session.notice?.text).toBe('Opening “Hall B” — wait a moment');
    } finally {
      a.setOpening(null);
    }
  });
});
