/**
 * The command palette (Ctrl/⌘ + K): type to find any command of the command table by name,
 * ↑/↓ to choose, Enter to run, Escape to close. Shows each command's group, hint and shortcut;
 * commands that cannot run now are listed greyed out.
 */
import { useState } from 'react';
import { useModalDialog } from '../panels/useModalDialog';
import { isEnabled, type Command } from './commands';
import { findCommands } from './commandViews';
import { chordsLabel } from './keyChords';
import { setUi, useUi } from './uiState';

function run(c: Command): void {
  if (!isEnabled(c)) return;
  setUi({ commandPalette: false });
  // After the palette has closed, so a command that opens a dialog or a file picker gets the focus.
  setTimeout(c.run, 0);
}

/** The palette dialog. */
export function CommandPalette() {
  const open = useUi((s) => s.commandPalette);
  const ref = useModalDialog(open);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    setQuery('');
    setActive(0);
  }
  const list = findCommands(query);
  const current = Math.min(active, Math.max(0, list.length - 1));
  return (
    <dialog
      ref={ref}
      className="command-palette"
      aria-label="Command palette"
      onClose={() => setUi({ commandPalette: false })}
      onClick={(e) => {
        if (e.target === ref.current) setUi({ commandPalette: false });
      }}
    >
      {open && (
        <>
          <input
            className="input"
            role="combobox"
            aria-label="Find a command"
            aria-expanded="true"
            aria-controls="command-list"
            aria-autocomplete="list"
            aria-activedescendant={list.length ? `command-${current}` : undefined}
            placeholder="Type a command: undo, fit, port map, export PDF, demo…"
            autoFocus
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                const n = list.length;
                if (n) setActive((current + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
              } else if (e.key === 'Enter') {
                e.preventDefault();
                const c = list[current];
                if (c) run(c);
              }
            }}
          />
          <ul id="command-list" role="listbox" aria-label="Commands">
            {list.length === 0 && <li className="muted empty">No command matches “{query}”.</li>}
            {list.map((c, i) => (
              <li
                key={c.id}
                id={`command-${i}`}
                role="option"
                aria-selected={i === current}
                aria-disabled={!isEnabled(c)}
                data-command={c.id}
                onPointerMove={() => setActive(i)}
                onClick={() => run(c)}
              >
                <span className="cmd-title">
                  {c.title}
                  {c.hint && <span className="hint">{c.hint}</span>}
                </span>
                <span className="cmd-meta">
                  {c.keys?.length ? <kbd>{chordsLabel(c.keys)}</kbd> : null}
                  <span className="muted">{c.group}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
