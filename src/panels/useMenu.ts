/**
 * State of a toolbar drop-down menu: open/closed, closed again by a pointer press outside it.
 * Returns the state, its setter and the ref to put on the menu's container.
 */
import { useEffect, useRef, useState } from 'react';

/** Open state of a drop-down menu that closes on an outside pointer press. */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  return { open, setOpen, box };
}
