/**
 * The channel list: every channel with its verdict, method, loss margin bar and reach, filtered
 * by state. Selecting a row selects the channel (the canvas highlights its path).
 */
import { memo, useMemo, useState } from 'react';
import { VERDICTS } from '../core/engine/channels';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { Design } from '../core/design';
import { labelsFor, type LabelIndex } from '../core/labels';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { useAnalysis } from '../store/analysisState';
import { channelClass, focusedChannel, isEquipmentChannel, lossClass } from '../store/selectors';
import type { ChannelFilter } from '../store/session';
import { designerActions, useDesigner } from '../store/store';
import { channelApplications, endpointName } from './describe';
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

/** The channel table of the shown analysis (see `analysisState.ts`); never computes one. Memoised. */
export const ChannelList = memo(function ChannelList() {
  const of = useAnalysis((s) => s.of);
  const analysis = useAnalysis((s) => s.analysis);
  return of && analysis ? (
    <ChannelTable doc={of} analysis={analysis} />
  ) : (
    <p className="empty">Analysing the design…</p>
  );
});

/** The channel table of `analysis` (the analysis of `doc`). */
function ChannelTable({ doc, analysis }: { doc: Design; analysis: Analysis }) {
  const filter = useDesigner((s) => s.session.channelFilter);
  const selection = useDesigner((s) => s.session.selection);
  const [showLinks, setShowLinks] = useState(false);
  const focused = focusedChannel(doc, analysis, selection);
  const rows = useMemo(
    () => analysis.channels.filter((c) => (showLinks || isEquipmentChannel(c)) && keep[filter](c)),
    [analysis, filter, showLinks],
  );
  const hidden = analysis.channels.filter((c) => !isEquipmentChannel(c)).length;
  const labels = labelsFor(doc);
  return (
    <div>
      <table className="grid" aria-label="Channels">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Polarity</th>
            <th scope="col">Method</th>
            <th scope="col">Loss (IL / limit)</th>
            <th scope="col">Margin</th>
            <th scope="col">Length / reach</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const cls = channelClass(c);
            const l = c.loss;
            const lc = lossClass(c);
            const reach = l?.applications.find((j) => j.application === l.governing)?.reachM?.value ?? null;
            return (
              <tr
                key={c.key}
                className={focused?.key === c.key ? 'selected' : undefined}
                data-channel={c.key}
                data-verdict={c.verdict}
                data-class={cls}
                onClick={() => designerActions().select({ kind: 'channel', key: c.key })}
              >
                <td>
                  <button type="button" className="rowbtn" aria-pressed={focused?.key === c.key}>
                    <VerdictDot cls={cls} />
                    <span className="ellipsis">
                      {endpointName(analysis, c.a)} ↔ {endpointName(analysis, c.b)}
                      <span className="sub">
                        {endpointLabels(labels, c)}
                        {KIND_WORD[c.kind]}
                        {channelApplications(analysis, c) ? ` · ${channelApplications(analysis, c)}` : ''}
                      </span>
                    </span>
                  </button>
                </td>
                <td>
                  <VerdictBadge cls={VERDICTS[c.verdict].cls} text={VERDICTS[c.verdict].text} />
                </td>
                <td>{c.method === 'none' ? <span className="muted">—</span> : `Method ${c.method}`}</td>
                <td className="num">
                  {l && lc ? (
                    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                      <MarginBar
                        totalDb={l.totalDb}
                        limitDb={l.limitDb}
                        cls={lc}
                        label={`${LOSS_VERDICTS[l.verdict].text}: ${fmtDb(l.totalDb)} of ${fmtDb(l.limitDb)}`}
                      />
                      {fmtDb(l.totalDb).replace(' dB', '')} / {l.limitDb === null ? '—' : fmtDb(l.limitDb)}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num">
                  {l && lc ? (
                    <VerdictBadge
                      cls={lc}
                      text={l.marginDb === null ? LOSS_VERDICTS[l.verdict].text : fmtDb(l.marginDb)}
                      title={LOSS_VERDICTS[l.verdict].text}
                    />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num">{l ? `${fmtM(l.lengthM)} / ${fmtM(reach)}` : '—'}</td>
              </tr>
            );
          })}
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
        <label
          className="muted"
          style={{ display: 'flex', gap: 6, alignItems: 'center', padding: '6px 8px', minHeight: 32 }}
        >
          <input type="checkbox" checked={showLinks} onChange={(e) => setShowLinks(e.target.checked)} />
          Show {hidden} open or passive link{hidden > 1 ? 's' : ''} (dark positions, unpatched ports)
        </label>
      )}
    </div>
  );
}
