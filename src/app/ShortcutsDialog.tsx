/**
 * The keyboard shortcuts list (opened with `?` or from the command palette): every command of
 * the one command table that has a chord, grouped, plus the canvas's pointer gestures.
 */
import { useModalDialog } from '../panels/useModalDialog';
import { designerActions, useDesigner } from '../store/store';
import { shortcutRows } from './commandViews';

/** The dialog. */
export function ShortcutsDialog() {
  const open = useDesigner((s) => s.session.shortcutsOpen);
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} aria-label="Keyboard shortcuts" onClose={() => designerActions().setShortcutsOpen(false)}>
      <header>
        <h2>Keyboard shortcuts</h2>
        <button type="button" className="btn" onClick={() => designerActions().setShortcutsOpen(false)}>
          Close
        </button>
      </header>
      <div className="body" tabIndex={0} role="region" aria-label="Shortcuts, scrolls">
        <table className="shortcuts">
          {shortcutRows().map((g) => (
            <tbody key={g.group}>
              <tr>
                <th colSpan={2} scope="colgroup">
                  {g.group}
                </th>
              </tr>
              {g.rows.map(([k, v]) => (
                <tr key={k}>
                  <td>
                    <kbd>{k}</kbd>
                  </td>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </dialog>
  );
}
