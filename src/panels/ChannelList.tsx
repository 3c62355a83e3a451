/**
 * The channel list: every channel with its verdict, method, loss bar and margin, and reach,
 * filtered by state. Virtualised (only the rows in view are in the DOM, so 1,728 channels of a
 * 10,000-fiber hall scroll smoothly); columns can be resized (drag or arrow keys on the header
 * edge) and hidden (Columns menu), remembered across reloads; the default widths fit the pane at
 * 1280 px with nothing cut off (cells wrap). Selecting a row selects the channel (the canvas
 * highlights its path); a channel selected elsewhere is scrolled into view.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { VERDICTS } from '../core/engine/channels';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { labelsFor, type LabelIndex } from '../core/labels';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { analysisOf, channelClass, focusedChannel, isEquipmentChannel, lossClass } from '../store/selectors';
import type { ChannelFilter } from '../store/session';
import { designerActions, useDesigner } from '../store/store';
import { columnPrefsStore, useColumnPrefs } from './columnPrefs';
import { channelApplications, endpointName } from './describe';
import { useMenu } from './useMenu';
import { MarginBar, VerdictBadge, VerdictDot } from './VerdictBadge';
import { fmtDb, fmtM } from './verdictStyle';

const FILTERS: readonly { key: ChannelFilter; label: string }[] = [
  { key: 'all', label: 'All' },
  { key: 'failing', label: 'Failing' },
  { key: 'attention', label: 'Not passing' },
  { key: 'passing', label: 'Passing' },
];

const keep: Readonly<Record<ChannelFilter, (c: AnalysedChannel) => boolean>> = {
  all: () => true,
  failing: (c) => channelClass(c) === 'fail',
  attention: (c) => channelClass(c) !== 'pass',
  passing: (c) => channelClass(c) === 'pass',
};

const KIND_WORD: Readonly<Record<AnalysedChannel['kind'], string>> = {
  duplex: 'Duplex',
  parallel: 'Parallel',
  breakout: 'Breakout leg',
  partial: 'Partial',
  link: 'Passive link',
};

/** Labels of a channel's transceiver ends (`R1-SW1-Eth1 ↔ R2-SW1-Eth49 · `), or '' when an end has none. */
function endpointLabels(labels: LabelIndex, c: AnalysedChannel): string {
  const a = c.a.transceiver ? labels.devices.get(c.a.transceiver)?.text : undefined;
  const b = c.b.transceiver ? labels.devices.get(c.b.transceiver)?.text : undefined;
  return a && b ? `${a} ↔ ${b} · ` : '';
}

/** What a cell needs besides its channel. */
interface CellContext {
  readonly analysis: Analysis;
  readonly labels: LabelIndex;
  readonly focused: boolean;
}

/** One column of the channel table: default width (null: takes the rest), minimum, cell. */
interface ChannelColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number | null;
  readonly min: number;
  readonly hideable: boolean;
  readonly numeric?: boolean;
  readonly cell: (c: AnalysedChannel, x: CellContext) => ReactNode;
}

const NONE = <span className="muted">—</span>;

/** A loss cell: `draw(report, class)` when the channel has a loss report, a dash otherwise. */
function withLoss(
  c: AnalysedChannel,
  draw: (l: NonNullable<AnalysedChannel['loss']>, cls: NonNullable<ReturnType<typeof lossClass>>) => ReactNode,
): ReactNode {
  const lc = lossClass(c);
  return c.loss && lc ? draw(c.loss, lc) : NONE;
}
const noDb = (s: string) => s.replace(' dB', '');

/**
 * The columns, in order. The default fixed widths sum to 424 px, so at 1280 px (a 644 px pane) the
 * channel column keeps 220 px; cells wrap rather than overflow.
 */
const COLUMNS: readonly ChannelColumn[] = [
  {
    key: 'channel',
    header: 'Channel',
    width: null,
    min: 160,
    hideable: false,
    cell: (c, x) => (
      <button type="button" className="rowbtn" aria-pressed={x.focused}>
        <VerdictDot cls={channelClass(c)} />
        <span className="wrap">
          {endpointName(x.analysis, c.a)} ↔ {endpointName(x.analysis, c.b)}
          <span className="sub">
            {endpointLabels(x.labels, c)}
            {KIND_WORD[c.kind]}
            {channelApplications(x.analysis, c) ? ` · ${channelApplications(x.analysis, c)}` : ''}
          </span>
        </span>
      </button>
    ),
  },
  {
    key: 'polarity',
    header: 'Polarity',
    width: 96,
    min: 80,
    hideable: true,
    cell: (c) => <VerdictBadge cls={VERDICTS[c.verdict].cls} text={VERDICTS[c.verdict].text} />,
  },
  {
    key: 'method',
    header: 'Method',
    width: 56,
    min: 48,
    hideable: true,
    cell: (c) => (c.method === 'none' ? NONE : c.method),
  },
  {
    key: 'loss',
    header: 'Loss dB (IL / limit)',
    width: 112,
    min: 96,
    hideable: true,
    numeric: true,
    cell: (c) =>
      withLoss(c, (l, lc) => (
        <span className="losscell">
          <MarginBar
            totalDb={l.totalDb}
            limitDb={l.limitDb}
            cls={lc}
            label={`${LOSS_VERDICTS[l.verdict].text}: ${fmtDb(l.totalDb)} of ${fmtDb(l.limitDb)}`}
          />
          <span>
            {noDb(fmtDb(l.totalDb))} / {l.limitDb === null ? '—' : noDb(fmtDb(l.limitDb))}
          </span>
        </span>
      )),
  },
  {
    key: 'margin',
    header: 'Margin dB',
    width: 80,
    min: 64,
    hideable: true,
    numeric: true,
    cell: (c) =>
      withLoss(c, (l, lc) => (
        <VerdictBadge
          cls={lc}
          text={l.marginDb === null ? LOSS_VERDICTS[l.verdict].text : noDb(fmtDb(l.marginDb))}
          title={`${LOSS_VERDICTS[l.verdict].text}${l.marginDb === null ? '' : `: margin ${fmtDb(l.marginDb)}`}`}
        />
      )),
  },
  {
    key: 'reach',
    header: 'Length / reach m',
    width: 80,
    min: 64,
    hideable: true,
    numeric: true,
    cell: (c) => {
      const l = c.loss;
      if (!l) return NONE;
      const reach = l.applications.find((j) => j.application === l.governing)?.reachM?.value ?? null;
      return `${fmtM(l.lengthM).replace(' m', '')} / ${fmtM(reach).replace(' m', '')}`;
    },
  },
];

/** The stored layout of the channel table (widths, hidden columns), shared with the Columns menu. */
const PREFS = columnPrefsStore('channels', COLUMNS);

/** The filter buttons (shown in the tab bar). */
export function ChannelFilters() {
  const filter = useDesigner((s) => s.session.channelFilter);
  return (
    <div className="seg" role="group" aria-label="Filter channels">
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

/** The Columns menu (tab bar): show or hide each column, reset widths. */
export function ChannelColumnsMenu() {
  const prefs = useColumnPrefs(PREFS);
  const { open, setOpen, box } = useMenu();
  return (
    <div className="menu" ref={box}>
      <button
        type="button"
        className="btn small"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Columns ▾
      </button>
      {open && (
        <div className="menu-list columns-menu" role="group" aria-label="Channel table columns">
          {COLUMNS.filter((c) => c.hideable).map((c) => (
            <label key={c.key}>
              <input type="checkbox" checked={!prefs.hidden.includes(c.key)} onChange={() => PREFS.toggle(c.key)} />
              {c.header}
            </label>
          ))}
          <button type="button" className="btn small" onClick={PREFS.reset}>
            Reset columns
          </button>
        </div>
      )}
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
        PREFS.setWidth(col.key, width + (e.key === 'ArrowRight' ? 8 : -8));
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
          PREFS.setWidth(col.key, w);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
        el.addEventListener('pointercancel', up);
      }}
    />
  );
}

/** The channel table. */
export function ChannelList() {
  const doc = useDesigner((s) => s.doc);
  const filter = useDesigner((s) => s.session.channelFilter);
  const selection = useDesigner((s) => s.session.selection);
  const prefs = useColumnPrefs(PREFS);
  const [live, setLive] = useState<{ key: string; width: number } | null>(null);
  const [showLinks, setShowLinks] = useState(false);
  const analysis = analysisOf(doc);
  const focused = focusedChannel(doc, analysis, selection);
  const rows = useMemo(
    () => analysis.channels.filter((c) => (showLinks || isEquipmentChannel(c)) && keep[filter](c)),
    [analysis, filter, showLinks],
  );
  const hidden = analysis.channels.filter((c) => !isEquipmentChannel(c)).length;
  const labels = labelsFor(doc);
  const shown = COLUMNS.filter((c) => !prefs.hidden.includes(c.key));
  const widthOf = (c: ChannelColumn) => (live?.key === c.key ? live.width : (prefs.widths[c.key] ?? c.width ?? c.min));
  const minWidth = shown.reduce((s, c) => s + (c.width === null ? c.min : widthOf(c)), 0);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is read during render by design.
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 46,
    overscan: 8,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const focusIndex = focused ? rows.findIndex((c) => c.key === focused.key) : -1;
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
            const c = rows[it.index]!;
            const x: CellContext = { analysis, labels, focused: focused?.key === c.key };
            return (
              <tr
                key={it.key}
                ref={v.measureElement}
                data-index={it.index}
                aria-rowindex={it.index + 2}
                className={x.focused ? 'selected' : undefined}
                data-channel={c.key}
                data-verdict={c.verdict}
                data-class={channelClass(c)}
                onClick={() => designerActions().select({ kind: 'channel', key: c.key })}
              >
                {shown.map((col) => (
                  <td key={col.key} data-col={col.key} className={col.numeric ? 'num' : undefined}>
                    {col.cell(c, x)}
                  </td>
                ))}
              </tr>
            );
          })}
          {spacer(padBottom)}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="empty">
          {analysis.channels.length === 0
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
