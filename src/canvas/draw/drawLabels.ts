/**
 * Port labels on the canvas (issue 5: labels show on the canvas where they fit): when zoomed in
 * far enough, each port or cage gets its short label (`Port3`, `MPO1`, `Eth49`; REFERENCE §9.2)
 * at a constant screen size, drawn only where it fits inside the port's cell.
 */
import type { LabelIndex } from '../../core/labels';
import { PORT_HIT_PX } from '../lod';
import type { PortGeom } from '../scene';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Screen size of port labels, px. */
export const PORT_LABEL_PX = 9;

/** The short label of a port: port word and number, `R` for the rear side of an adapter. */
export function shortPortLabel(labels: LabelIndex, key: string): string | null {
  const parts = labels.ports.get(key)?.parts;
  return parts ? `${parts.token}${parts.index}${parts.rear ? 'R' : ''}` : null;
}

/**
 * Draws the short label of every port in `ports` whose cell is a hit target on screen at `scale`
 * (at least `PORT_HIT_PX` wide, `lod.ts`) and holds the text, on a light backing at the bottom of
 * the cell.
 */
export function drawPortLabels(
  ctx: CanvasRenderingContext2D,
  ports: readonly PortGeom[],
  labels: LabelIndex,
  scale: number,
): void {
  const size = PORT_LABEL_PX / scale;
  ctx.font = `600 ${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const p of ports) {
    if (p.w * scale < PORT_HIT_PX) continue;
    const text = shortPortLabel(labels, p.key);
    if (!text) continue;
    const w = ctx.measureText(text).width;
    if (w + 2 / scale > p.w || size * 1.1 > p.h) continue;
    const pad = 1 / scale;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(p.x + (p.w - w) / 2 - pad, p.y + p.h - size - pad, w + 2 * pad, size + pad);
    ctx.fillStyle = '#24292f';
    ctx.fillText(text, p.x + p.w / 2, p.y + p.h);
  }
}
