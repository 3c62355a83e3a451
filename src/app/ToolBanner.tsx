/**
 * The banner while a tool other than select is armed: what it does and a Stop button (Escape
 * does the same). It has its own strip under the canvas (styles.css `.tool-banner`), so it covers
 * no row or rack header, the legend or the minimap.
 */
import { catalogueFor } from '../core/catalogue';
import { portLabel } from '../panels/describe';
import type { DesignerState } from '../store/store';
import { designerActions, useDesigner } from '../store/store';

/** What the banner says for the armed tool (null for select): a string, so edits elsewhere never re-render it. */
function bannerText(s: DesignerState): string | null {
  const tool = s.session.tool;
  if (tool.kind === 'select') return null;
  const part = catalogueFor(s.doc).get(tool.part);
  return tool.kind === 'connect'
    ? `Connect with ${part?.name ?? tool.part}: ${tool.from ? `from ${portLabel(s.doc, tool.from)}, pick the other port` : 'pick a port, then another (or drag between them)'}`
    : `Place ${part?.name ?? tool.part}: tap where it goes`;
}

/** The tool banner. */
export function ToolBanner() {
  const text = useDesigner(bannerText);
  if (text === null) return null;
  return (
    <div className="tool-banner" role="status" data-testid="tool-banner">
      <span>{text}</span>
      <button type="button" className="btn small" onClick={() => designerActions().setTool({ kind: 'select' })}>
        Stop (Esc)
      </button>
    </div>
  );
}
