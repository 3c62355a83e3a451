/**
 * The banner over the canvas while a tool other than select is armed: what it does and a Stop
 * button (Escape does the same).
 */
import { catalogueFor } from '../core/catalogue';
import { portLabel } from '../panels/describe';
import { designerActions, useDesigner } from '../store/store';

/** The tool banner. */
export function ToolBanner() {
  const tool = useDesigner((s) => s.session.tool);
  const doc = useDesigner((s) => s.doc);
  if (tool.kind === 'select') return null;
  const part = catalogueFor(doc).get(tool.part);
  const text =
    tool.kind === 'connect'
      ? `Connect with ${part?.name ?? tool.part}: ${tool.from ? `from ${portLabel(doc, tool.from)}, pick the other port` : 'pick a port, then another (or drag between them)'}`
      : `Place ${part?.name ?? tool.part}: tap where it goes`;
  return (
    <div className="tool-banner" role="status" data-testid="tool-banner">
      <span>{text}</span>
      <button type="button" className="btn small" onClick={() => designerActions().setTool({ kind: 'select' })}>
        Stop (Esc)
      </button>
    </div>
  );
}
