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
  e: { clientX: number; clientY: number },
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
  el.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 10}px)`;
}
