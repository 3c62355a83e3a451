/**
 * Verdict badges and the loss margin bar: colour, glyph and word together.
 */
import type { VerdictClass } from '../core/engine/channels';
import { CLASS_STYLE } from './verdictStyle';

/** A verdict badge: class colour, glyph and text (the verdict's own words, or the class word). */
export function VerdictBadge({ cls, text, title }: { cls: VerdictClass; text?: string; title?: string }) {
  const s = CLASS_STYLE[cls];
  return (
    <span className={`badge v-${cls}`} title={title}>
      <span aria-hidden="true">{s.glyph}</span>
      {text ?? s.word}
    </span>
  );
}

/** A small dot of a verdict class (decorative; pair it with text). */
export function VerdictDot({ cls }: { cls: VerdictClass }) {
  return <span className={`dot v-${cls}`} aria-hidden="true" />;
}

/**
 * Loss bar: fill = insertion loss / limit (the tick marks the limit), coloured by the loss
 * verdict class.
 */
export function MarginBar({
  totalDb,
  limitDb,
  cls,
  label,
}: {
  totalDb: number;
  limitDb: number | null;
  cls: VerdictClass;
  label: string;
}) {
  const frac = limitDb && limitDb > 0 ? Math.min(1.25, totalDb / limitDb) : 0;
  return (
    <span className="bar" role="img" aria-label={label} title={label}>
      <span className={`v-${cls}`} style={{ width: `${(frac / 1.25) * 100}%` }} />
      {limitDb ? <i style={{ left: `${(1 / 1.25) * 100}%` }} /> : null}
    </span>
  );
}
