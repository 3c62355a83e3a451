/**
 * Which of the toolbar's items fold into its More menu so that the toolbar keeps one line on a
 * narrow touch screen (the iPad 11″ in portrait, 834 px; a 768 px tablet): measured, not guessed by
 * breakpoints. The toolbar's children are measured as laid out; an item that can fold carries
 * `data-fold="<key>"`; the items fold in `TOOLBAR_FOLD_ORDER`, least needed first, until the rest
 * fits the toolbar's width (`foldedColumns`, the rule the channel table folds its columns by). A
 * folded item is not rendered, so its width is the one last measured while it was shown.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { foldedColumns } from '../panels/columnFold';

/**
 * The toolbar's foldable items, least needed first: the rack faces (Both, the default, shows every
 * face at once), Export, New, Open…, + Rack. Save, undo/redo, Parts, zoom and Fit never fold.
 */
export const TOOLBAR_FOLD_ORDER: readonly string[] = ['faces', 'export', 'new', 'open', 'add-rack'];

/** One laid-out child of the toolbar: its fold key (if it can fold) and its outer width, px. */
export interface ToolbarChild {
  readonly fold?: string;
  /** Outer width, px (margins included); 0 for the spacer that takes the rest. */
  readonly width: number;
}

/**
 * The keys to fold, in `TOOLBAR_FOLD_ORDER`: the fewest after which the shown `children` (and
 * the `folded` items at their last measured widths, px), each followed by `gap` px, fit `room` px
 * (the toolbar's content width). Empty when everything fits or nothing is measured (`room` ≤ 0).
 */
export function toolbarFolds(
  children: readonly ToolbarChild[],
  folded: ReadonlyMap<string, number>,
  room: number,
  gap: number,
): readonly string[] {
  if (room <= 0) return [];
  const widths = new Map(folded);
  let fixed = -gap;
  for (const c of children) {
    if (c.fold) widths.set(c.fold, c.width);
    else fixed += c.width + gap;
  }
  const items = TOOLBAR_FOLD_ORDER.filter((k) => widths.has(k)).map((key) => ({ key }));
  // Not even the items that never fold fit: fold them all (`foldedColumns` reads ≤ 0 as unmeasured).
  if (room <= fixed) return items.map((c) => c.key);
  return foldedColumns(items, (c) => widths.get(c.key)! + gap, room - fixed, TOOLBAR_FOLD_ORDER);
}

/** The laid-out children of `bar` (those with a box), each with its fold key and outer width. */
function measure(bar: HTMLElement): ToolbarChild[] {
  return Array.from(bar.children).flatMap((el) => {
    if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) return [];
    const s = getComputedStyle(el);
    const width = el.classList.contains('spacer')
      ? 0
      : el.getBoundingClientRect().width + parseFloat(s.marginLeft) + parseFloat(s.marginRight);
    const fold = el.dataset.fold;
    return [fold ? { fold, width } : { width }];
  });
}

/**
 * React hook: the keys of the toolbar items (`data-fold`) to fold into More while `on`, kept up to
 * date as the toolbar `bar` resizes; empty while off.
 */
export function useToolbarFold(bar: RefObject<HTMLElement | null>, on: boolean): readonly string[] {
  const [keys, setKeys] = useState('');
  useLayoutEffect(() => {
    const node = bar.current;
    if (!on || !node || typeof ResizeObserver === 'undefined') return;
    const last = new Map<string, number>();
    const read = () => {
      const s = getComputedStyle(node);
      const children = measure(node);
      for (const c of children) if (c.fold) last.set(c.fold, c.width);
      const room = node.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 1;
      setKeys(toolbarFolds(children, last, room, parseFloat(s.columnGap) || 0).join(' '));
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(node);
    return () => ro.disconnect();
  }, [bar, on]);
  return on && keys ? keys.split(' ') : [];
}
