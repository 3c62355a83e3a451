/**
 * Canvas 2D drawing of rack elevations and rack equipment (called from Konva `sceneFunc`s with
 * the layer's transform already applied). Everything here only paints; geometry comes from the
 * scene.
 */
import type { LabelIndex } from '../../core/labels';
import type { DeviceGeom, ElevationGeom, PortGeom, SlotGeom } from '../scene';
import { deviceDetail, MIN_TEXT_PX, textSize, tierAt } from '../lod';
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

/**
 * Draws one elevation at zoom `scale`: header (rack label and name), frame, rails with U numbers,
 * unit lines. Text follows the level of detail (`lod.ts`): raised to a readable screen size where
 * the header or unit has room, hidden where it has not; in the overview the name stands above the
 * rack at a readable size and the unit lines and numbers are left out.
 */
export function drawElevation(
  ctx: CanvasRenderingContext2D,
  e: ElevationGeom,
  selected: boolean,
  label = '',
  scale = 1,
): void {
  const h = e.units.h;
  const tier = tierAt(scale);
  // In the overview the name stands above the rack at 13 px on screen; else in the header.
  const nameSize = tier === 'overview' ? 13 / scale : (textSize(17, scale, HEADER_H * 0.7) ?? 0);
  const subSize = tier === 'overview' ? null : textSize(14, scale, HEADER_H * 0.45);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const subW = subSize ? 110 * (subSize / 14) : 0;
  const base = tier === 'overview' ? e.top - 4 / scale : e.y + 24 * Math.max(1, nameSize / 17);
  let nameX = e.x;
  if (nameSize) {
    ctx.font = `600 ${nameSize}px ${FONT}`;
    if (label && label !== e.rack.name) {
      const shown = fitText(ctx, label, (e.w - subW) / 2);
      ctx.fillStyle = COLORS.selection;
      ctx.fillText(shown, e.x, base);
      if (shown) nameX += ctx.measureText(shown).width + nameSize / 2;
    }
    ctx.fillStyle = COLORS.header;
    ctx.fillText(fitText(ctx, e.rack.name, e.w - subW - (nameX - e.x)), nameX, base);
  }
  if (subSize) {
    ctx.font = `${subSize}px ${FONT}`;
    ctx.fillStyle = COLORS.headerSub;
    ctx.textAlign = 'right';
    ctx.fillText(`${e.face === 'front' ? 'Front' : 'Rear'} · ${e.rack.heightU}U`, e.x + e.w, base);
  }
  const y0 = e.top;
  ctx.fillStyle = COLORS.rail;
  ctx.fillRect(e.x, y0, RAIL_W, h);
  ctx.fillRect(e.x + e.w - RIGHT_RAIL, y0, RIGHT_RAIL, h);
  ctx.fillStyle = COLORS.rackInner;
  ctx.fillRect(e.innerX, y0, e.w - RAIL_W - RIGHT_RAIL, h);
  // Unit lines, U numbers and collapsed bands, through the elevation's unit map (`drawUnits.ts`).
  drawUnitRuns(ctx, e, scale);
  ctx.strokeStyle = selected ? COLORS.selection : COLORS.rackFrame;
  ctx.lineWidth = Math.max(selected ? 3 : 2, (selected ? 2 : 1) / scale);
  ctx.strokeRect(e.x, y0, e.w, h);
  if (selected) {
    ctx.strokeStyle = COLORS.selection;
    ctx.lineWidth = Math.max(2, 1.5 / scale);
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

/**
 * Draws a port: LC as a duplex pair of squares, MPO as a keyed slot, a cage as a rounded bay; with
 * `detail` false (too small on screen to show a connector) a plain cell.
 */
export function drawPort(ctx: CanvasRenderingContext2D, p: PortGeom, plugged: boolean, detail = true): void {
  const { x, y, w, h } = p;
  if (p.kind === 'cage') {
    ctx.fillStyle = p.transceiver ? COLORS.cageFilled : COLORS.portEmpty;
    ctx.strokeStyle = COLORS.portStroke;
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, Math.min(2, h / 4));
    ctx.fill();
    ctx.stroke();
  } else if (!detail) {
    ctx.fillStyle = COLORS.portEmpty;
    ctx.fillRect(x, y + h * 0.15, w, h * 0.7);
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

/** Draws a slot: dashed when empty (its label where a readable one fits), the module body when filled. */
function drawSlot(ctx: CanvasRenderingContext2D, s: SlotGeom, selected: boolean, scale: number): void {
  if (!s.module) {
    ctx.fillStyle = COLORS.slotEmpty;
    ctx.fillRect(s.x, s.y, s.w, s.h);
    ctx.setLineDash([2, 2]);
    outline(ctx, s, COLORS.slotStroke, 0.8);
    ctx.setLineDash([]);
    const size = textSize(7, scale, s.h * 0.6);
    if (size) {
      ctx.fillStyle = COLORS.headerSub;
      ctx.font = `${size}px ${FONT}`;
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
 * Draws rack equipment in one elevation at zoom `scale`: body, name, its label (`R1-P2`,
 * REFERENCE §9.2) when `labels` are given, a subtitle where there is room, slots with modules,
 * cages and ports. The level of detail (`lod.ts`) decides: in the overview a plain block; where
 * its ports are too small to work on, the name runs across the device on a light backing; text
 * is raised to a readable screen size or hidden.
 */
export function drawDevice(
  ctx: CanvasRenderingContext2D,
  d: DeviceGeom,
  slots: readonly SlotGeom[],
  ports: readonly PortGeom[],
  st: DeviceDrawState,
  labels?: LabelIndex,
  scale = 2,
): void {
  const dim = st.dimmed.has(d.device.id);
  if (dim) ctx.globalAlpha = 0.35;
  const isSwitch = d.part?.role === 'switch';
  const selected = st.selected.has(d.device.id);
  const tier = tierAt(scale);
  // In the overview a used unit is a solid block.
  ctx.fillStyle =
    tier === 'overview' ? COLORS.deviceStroke : d.part ? (isSwitch ? COLORS.switchBody : COLORS.device) : '#fff8c5';
  ctx.fillRect(d.x, d.y, d.w, d.h);
  outline(ctx, d, selected ? COLORS.selection : COLORS.deviceStroke, Math.max(selected ? 2 : 1, 1 / scale));
  const detail = deviceDetail(tier, ports[0]?.w ?? Infinity, scale);
  if (detail.ports) {
    for (const s of slots) drawSlot(ctx, s, !!s.module && st.selected.has(s.module.id), scale);
    for (const p of ports) {
      drawPort(ctx, p, st.plugged.has(p.key), detail.portDetail);
      if ((p.transceiver && st.selected.has(p.transceiver.id)) || st.selected.has(p.key))
        outline(ctx, p, COLORS.selection, 1.4);
    }
  }
  const label = labels?.devices.get(d.device.id)?.text;
  if (detail.wideName) drawWideName(ctx, d, label, scale);
  else if (detail.ports) drawNameColumn(ctx, d, label, scale);
  if (dim) ctx.globalAlpha = 1;
}

/** The name (and label) across the device on a light backing, one line, readable or not at all. */
function drawWideName(ctx: CanvasRenderingContext2D, d: DeviceGeom, label: string | undefined, scale: number): void {
  const size = textSize(12, scale, d.h * 0.72);
  if (!size) return;
  ctx.font = `600 ${size}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const pad = 3 / scale;
  const text = fitText(
    ctx,
    label && label !== d.device.name ? `${d.device.name} · ${label}` : d.device.name,
    d.w - 4 * pad,
  );
  if (!text) return;
  const w = ctx.measureText(text).width;
  const y = d.y + Math.min(d.h / 2, size * 0.6 + 2 * pad);
  ctx.fillStyle = 'rgba(255,255,255,0.88)';
  ctx.fillRect(d.x + pad, y - size * 0.6 - pad / 2, w + 2 * pad, size * 1.2 + pad);
  ctx.fillStyle = COLORS.deviceText;
  ctx.fillText(text, d.x + 2 * pad, y);
}

/** The name, label and subtitle in the name column left of the ports, each where a readable size fits. */
function drawNameColumn(ctx: CanvasRenderingContext2D, d: DeviceGeom, label: string | undefined, scale: number): void {
  ctx.fillStyle = COLORS.deviceText;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const nameSize = textSize(Math.min(12, d.h * 0.44), scale, d.h * 0.5);
  if (!nameSize) return;
  ctx.font = `600 ${nameSize}px ${FONT}`;
  ctx.fillText(fitText(ctx, d.device.name, LABEL_W - 6), d.x + 4, d.y + 2.5);
  const sub = !d.part ? 'unknown part' : d.face === d.mountFace ? subtitle(d) : 'rear';
  const subSize = textSize(Math.min(9, d.h * 0.33), scale, d.h * 0.35);
  if (!subSize || subSize * scale < MIN_TEXT_PX) return;
  let y = d.y + 3 + nameSize;
  if (label && y + subSize <= d.y + d.h - 1) {
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
}

function subtitle(d: DeviceGeom): string {
  const p = d.part;
  if (!p) return '';
  if (p.role === 'switch') return `${p.heightU}U · ${p.cages.length} ports`;
  if (p.slots.length) return `${p.heightU}U · ${p.slots.length} slots`;
  return `${p.heightU}U · ${p.ports.length / 2} adapters`;
}
