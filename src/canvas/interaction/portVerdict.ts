/**
 * The verdict a port shows under a cable end before the drop (issue 12 §3): the caption and
 * colour of the canvas drop preview and of the DOM caption beside the pointer (`.drag-ghost`,
 * which screen readers and tests read too). The rules come from `core/connectVerdict`; this
 * module only remembers the last answer (the pointer crosses one port many times per second).
 */
import { connectVerdict, designIndexFor, type ConnectVerdict } from '../../core/connectVerdict';
import type { Design, PortRef } from '../../core/design';
import type { PartId } from '../../core/ids';
import { VERDICT_CLASS_STYLE } from '../../core/verdictStyle';

let last: { d: Design; part: PartId; from: string; to: string; v: ConnectVerdict } | null = null;

/**
 * The verdict of a cable of `part` with an end dropped on `to` (`from`: the port of the first end,
 * or null for the first end), for design `d`; the last answer is reused while nothing changed.
 */
export function portVerdict(d: Design, part: PartId, from: PortRef | null, to: PortRef): ConnectVerdict {
  const f = from ? `${from.device}#${from.port}` : '';
  const t = `${to.device}#${to.port}`;
  if (last && last.d === d && last.part === part && last.from === f && last.to === t) return last.v;
  const v = connectVerdict(d, designIndexFor(d), part, from, to);
  last = { d, part, from: f, to: t, v };
  return v;
}

/**
 * Shows `v` in the caption element `el` beside the pointer (client point `e`), coloured from the
 * one verdict table (`data-verdict` = the class), or hides it (`v` null).
 */
export function showVerdictCaption(
  el: HTMLDivElement | null,
  e: { clientX: number; clientY: number; pointerType?: string },
  v: ConnectVerdict | null,
): void {
  if (!el) return;
  if (!v) {
    if (el.dataset.verdict) {
      el.hidden = true;
      delete el.dataset.verdict;
    }
    return;
  }
  const s = VERDICT_CLASS_STYLE[v.cls];
  el.hidden = false;
  el.dataset.verdict = v.cls;
  el.textContent = `${s.glyph} ${v.text}`;
  placeCaption(el, e);
}

/** How far above the touch point a caption sits, px: clear of a fingertip (about 10 mm). */
const ABOVE_FINGER = 56;

/**
 * Puts the caption element `el` beside the pointer at client point `e`: below and right of a mouse
 * pointer; above a finger (any other `pointerType`), centred on it and kept inside the window, so
 * the hand does not hide it (below the finger only when there is no room above).
 */
export function placeCaption(
  el: HTMLElement,
  e: { readonly clientX: number; readonly clientY: number; readonly pointerType?: string },
): void {
  if (!e.pointerType || e.pointerType === 'mouse') {
    el.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 10}px)`;
    return;
  }
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const x = Math.max(4, Math.min(window.innerWidth - w - 4, e.clientX - w / 2));
  const above = e.clientY - ABOVE_FINGER - h;
  const y = above >= 4 ? above : e.clientY + ABOVE_FINGER;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}
