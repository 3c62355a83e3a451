/**
 * The keyboard shortcuts list (opened with `?`).
 */
import { designerActions, useDesigner } from '../store/store';
import { useModalDialog } from './useModalDialog';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z, Ctrl + Y', 'Redo'],
  ['Delete / Backspace', 'Delete the selected rack, device or cable'],
  ['↑ / ↓', 'Move the selected equipment up / down one U'],
  ['Escape', 'Cancel a drag, leave the connect or place tool, clear the selection'],
  ['F', 'Zoom to the equipment'],
  ['Shift + F', 'Fit the whole row'],
  ['+ / −', 'Zoom in / out'],
  ['1 / 2 / 3', 'Show front / rear / both faces'],
  ['?', 'Show this list'],
  ['Mouse wheel / two-finger drag', 'Pan; with Ctrl/⌘ (or pinch) zoom'],
  ['Drag the background', 'Pan'],
  ['Double-click a device', 'Zoom to it'],
];

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
      <div className="body">
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
