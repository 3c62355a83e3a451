/**
 * Which columns of a table fold into its first column's cell when the pane is too narrow for them
 * all (the channel table on a tablet in portrait: a 664 px pane): the columns the user shows are
 * folded in a fixed order, least needed first, until the rest fit the pane's width, so the table
 * never scrolls sideways and nothing is lost (each folded value shows in the first cell, after its
 * header). The toolbar folds its items into More by the same rule (`src/app/toolbarFold.ts`).
 * Pure: widths in CSS px.
 */

/** What the fold needs to know of a column. */
export interface FoldColumn {
  readonly key: string;
}

/**
 * The keys of the columns of `shown` to fold, in `order` (least needed first): the shortest prefix
 * of `order` (keys not in `shown` are skipped) after which the widths of the remaining columns,
 * `widthOf` each (px; the column that takes the rest counted at its narrowest), sum to at most
 * `pane` px. Empty when everything fits (or the pane is not measured yet: `pane` ≤ 0). When even
 * folding every column of `order` does not fit, every one of them is folded (the table then
 * scrolls sideways, as before).
 */
export function foldedColumns<C extends FoldColumn>(
  shown: readonly C[],
  widthOf: (c: C) => number,
  pane: number,
  order: readonly string[],
): readonly string[] {
  if (pane <= 0) return [];
  let total = shown.reduce((s, c) => s + widthOf(c), 0);
  const folded: string[] = [];
  for (const key of order) {
    if (total <= pane) break;
    const c = shown.find((x) => x.key === key);
    if (!c) continue;
    folded.push(key);
    total -= widthOf(c);
  }
  return folded;
}
