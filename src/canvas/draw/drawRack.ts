/**
 * Canvas 2D drawing of rack elevations and rack equipment (called from Konva `sceneFunc`s with
 * the layer's transform already applied). Everything here only paints; geometry comes from the
 * scene.
 */
import type { LabelIndex } from '../../core/labels';
import type { DeviceGeom, ElevationGeom, PortGeom, SlotGeom } from '../scene';
import { drawUnitRuns } from './drawUnits';
import { COLORS, HEADER_H, LABEL_W, RAIL_W, RIGHT_RAIL, type Box } from '../viewGeometry';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Truncates `text` with an ellipsis to fit `maxW` px in the current font. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxW: number): string {
  if (maxW <= 4) return '';
  if (ctx.measureText(text).width <= maxW) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${text.slice(0, lo)}…`;
}

/** Draws one elevation: header (rack label and name), frame, rails with U numbers, unit lines. */
export function drawElevation(ctx: CanvasRenderingContext2D, e: ElevationGeom, selected: boolean, label = ''): void {
  const h = e.units.h;
  ctx.font = `600 17px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  let nameX = e.x;
  if (label && label !== e.rack.name) {
    const shown = fitText(ctx, label, (e.w - 110) / 2);
    ctx.fillStyle = COLORS.selection;
    ctx.fillText(shown, e.x, e.y + 24);
    nameX += ctx.measureText(shown).width + 8;
  }
  ctx.fillStyle = COLORS.header;
  ctx.fillText(fitText(ctx, e.rack.name, e.w - 110 - (nameX - e.x)), nameX, e.y + 24);
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = COLORS.headerSub;
  ctx.textAlign = 'right';
  ctx.fillText(`${e.face === 'front' ? 'Front' : 'Rear'} · ${e.rack.heightU}U`, e.x + e.w, e.y + 24);
  const y0 = e.top;
  ctx.fillStyle = COLORS.rail;
  ctx.fillRect(e.x, y0, RAIL_W, h);
  ctx.fillRect(e.x + e.w - RIGHT_RAIL, y0, RIGHT_RAIL, h);
  ctx.fillStyle = COLORS.rackInner;
  ctx.fillRect(e.innerX, y0, e.w - RAIL_W - RIGHT_RAIL, h);
  drawUnitRuns(ctx, e);
  ctx.strokeStyle = selected ? COLORS.selection : COLORS.rackFrame;
  ctx.lineWidth = selected ? 3 : 2;
  ctx.strokeRect(e.x, y0, e.w, h);
  if (selected) {
    ctx.strokeStyle = COLORS.selection;
    ctx.lineWidth = 2;
    ctx.strokeRect(e.x - 4, e.y, e.w + 8, HEADER_H + h + 4);
  }
}

/** What the equipment drawing needs to know besides geometry. */
export interface DeviceDrawState {
  readonly selected: ReadonlySet<string>;
  /** Port keys (`device#port`) with a plug in them (a set, or the plug index of the cables). */
  readonly plugged: { has(key: string): boolean };
  readonly dimmed: ReadonlySet<string>;
}

function outline(ctx: CanvasRenderingContext2D, b: Box, color: string, width: number): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.strokeRect(b.x + width / 2, b.y + width / 2, b.w - width, b.h - width);
}

/** Draws a port: LC as a duplex pair of squares, MPO as a keyed slot, a cage as a rounded bay. */
export function drawPort(ctx: CanvasRenderingContext2D, p: PortGeom, plugged: boolean): void {
  const { x, y, w, h } = p;
  if (p.kind === 'cage') {
    ctx.fillStyle = p.transceiver ? COLORS.cageFilled : COLORS.portEmpty;
    ctx.strokeStyle = COLORS.portStroke;
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, Math.min(2, h / 4));
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.fillStyle = COLORS.portEmpty;
    ctx.strokeStyle = COLORS.portStroke;
    ctx.lineWidth = 0.7;
    if (p.family === 'mpo') {
      ctx.fillRect(x, y + h * 0.2, w, h * 0.6);
      ctx.strokeRect(x, y + h * 0.2, w, h * 0.6);
      ctx.fillStyle = COLORS.portStroke;
      ctx.fillRect(x + w * 0.4, y + h * 0.1, w * 0.2, h * 0.12);
    } else {
      const s = Math.min(w / 2.3, h * 0.8);
      const gap = (w - 2 * s) / 3;
      for (const k of [0, 1]) {
        ctx.fillRect(x + gap + k * (s + gap), y + (h - s) / 2, s, s);
        ctx.strokeRect(x + gap + k * (s + gap), y + (h - s) / 2, s, s);
      }
    }
  }
  if (plugged) {
    ctx.fillStyle = COLORS.portPlugged;
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, Math.max(0.8, Math.min(w, h) * 0.22), 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Draws a slot: dashed when empty, the module body when filled. */
function drawSlot(ctx: CanvasRenderingContext2D, s: SlotGeom, selected: boolean): void {
  if (!s.module) {
    ctx.fillStyle = COLORS.slotEmpty;
    ctx.fillRect(s.x, s.y, s.w, s.h);
    ctx.setLineDash([2, 2]);
    outline(ctx, s, COLORS.slotStroke, 0.8);
    ctx.setLineDash([]);
    if (s.h >= 8) {
      ctx.fillStyle = COLORS.headerSub;
      ctx.font = `${Math.min(7, s.h * 0.5)}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(fitText(ctx, s.label, s.w - 2), s.x + s.w / 2, s.y + s.h / 2);
    }
    return;
  }
  ctx.fillStyle = COLORS.module;
  ctx.fillRect(s.x, s.y, s.w, s.h);
  outline(ctx, s, selected ? COLORS.selection : COLORS.deviceStroke, selected ? 1.6 : 0.8);
}

/**
 * Draws rack equipment in one elevation: body, name, its label (`R1-P2`, REFERENCE §9.2) when
 * `labels` are given, a subtitle where there is room, slots with modules, cages and ports.
 */
export function drawDevice(
  ctx: CanvasRenderingContext2D,
  d: DeviceGeom,
  slots: readonly SlotGeom[],
  ports: readonly PortGeom[],
  st: DeviceDrawState,
  labels?: LabelIndex,
): void {
  const dim = st.dimmed.has(d.device.id);
  if (dim) ctx.globalAlpha = 0.35;
  const isSwitch = d.part?.role === 'switch';
  ctx.fillStyle = d.part ? (isSwitch ? COLORS.switchBody : COLORS.device) : '#fff8c5';
  ctx.fillRect(d.x, d.y, d.w, d.h);
  outline(
    ctx,
    d,
    st.selected.has(d.device.id) ? COLORS.selection : COLORS.deviceStroke,
    st.selected.has(d.device.id) ? 2 : 1,
  );
  ctx.fillStyle = COLORS.deviceText;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const nameSize = Math.min(12, d.h * 0.44);
  ctx.font = `600 ${nameSize}px ${FONT}`;
  ctx.fillText(fitText(ctx, d.device.name, LABEL_W - 6), d.x + 4, d.y + 2.5);
  const sub = !d.part ? 'unknown part' : d.face === d.mountFace ? subtitle(d) : 'rear';
  const subSize = Math.min(9, d.h * 0.33);
  const label = labels?.devices.get(d.device.id)?.text;
  let y = d.y + 3 + nameSize;
  if (label) {
    ctx.font = `600 ${subSize}px ${FONT}`;
    ctx.fillStyle = COLORS.selection;
    ctx.fillText(fitText(ctx, label, LABEL_W - 6), d.x + 4, y);
    y += subSize + 1.5;
  }
  if (y + subSize <= d.y + d.h - 1) {
    ctx.font = `${subSize}px ${FONT}`;
    ctx.fillStyle = COLORS.headerSub;
    ctx.fillText(fitText(ctx, sub, LABEL_W - 6), d.x + 4, y);
  }
  for (const s of slots) drawSlot(ctx, s, !!s.module && st.selected.has(s.module.id));
  for (const p of ports) {
    drawPort(ctx, p, st.plugged.has(p.key));
    if ((p.transceiver && st.selected.has(p.transceiver.id)) || st.selected.has(p.key))
      outline(ctx, p, COLORS.selection, 1.4);
  }
  if (dim) ctx.globalAlpha = 1;
}

function subtitle(d: DeviceGeom): string {
  const p = d.part;
  if (!p) return '';
  if (p.role === 'switch') return `${p.heightU}U · ${p.cages.length} ports`;
  if (p.slots.length) return `${p.heightU}U · ${p.slots.length} slots`;
  return `${p.heightU}U · ${p.ports.length / 2} adapters`;
}
