/**
 * The designer's legend, over the bottom-left corner of the rack canvas: the verdict classes as
 * badges (always visible; on a touch screen the glyphs only, after the word "Legend", so that they
 * keep one line beside the minimap), and, opened, what each means and what the canvas markers at mated pairs
 * are (red ✕ disc: a broken mating rule; grey dashed ? disc: a rule that could not be checked).
 */
import { VERDICT_CLASS_STYLE } from '../core/verdictStyle';
import { VerdictBadge } from './VerdictBadge';
import { VerdictLegend } from './VerdictLegend';

const CLASSES = ['fail', 'warning', 'unverified', 'unchecked', 'pass', 'open'] as const;

/** The canvas legend. */
export function CanvasLegend() {
  const fail = VERDICT_CLASS_STYLE.fail;
  const unchecked = VERDICT_CLASS_STYLE.unchecked;
  return (
    <details className="canvas-legend" data-testid="legend">
      <summary aria-label="Legend: colours and markers">
        <span className="legend-caption" aria-hidden="true">
          Legend
        </span>
        {CLASSES.map((c) => (
          <VerdictBadge key={c} cls={c} />
        ))}
      </summary>
      <VerdictLegend>
        <li>
          <span className="marker" style={{ background: fail.color, color: '#fff' }} aria-hidden="true">
            {fail.glyph}
          </span>
          <span className="muted">on the canvas: a mating rule is broken at this pair (V1–V7, P1)</span>
        </li>
        <li>
          <span
            className="marker"
            style={{ background: unchecked.bg, color: unchecked.text, border: `2px dashed ${unchecked.color}` }}
            aria-hidden="true"
          >
            {unchecked.glyph}
          </span>
          <span className="muted">on the canvas: a rule could not be checked here (unknown gender or polish)</span>
        </li>
      </VerdictLegend>
    </details>
  );
}
