/**
 * Toolbar controls drawn from the command table: a button that runs one command (its title, its
 * hint and shortcut as the tooltip, greyed when it cannot run), and a drop-down menu listing the
 * commands of one group (Demos, Export, NetBox). `item` adds a data attribute per entry, e.g.
 * `data-demo="spine-leaf-sr4"`, for tests and scripts.
 */
import type { ReactNode } from 'react';
import { useMenu } from '../panels/useMenu';
import { COMMANDS, command, isEnabled, type CommandGroup } from './commands';
import { chordsLabel } from './keyChords';

/** Tooltip of a command: hint and shortcut. */
const tooltip = (id: string): string => {
  const c = command(id);
  const keys = c.keys?.length ? ` (${chordsLabel(c.keys)})` : '';
  return `${c.hint ?? c.title}${keys}`;
};

/** A toolbar button running command `id`. `children` replace the title as the visible label. */
export function CommandButton({
  id,
  children,
  pressed,
  label,
  title,
  className = 'btn',
}: {
  id: string;
  children?: ReactNode;
  pressed?: boolean;
  /** Accessible name when the visible label is a symbol (default: the command's title). */
  label?: string;
  /** Tooltip (default: hint and shortcut). */
  title?: string;
  className?: string;
}) {
  const c = command(id);
  return (
    <button
      type="button"
      className={className}
      data-command={id}
      disabled={!isEnabled(c)}
      aria-pressed={pressed}
      aria-label={label}
      title={title ?? tooltip(id)}
      onClick={() => c.run()}
    >
      {children ?? c.title}
    </button>
  );
}

/** A drop-down menu of the commands of `group`; `item(id)` gives each entry its data attribute. */
export function CommandMenu({
  group,
  label,
  item,
  after,
}: {
  group: CommandGroup;
  label: string;
  item: (id: string) => Record<string, string>;
  /** Shown next to the button (e.g. an export's progress). */
  after?: ReactNode;
}) {
  const { open, setOpen, box } = useMenu();
  const list = COMMANDS.filter((c) => c.group === group);
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
        onClick={() => setOpen((o) => !o)}
      >
        {label} ▾
      </button>
      {open && (
        <ul className="menu-list" aria-label={label}>
          {list.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                {...item(c.id)}
                disabled={!isEnabled(c)}
                onClick={() => {
                  setOpen(false);
                  c.run();
                }}
              >
                {c.title}
                {c.hint && <span className="hint">{c.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {after}
    </div>
  );
}
