/**
 * Rack elevation as a standalone SVG document (issue 5 deliverable), drawn from the same scene
 * geometry as the canvas (`scene.ts`): rows stacked with the row name above each, per elevation a header with the rack label and name, the
 * frame, rails and U numbers; rack equipment with its label and name; slots with modules; ports
 * and cages. World units = SVG user units (1 U = `U_PX`). Every text is escaped: names and labels
 * are plain text, never markup.
 */
import type { LabelIndex } from '../core/labels';
import { rowTitle } from './hallLayout';
import type { Scene } from './scene';
import { bandText } from './unitMap';
import { COLORS, INNER_W, LABEL_W, RAIL_W, RIGHT_RAIL, U_PX, type Box } from './viewGeometry';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/**
 * Characters XML 1.0 cannot hold at all (§2.2 Char): C0 controls other than tab, LF and CR,
 * unpaired surrogates, U+FFFE and U+FFFF. The design schema already refuses the C0 controls and
 * unpaired surrogates in every string; this keeps any text that reaches an export well-formed.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/**
 * Escapes text for SVG/XML character data and attribute values: markup characters become
 * entities, and characters XML cannot hold become U+FFFD (the replacement character), so no
 * name or label can make the document malformed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

function rect(b: Box, fill: string, stroke: string | null, extra = '', title = ''): string {
  const attrs = `x="${n(b.x)}" y="${n(b.y)}" width="${n(Math.max(0, b.w))}" height="${n(Math.max(0, b.h))}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="0.8"` : ''}${extra}`;
  return title ? `<rect ${attrs}><title>${escapeXml(title)}</title></rect>` : `<rect ${attrs}/>`;
}

function text(
  x: number,
  y: number,
  s: string,
  size: number,
  opts: { weight?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string } = {},
): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${opts.weight ? ` font-weight="${opts.weight}"` : ''}${opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : ''} fill="${opts.fill ?? COLORS.deviceText}">${escapeXml(s)}</text>`;
}

/** Keeps a text short enough for `maxW` units at `size` (average glyph 0.58 em); ellipsis when cut. */
function clip(s: string, maxW: number, size: number): string {
  const max = Math.floor(maxW / (size * 0.58));
  return s.length <= max ? s : max <= 1 ? '' : `${s.slice(0, max - 1)}…`;
}

/**
 * The SVG document of every rack elevation in `scene` (one per rack and face), labelled in the
 * design's scheme from `labels`, titled after the design (`designName`). Returns the XML text
 * (UTF-8, with an XML declaration).
 */
export function elevationSvg(scene: Scene, labels: LabelIndex, designName: string): string {
  const b = scene.bounds;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(b.x)} ${n(b.y)} ${n(b.w)} ${n(b.h)}" width="${n(b.w)}" height="${n(b.h)}" font-family="${FONT}">`,
  );
  out.push(`<title>${escapeXml(`${designName}: rack elevations`)}</title>`);
  out.push(rect(b, '#ffffff', null));
  for (const r of scene.rows)
    out.push(
      `<g data-row="${escapeXml(r.name)}">${text(r.header.x, r.header.y + 28, clip(rowTitle(r), r.header.w, 20), 20, { weight: 600, fill: COLORS.header })}</g>`,
    );
  for (const e of scene.elevations) {
    const h = e.units.h;
    const rackLabel = labels.racks.get(e.rack.id)?.text ?? '';
    out.push(`<g data-rack="${escapeXml(e.rack.id)}" data-face="${e.face}">`);
    out.push(
      text(e.x, e.y + 24, clip(`${rackLabel}  ${e.rack.name}`, e.w - 110, 17), 17, {
        weight: 600,
        fill: COLORS.header,
      }),
    );
    out.push(
      text(e.x + e.w, e.y + 24, `${e.face === 'front' ? 'Front' : 'Rear'} · ${e.rack.heightU}U`, 14, {
        anchor: 'end',
        fill: COLORS.headerSub,
      }),
    );
    out.push(rect({ x: e.x, y: e.top, w: RAIL_W, h }, COLORS.rail, null));
    out.push(rect({ x: e.x + e.w - RIGHT_RAIL, y: e.top, w: RIGHT_RAIL, h }, COLORS.rail, null));
    out.push(rect({ x: e.innerX, y: e.top, w: e.w - RAIL_W - RIGHT_RAIL, h }, COLORS.rackInner, null));
    for (const r of e.units.runs) {
      if (r.collapsed) {
        out.push(rect({ x: e.innerX, y: e.top + r.y, w: INNER_W, h: r.h }, COLORS.rail, null));
        out.push(
          text(e.innerX + INNER_W / 2, e.top + r.y + r.h / 2 + 4, bandText(r), 12, {
            anchor: 'middle',
            fill: COLORS.headerSub,
          }),
        );
        continue;
      }
      for (let u = r.bottomU; u <= r.topU; u++)
        out.push(
          text(e.x + RAIL_W - 5, e.top + r.y + (r.topU - u + 0.5) * U_PX + 4, String(u), 11, {
            anchor: 'end',
            fill: COLORS.railText,
          }),
        );
    }
    out.push(
      `<rect x="${n(e.x)}" y="${n(e.top)}" width="${n(e.w)}" height="${n(h)}" fill="none" stroke="${COLORS.rackFrame}" stroke-width="2"/>`,
    );
    out.push('</g>');
  }
  for (const d of scene.devices) {
    const label = labels.devices.get(d.device.id)?.text ?? '';
    const isSwitch = d.part?.role === 'switch';
    out.push(`<g data-device="${escapeXml(d.device.id)}">`);
    out.push(rect(d, d.part ? (isSwitch ? COLORS.switchBody : COLORS.device) : '#fff8c5', COLORS.deviceStroke));
    const size = Math.min(11, d.h * 0.4);
    out.push(text(d.x + 4, d.y + 2 + size, clip(d.device.name, LABEL_W - 6, size), size, { weight: 600 }));
    if (label && d.h >= 20)
      out.push(
        text(d.x + 4, d.y + 4 + 2 * size * 0.95, clip(label, LABEL_W - 6, size * 0.8), size * 0.8, {
          fill: COLORS.selection,
        }),
      );
    out.push('</g>');
  }
  for (const s of scene.slots) {
    out.push(
      rect(
        s,
        s.module ? COLORS.module : COLORS.slotEmpty,
        s.module ? COLORS.deviceStroke : COLORS.slotStroke,
        s.module ? '' : ' stroke-dasharray="2 2"',
      ),
    );
    if (s.h >= 8 && !s.module)
      out.push(
        text(
          s.x + s.w / 2,
          s.y + s.h / 2 + 2.5,
          clip(s.label, s.w - 2, Math.min(7, s.h * 0.5)),
          Math.min(7, s.h * 0.5),
          { anchor: 'middle', fill: COLORS.headerSub },
        ),
      );
  }
  for (const p of scene.ports) {
    const fill = p.kind === 'cage' ? (p.transceiver ? COLORS.cageFilled : COLORS.portEmpty) : COLORS.portEmpty;
    const label = labels.ports.get(p.key)?.text ?? p.label;
    out.push(rect(p, fill, COLORS.portStroke, ` data-port="${escapeXml(p.key)}"`, label));
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
