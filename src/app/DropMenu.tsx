/**
 * A toolbar drop-down menu: the toggle button, the list (closed by Escape or a press outside),
 * an optional progress indicator while the menu's work runs, and extra content (dialogs).
 */
import type { ReactNode } from 'react';
import { useMenu } from './useMenu';

/** Props of a drop-down menu; `items` gets a `close` callback to call before acting. */
export interface DropMenuProps {
  /** Button text, e.g. `Export ▾`. */
  readonly label: string;
  /** Accessible name of the list. */
  readonly listLabel: string;
  /** Progress text (disables the button while set). */
  readonly busy?: string | null;
  readonly items: (close: () => void) => ReactNode;
  /** Rendered after the menu (dialogs the menu opens). */
  readonly children?: ReactNode;
}

/** The drop-down menu. */
export function DropMenu({ label, listLabel, busy = null, items, children }: DropMenuProps) {
  const { open, setOpen, box } = useMenu();
  return (
    <div
      className="menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          e.stopPropagation();
        }
      }}
    >
      <button
        type="button"
        className="btn"
        aria-haspopup="true"
        aria-expanded={open}
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <ul className="menu-list" aria-label={listLabel}>
          {items(() => setOpen(false))}
        </ul>
      )}
      {busy && (
        <span className="export-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {busy}
        </span>
      )}
      {children}
    </div>
  );
}
