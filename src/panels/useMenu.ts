/**
 * State of a drop-down menu: open/closed, closed again by a pointer press outside it or by
 * Escape. Returns the state, its setter, the ref to put on the menu's container (`box`), the ref
 * to put on the button that opens it (`opener`), `close` (closes and puts the focus back on the
 * opener) and the container's `onKeyDown` (Escape closes an open menu, returns the focus to its
 * opener, and goes no further). Every menu of the app (toolbar menus, More, Columns, the status
 * notice) uses it, so each one closes and gives the focus back alike.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Open state of a drop-down menu that closes on an outside pointer press or on Escape. */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    close();
  };
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  return { open, setOpen, box, opener, close, onKeyDown };
}
