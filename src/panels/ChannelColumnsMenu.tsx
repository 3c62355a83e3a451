/**
 * The channel table's Columns menu (in the analysis pane's tab bar): a check box per hideable
 * column, and Reset columns (widths and hidden columns back to the defaults).
 */
import { CHANNEL_COLUMN_PREFS, CHANNEL_COLUMNS } from './channelColumns';
import { useFoldedChannelColumns } from './channelFoldState';
import { useColumnPrefs } from './columnPrefs';
import { useMenu } from './useMenu';

/**
 * The Columns menu (tab bar): show or hide each column, reset widths; a column folded into the
 * channel's cell (a narrow touch pane) says so, since it has no column of its own there. Escape
 * closes it and returns focus to the Columns button, as the toolbar's menus do.
 */
export function ChannelColumnsMenu() {
  const prefs = useColumnPrefs(CHANNEL_COLUMN_PREFS);
  const folded = useFoldedChannelColumns();
  const { open, setOpen, box, opener, onKeyDown } = useMenu();
  return (
    <div className="menu" ref={box} onKeyDown={onKeyDown}>
      <button
        ref={opener}
        type="button"
        className="btn small"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Columns ▾
      </button>
      {open && (
        <div className="menu-list columns-menu" role="group" aria-label="Channel table columns">
          {CHANNEL_COLUMNS.filter((c) => c.hideable).map((c) => (
            <label key={c.key}>
              <input
                type="checkbox"
                checked={!prefs.hidden.includes(c.key)}
                onChange={() => CHANNEL_COLUMN_PREFS.toggle(c.key)}
              />
              <span>
                {c.header}
                {folded.includes(c.key) && (
                  <span className="fold-note">
                    <span className="sr-only">, </span>in the channel cell
                  </span>
                )}
              </span>
            </label>
          ))}
          <button type="button" className="btn small" onClick={CHANNEL_COLUMN_PREFS.reset}>
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}
