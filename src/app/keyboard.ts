/**
 * Global keyboard shortcuts (see the `?` dialog): undo/redo, delete, nudge by one U, Escape,
 * faces, zoom. Keys typed into a form field or a dialog are left alone.
 */
import { useEffect } from 'react';
import { designerStore } from '../store/store';
import { zoomBy } from './viewCommands';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));

/** Installs the shortcuts on `window`. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = designerStore.getState();
      const a = s.actions;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        if (isTyping(e.target)) return;
        e.preventDefault();
        if (e.shiftKey) a.redo();
        else a.undo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'y') {
        if (isTyping(e.target)) return;
        e.preventDefault();
        a.redo();
        return;
      }
      if (isTyping(e.target) || mod || e.altKey) return;
      if (s.session.shortcutsOpen || document.querySelector('dialog[open]')) return;
      switch (e.key) {
        case 'Delete':
        case 'Backspace':
          e.preventDefault();
          a.deleteSelection();
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          if (s.session.selection?.kind !== 'device') return;
          e.preventDefault();
          a.nudgeSelection(e.key === 'ArrowUp' ? 1 : -1);
          break;
        case 'Escape':
          a.escape();
          break;
        case '?':
          a.setShortcutsOpen(true);
          break;
        case 'f':
          a.requestView('fit-content');
          break;
        case 'F':
          a.requestView('fit-all');
          break;
        case '+':
        case '=':
          zoomBy(1.25);
          break;
        case '-':
          zoomBy(1 / 1.25);
          break;
        case '1':
          a.setFace('front');
          break;
        case '2':
          a.setFace('rear');
          break;
        case '3':
          a.setFace('both');
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
