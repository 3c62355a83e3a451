/**
 * The channel list: every channel with its verdict, method, loss bar and margin, and reach,
 * filtered by state. Virtualised (only the rows in view are in the DOM, so 1,728 channels of a
 * 10,000-fiber hall scroll smoothly); columns can be resized (drag or arrow keys on the header
 * edge) and hidden (Columns menu), remembered across reloads; the default widths fit the pane at
 * 1280 px with nothing cut off (cells wrap); on a touch screen, the columns that do not fit the
 * pane (a tablet in portrait) fold into the channel's cell as "header value" pairs that wrap as
 * units (`columnFold.ts`), so a row stays about three lines high.
 * Selecting a row selects the channel (the canvas highlights its path); a channel selected
 * elsewhere is scrolled into view.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ChannelRow as ChannelRowData } from '../core/analysis/view';
import { labelsFor, type LabelIndex } from '../core/labels';
import type { Design } from '../core/design';
import { rowClass, type FieldRow } from '../store/analysisFocus';
import { useAnalysis, useFocus } from '../store/analysisState';
import type { ChannelFilter } from '../store/session';
import { designerActions, useDesigner } from '../store/store';
import { CHANNEL_COLUMN_PREFS, CHANNEL_COLUMNS, CHANNEL_FOLD_ORDER, type ChannelColumn } from './channelColumns';
import { foldedColumns } from './columnFold';
import { useColumnPrefs } from './columnPrefs';
import { useCoarsePointer } from './useCoarsePointer';
import { setFoldedChannelColumns } from './channelFoldState';

const FILTERS: readonly { key: ChannelFilter; label: string }[] = [
  { key: 'all', label: 'All' },
  { key: 'failing', label: 'Failing' },
  { key: 'attention', label: 'Not passing' },
  { key: 'passing', label: 'Passing' },
  { key: 'test', label: 'Field test' },
];

const keep: Readonly<Record<ChannelFilter, (r: ChannelRowData, f: FieldRow | undefined) => boolean>> = {
  all: () => true,
  failing: (r, f) => rowClass(r, f) === 'fail',
  attention: (r, f) => rowClass(r, f) !== 'pass',
  passing: (r, f) => rowClass(r, f) === 'pass',
  test: (_r, f) => f?.attention ?? false,
};

/** Equipment channels and invalid links are listed; other links only on request (`isListedChannel`). */
const isListed = (r: ChannelRowData): boolean => r.equipment || r.verdict === 'invalid';

/**
 * The filters (shown in the tab bar): a row of buttons, and a one-control form ("Show" and a
 * select) that the stylesheet shows instead where the tab bar is too narrow for the buttons beside
 * the tabs (a tablet in portrait): the channel list keeps the row the buttons would take.
 */
export function ChannelFilters() {
  const filter = useDesigner((s) => s.session.channelFilter);
  return (
    <>
      <label className="filter-select">
        Show
        <select
          aria-label="Filter channels"
          value={filter}
          onChange={(e) => designerActions().setChannelFilter(e.target.value as ChannelFilter)}
        >
          {FILTERS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <FilterButtons filter={filter} />
    </>
  );
}

/** The filter buttons, one per filter, the active one pressed. */
function FilterButtons({ filter }: { filter: ChannelFilter }) {
  return (
    <div className="seg filter-buttons" role="group" aria-label="Filter channels">
      {FILTERS.map((f) => (
        <button
          key={f.key}
          type="button"
          className="btn small"
          aria-pressed={filter === f.key}
          onClick={() => designerActions().setChannelFilter(f.key)}
        >
          {f.label}
        </button>
      ))}
    </div>
  );
}

/** The resize handle at the right edge of a header cell: drag, or ←/→ by 8 px. */
function ResizeHandle({
  col,
  width,
  onLive,
}: {
  col: ChannelColumn;
  width: number;
  onLive: (w: number | null) => void;
}) {
  return (
    <span
      className="col-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${col.header} column`}
      aria-valuenow={width}
      aria-valuemin={col.min}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        CHANNEL_COLUMN_PREFS.setWidth(col.key, width + (e.key === 'ArrowRight' ? 8 : -8));
      }}
      onPointerDown={(e) => {
        e.preventDefault();
        const x0 = e.clientX;
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        let w = width;
        const move = (ev: PointerEvent) => {
          w = Math.max(col.min, width + ev.clientX - x0);
          onLive(w);
        };
        const up = () => {
          el.removeEventListener('pointermove', move);
          el.removeEventListener('pointerup', up);
          el.removeEventListener('pointercancel', up);
          onLive(null);
          CHANNEL_COLUMN_PREFS.setWidth(col.key, w);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
        el.addEventListener('pointercancel', up);
      }}
    />
  );
}

/**
 * One row of the table. Memoised: scrolling renders only the rows that come into view, and an
 * edit re-renders only the rows whose channel object changed.
 */
const ChannelRow = memo(function ChannelRow({
  r,
  f,
  index,
  focused,
  shown,
  folded,
  labels,
  measure,
}: {
  r: ChannelRowData;
  f: FieldRow | undefined;
  index: number;
  focused: boolean;
  shown: readonly ChannelColumn[];
  /**
   * Columns folded into the first cell (a narrow pane): "header value" pairs that follow the
   * name's sub-line in its flow, each wrapping as a unit.
   */
  folded: readonly ChannelColumn[];
  labels: LabelIndex;
  measure: (el: HTMLTableRowElement | null) => void;
}) {
  const under = folded.length > 0 && (
    <span className="folded-facts">
      {folded.map((c) => (
        <span key={c.key} className="folded-cell" data-col={c.key}>
          <span className="folded-head">{c.header}</span> <c.Cell r={r} f={f} labels={labels} focused={focused} />
        </span>
      ))}
    </span>
  );
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={focused ? 'selected' : undefined}
      data-channel={r.key}
      data-verdict={r.verdict}
      data-class={rowClass(r, f)}
      onClick={() => designerActions().select({ kind: 'channel', key: r.key })}
    >
      {shown.map((col, i) => (
        <td key={col.key} data-col={col.key} className={col.numeric ? 'num' : undefined}>
          <col.Cell r={r} f={f} labels={labels} focused={focused} under={i === 0 ? under : undefined} />
        </td>
      ))}
    </tr>
  );
});

/** The width (px) of `el`'s content box while `on`, kept up to date; 0 while off or not measured. */
function usePaneWidth(el: RefObject<HTMLElement | null>, on: boolean): number {
  const [w, setW] = useState(0);
  useLayoutEffect(() => {
    const node = el.current;
    if (!on || !node || typeof ResizeObserver === 'undefined') return;
    const read = () => setW(node.clientWidth);
    read();
    const ro = new ResizeObserver(read);
    ro.observe(node);
    return () => ro.disconnect();
  }, [el, on]);
  return on ? w : 0;
}

/** The channel table of the shown analysis (see `analysisState.ts`); never computes one. Memoised. */
export const ChannelList = memo(function ChannelList() {
  const of = useAnalysis((s) => s.of);
  const view = useAnalysis((s) => s.view);
  const field = useAnalysis((s) => s.field);
  return of && view ? (
    <ChannelTable doc={of} channels={view.channels} field={field} />
  ) : (
    <p className="empty">Analysing the design…</p>
  );
});

/** The channel table of the rows of `doc`'s analysis view: virtualised rows, resizable columns. */
function ChannelTable({
  doc,
  channels,
  field,
}: {
  doc: Design;
  channels: readonly ChannelRowData[];
  field: ReadonlyMap<string, FieldRow>;
}) {
  const filter = useDesigner((s) => s.session.channelFilter);
  const selection = useDesigner((s) => s.session.selection);
  const prefs = useColumnPrefs(CHANNEL_COLUMN_PREFS);
  const [live, setLive] = useState<{ key: string; width: number } | null>(null);
  const [showLinks, setShowLinks] = useState(false);
  const focus = useFocus(selection);
  const focused = selection?.kind === 'channel' ? selection.key : focus?.detail?.key;
  const rows = useMemo(
    () => channels.filter((r) => (showLinks || filter === 'test' || isListed(r)) && keep[filter](r, field.get(r.key))),
    [channels, field, filter, showLinks],
  );
  const hidden = useMemo(() => channels.filter((r) => !isListed(r)).length, [channels]);
  const labels = labelsFor(doc);
  const visible = useMemo(() => CHANNEL_COLUMNS.filter((c) => !prefs.hidden.includes(c.key)), [prefs.hidden]);
  const coarse = useCoarsePointer();
  const widthOf = (c: ChannelColumn) =>
    live?.key === c.key ? live.width : (prefs.widths[c.key] ?? (coarse ? c.touchWidth : undefined) ?? c.width ?? c.min);
  const scroller = useRef<HTMLDivElement>(null);
  // On a touch screen, the columns that do not fit the pane fold into the channel's cell (no sideways scroll).
  const pane = usePaneWidth(scroller, coarse);
  const foldWidth = (c: ChannelColumn) => (c.width === null ? (c.touchMin ?? c.min) : widthOf(c));
  const foldKeys = foldedColumns(visible, foldWidth, pane, CHANNEL_FOLD_ORDER);
  const foldId = foldKeys.join(' ');
  const [shown, folded] = useMemo(() => {
    const keys = foldId.split(' ');
    return [visible.filter((c) => !keys.includes(c.key)), visible.filter((c) => keys.includes(c.key))];
  }, [visible, foldId]);
  useEffect(() => setFoldedChannelColumns(foldId ? foldId.split(' ') : []), [foldId]);
  useEffect(() => () => setFoldedChannelColumns([]), []);
  const minWidth = shown.reduce((s, c) => s + (c.width === null ? c.min : widthOf(c)), 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is read during render by design.
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 46,
    overscan: 8,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const focusIndex = focused ? rows.findIndex((c) => c.key === focused) : -1;
  useEffect(() => {
    if (focusIndex >= 0) v.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, v]);
  const items = v.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, v.getTotalSize() - (items.at(-1)?.end ?? 0));
  const spacer = (h: number) =>
    h > 0 ? (
      <tr aria-hidden="true" className="spacer">
        <td colSpan={shown.length} style={{ height: h }} />
      </tr>
    ) : null;
  return (
    <div className="channel-scroll" ref={scroller}>
      <table
        data-folded={foldId || undefined}
        className="grid channels"
        aria-label="Channels"
        aria-rowcount={rows.length + 1}
        data-rows={rows.length}
        style={{ minWidth }}
      >
        <colgroup>
          {shown.map((c) => (
            <col key={c.key} style={c.width === null ? undefined : { width: widthOf(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {shown.map((c) => (
              <th key={c.key} scope="col" data-col={c.key} className={c.numeric ? 'num' : undefined}>
                {c.header}
                {c.width !== null && (
                  <ResizeHandle
                    col={c}
                    width={widthOf(c)}
                    onLive={(w) => setLive(w === null ? null : { key: c.key, width: w })}
                  />
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(padTop)}
          {items.map((it) => {
            const r = rows[it.index]!;
            return (
              <ChannelRow
                key={it.key}
                r={r}
                f={field.get(r.key)}
                index={it.index}
                focused={focused === r.key}
                shown={shown}
                folded={folded}
                labels={labels}
                measure={v.measureElement}
              />
            );
          })}
          {spacer(padBottom)}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="empty">
          {channels.length === 0
            ? 'No channels yet: place transceivers and connect them with cables.'
            : 'No channel matches this filter.'}
        </p>
      )}
      {hidden > 0 && (
        <label className="muted links-toggle">
          <input type="checkbox" checked={showLinks} onChange={(e) => setShowLinks(e.target.checked)} />
          Show {hidden} open or passive link{hidden > 1 ? 's' : ''} (dark positions, unpatched ports)
        </label>
      )}
    </div>
  );
}
