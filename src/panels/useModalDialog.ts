/**
 * Keeps a native `<dialog>` in step with a boolean: `showModal()` when it becomes true, `close()`
 * when it becomes false. Returns the ref to put on the dialog element.
 */
import { useEffect, useRef } from 'react';

/** A ref for a `<dialog>` that is modal exactly while `open` is true. */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
