/**
 * View options floating over the canvas's top-right corner: "Collapse empty U" (long runs of
 * empty rack units drawn as short bands, issue 12 §1). A view setting, kept in the session (not
 * undone, not saved); the button runs the command of the one command table (shortcut U).
 */
import { useDesigner } from '../store/store';
import { CommandButton } from './CommandMenu';

/** The canvas view options. */
export function CanvasViewOptions() {
  const collapse = useDesigner((s) => s.session.collapseEmpty);
  return (
    <div className="canvas-view-options" role="group" aria-label="Canvas view">
      <CommandButton id="collapse-empty" pressed={collapse} />
    </div>
  );
}
