/**
 * Toolbar controls drawn from the command table: a button that runs one command (its title, its
 * hint and shortcut as the tooltip, greyed when it cannot run), and a drop-down menu listing the
 * commands of one group (Demos, Export, NetBox, Field test), whose entries carry a data attribute,
 * e.g. `data-demo="spine-leaf-sr4"`, for tests and scripts.
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
  fold,
}: {
  id: string;
  children?: ReactNode;
  pressed?: boolean;
  /** Accessible name when the visible label is a symbol (default: the command's title). */
  label?: string;
  /** Tooltip (default: hint and shortcut). */
  title?: string;
  className?: string;
  /** The key by which the toolbar may fold this button into More (`toolbarFold.ts`). */
  fold?: string;
}) {
  const c = command(id);
  return (
    <button
      type="button"
      className={className}
      data-command={id}
      data-fold={fold}
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

/**
 * The data attribute the entries of a group's menu carry, valued with the command id after its
 * `group:` prefix (`demo:spine-leaf-sr4` → `data-demo="spine-leaf-sr4"`), for tests and scripts.
 */
const MENU_ITEM_ATTR: Partial<Record<CommandGroup, string>> = {
  Demos: 'data-demo',
  Export: 'data-export',
  NetBox: 'data-netbox',
  'Field test': 'data-field',
};

/** A drop-down menu of the commands of `group`; each entry carries its group's `MENU_ITEM_ATTR`. */
export function CommandMenu({
  group,
  label,
  after,
  fold,
}: {
  group: CommandGroup;
  label: string;
  /** Shown next to the button (e.g. an export's progress). */
  after?: ReactNode;
  /** The key by which the toolbar may fold this menu into More (`toolbarFold.ts`). */
  fold?: string;
}) {
  const { open, setOpen, box, opener, onKeyDown } = useMenu();
  return (
    <div className="menu" ref={box} onKeyDown={onKeyDown} data-fold={fold}>
      <button
        ref={opener}
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
          <CommandMenuItems group={group} onRun={() => setOpen(false)} />
        </ul>
      )}
      {after}
    </div>
  );
}

/**
 * The entries of a command menu: one `<li>` per command of `group`, in table order, each a button
 * with the command's title and hint, greyed when it cannot run; `onRun` is called before the
 * command runs (the menu closes). Shared by the drop-down menus and the toolbar's More menu.
 */
export function CommandMenuItems({ group, onRun }: { group: CommandGroup; onRun: () => void }) {
  const attr = MENU_ITEM_ATTR[group];
  return COMMANDS.filter((c) => c.group === group).map((c) => (
    <li key={c.id}>
      <button
        type="button"
        {...(attr ? { [attr]: c.id.slice(c.id.indexOf(':') + 1) } : {})}
        disabled={!isEnabled(c)}
        onClick={() => {
          onRun();
          c.run();
        }}
      >
        {c.title}
        {c.hint && <span className="hint">{c.hint}</span>}
      </button>
    </li>
  ));
}
