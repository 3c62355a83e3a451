/**
 * Global keyboard shortcuts, from the one command table (`commands.ts`): the first command whose
 * chord matches the key runs, within its scope (plain keys are left alone while typing in a field
 * or while a dialog is open; Ctrl/⌘ chords except Ctrl/⌘ + K and + S are left to fields).
 */
import { useEffect } from 'react';
import { designerStore } from '../store/store';
import { COMMANDS, runsFromKeyboard, type Command } from './commands';
import { chordMatches, type KeyEventLike } from './keyChords';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));

/** What the handler needs to know about the page when a key goes down. */
export interface KeyContext {
  readonly typing: boolean;
  readonly dialogOpen: boolean;
}

/**
 * The command a key event runs in `ctx`, or undefined (the key then does what the page does).
 * Pure over the table: the tests check every chord of the dialog resolves to its own command.
 */
export function commandForKey(e: KeyEventLike, ctx: KeyContext, commands: readonly Command[] = COMMANDS) {
  return commands.find((c) => {
    if (!c.keys?.some((k) => chordMatches(k, e))) return false;
    const scope = c.scope ?? (c.keys.some((k) => k.mod) ? 'not-typing' : 'canvas');
    if (scope === 'canvas' && (ctx.typing || ctx.dialogOpen)) return false;
    if (scope === 'not-typing' && ctx.typing) return false;
    return runsFromKeyboard(c);
  });
}

/** Installs the shortcuts on `window`. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dialogOpen = designerStore.getState().session.shortcutsOpen || !!document.querySelector('dialog[open]');
      const c = commandForKey(e, { typing: isTyping(e.target), dialogOpen });
      if (!c) return;
      // Escape stays unprevented: dialogs and menus close on it too.
      if (c.id !== 'escape') e.preventDefault();
      c.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
