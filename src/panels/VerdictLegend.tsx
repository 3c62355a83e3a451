/**
 * The colour legend: every verdict class with its glyph, word and meaning, drawn with the same
 * badge styles the panels, the canvas markers, the port map and the PDFs use (one meaning per
 * colour). `compact` shows glyph and word only (the meaning goes in the tooltip).
 */
import type { ReactNode } from 'react';
import type { VerdictClass } from '../core/engine/channels';
import { VERDICT_CLASS_MEANING, VERDICT_CLASS_ORDER } from '../core/verdictStyle';
import { VerdictBadge } from './VerdictBadge';

/** The legend list; `children` add entries after the classes (e.g. the port map's tile states). */
export function VerdictLegend({
  classes = VERDICT_CLASS_ORDER,
  compact = false,
  label = 'Colour legend',
  children,
}: {
  classes?: readonly VerdictClass[];
  compact?: boolean;
  label?: string;
  children?: ReactNode;
}) {
  return (
    <ul className={`legend${compact ? ' compact' : ''}`} aria-label={label}>
      {classes.map((c) => (
        <li key={c} title={VERDICT_CLASS_MEANING[c]}>
          <VerdictBadge cls={c} />
          {!compact && <span className="muted">{VERDICT_CLASS_MEANING[c]}</span>}
        </li>
      ))}
      {children}
    </ul>
  );
}
