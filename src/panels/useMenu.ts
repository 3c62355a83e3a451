/**
 * State of a toolbar drop-down menu: open/closed, closed again by a pointer press outside it or
 * by Escape. Returns the state, its setter, the ref to put on the menu's container, `close`
 * (closes and puts the focus back on `opener`, when given) and the container's `onKeyDown`
 * (Escape closes an open menu, and goes no further).
 */
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** Open state of a drop-down menu that closes on an outside pointer press or on Escape. */
export function useMenu(opener?: RefObject<HTMLElement | null>) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    opener?.current?.focus();
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
  return { open, setOpen, box, close, onKeyDown };
}
