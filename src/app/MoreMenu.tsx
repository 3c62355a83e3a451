/**
 * The toolbar's More menu (⋯), on a narrow screen (`COMPACT_TOOLBAR`: less than 1,280 px wide — the
 * iPad, a small laptop, a 1024×768 projector): the less used commands — the Designs view, the port
 * map, the command palette, the shortcuts, and the Demos, NetBox and Field test menus' commands
 * under their headings — folded into one drop-down, so that the toolbar stays one line (of 44 px
 * targets on touch). Every entry runs the same command as its wide-screen button (same data attributes,
 * same shortcut). A disclosure: the button says whether the list is open (aria-expanded); Tab
 * walks the entries; Escape, an outside press or running an entry closes it and puts the focus
 * back on the button.
 */
import { useId } from 'react';
import { useMenu } from '../panels/useMenu';
import { useDesigner } from '../store/store';
import { CommandButton, CommandMenuItems } from './CommandMenu';
import { command, RACK_FACES, type CommandGroup } from './commands';

/**
 * When the toolbar folds its less used commands into More: below 1,280 px wide, with a mouse or
 * touch (the stylesheet's narrow layout, `styles.css` `max-width: 1279px`). Wider, every command
 * has its own button.
 */
export const COMPACT_TOOLBAR = '(max-width: 1279px)';

/** The groups whose menus fold into More, in order, each under its heading. */
const FOLDED_MENUS: readonly CommandGroup[] = ['Demos', 'NetBox', 'Field test'];

/** A toolbar button folded into More (`toolbarFold.ts` keys), as an entry of its first list. */
const FOLDED_BUTTONS: readonly string[] = ['new', 'open', 'add-rack'];

/**
 * The More button and its list; `folded`: the keys of the toolbar items that a narrow touch
 * screen folds into it too (`toolbarFold.ts`), listed first: New, Open…, + Rack as entries, the
 * Export menu's commands and the rack faces (the shown one pressed) under their headings.
 */
export function MoreMenu({ folded = [] }: { folded?: readonly string[] }) {
  const face = useDesigner((s) => s.session.face);
  const { open, setOpen, box, opener, close, onKeyDown } = useMenu();
  const id = useId();
  return (
    <div className="menu more-menu" ref={box} onKeyDown={onKeyDown}>
      <button
        ref={opener}
        type="button"
        className="btn"
        aria-label="More commands"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        More ⋯
      </button>
      {open && (
        <div
          id={id}
          className="menu-list more-list"
          role="group"
          aria-label="More commands"
          onClick={(e) => {
            if ((e.target as Element).closest('button, a')) close();
          }}
        >
          <ul>
            {FOLDED_BUTTONS.filter((k) => folded.includes(k)).map((k) => (
              <li key={k}>
                <CommandButton id={k} className="" />
              </li>
            ))}
            <li>
              <CommandButton id="designs" className="" />
            </li>
            <li>
              <a href="#view=portmap" data-command="portmap" title={command('portmap').hint}>
                Port map
              </a>
            </li>
            <li>
              <CommandButton id="palette" className="" />
            </li>
            <li>
              <CommandButton id="shortcuts" className="" />
            </li>
          </ul>
          {folded.includes('faces') && (
            <section aria-label="Rack faces">
              <h3 className="menu-heading" aria-hidden="true">
                Rack faces
              </h3>
              <ul>
                {RACK_FACES.map((f) => (
                  <li key={f}>
                    <CommandButton id={`face-${f}`} className="" pressed={face === f} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(folded.includes('export') ? (['Export', ...FOLDED_MENUS] as const) : FOLDED_MENUS).map((g) => (
            <section key={g} aria-label={g}>
              <h3 className="menu-heading" aria-hidden="true">
                {g}
              </h3>
              <ul>
                <CommandMenuItems group={g} onRun={() => undefined} />
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
