/**
 * The selected channel: its verdicts, why it fails, the proposed fixes (one click, one undo
 * step), the per-hop loss and the fiber map.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { VERDICTS } from '../core/engine/channels';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { ProposedFix } from '../core/analysis/fixes';
import type { Design } from '../core/design';
import { afterPaint } from '../store/analysisState';
import { fixesFor } from '../store/selectors';
import { designerActions } from '../store/store';
import { channelTitle } from './describe';
import { FiberMap } from './FiberMap';
import { LossBreakdown } from './LossBreakdown';
import { VerdictBadge } from './VerdictBadge';

const KIND_WORD: Readonly<Record<AnalysedChannel['kind'], string>> = {
  duplex: 'duplex channel',
  parallel: 'parallel channel',
  breakout: 'breakout leg',
  partial: 'partial channel (one end has no transceiver)',
  link: 'passive link',
};

/**
 * The proposed fixes of a failing channel, computed after the channel is on screen (never during
 * render); null while they are being computed. A newer analysis or channel drops an older run.
 */
function useProposedFixes(design: Design, analysis: Analysis, channel: AnalysedChannel): ProposedFix[] | null {
  const [done, setDone] = useState<{ channel: AnalysedChannel; fixes: ProposedFix[] } | null>(null);
  const failing = VERDICTS[channel.verdict].cls === 'fail';
  useEffect(() => {
    if (!failing) return;
    let live = true;
    afterPaint(() => {
      if (live) setDone({ channel, fixes: fixesFor(design, analysis, channel) });
    });
    return () => {
      live = false;
    };
  }, [design, analysis, channel, failing]);
  return done?.channel === channel ? done.fixes : null;
}

function Fixes({ design, analysis, channel }: { design: Design; analysis: Analysis; channel: AnalysedChannel }) {
  const fixes = useProposedFixes(design, analysis, channel);
  if (VERDICTS[channel.verdict].cls !== 'fail') return null;
  return (
    <>
      <h3>Proposed fixes</h3>
      {fixes === null && (
        <p className="muted" role="status">
          Looking for single part replacements…
        </p>
      )}
      {fixes?.length === 0 && <p className="muted">No single part replacement makes this channel pass.</p>}
      {(fixes ?? []).slice(0, 4).map((f) => (
        <div className="fix" key={`${f.target.id}>${f.toPart}`}>
          <div style={{ flex: 1 }}>
            <p>{f.description}</p>
            <span className="muted">
              Afterwards: <VerdictBadge cls={VERDICTS[f.verdictAfter].cls} text={VERDICTS[f.verdictAfter].text} />
              {f.otherChannelsChanged > 0
                ? ` · changes ${f.otherChannelsChanged} other channel${f.otherChannelsChanged > 1 ? 's' : ''}`
                : ' · no other channel changes'}
            </span>
          </div>
          <button
            type="button"
            className="btn primary small"
            onClick={() => designerActions().applyFix(f)}
            aria-label={`Apply fix: ${f.description}`}
          >
            Apply
          </button>
        </div>
      ))}
    </>
  );
}

/** The channel section of the sidebar (memoised: it changes with the shown analysis, not with every edit). */
export const ChannelDetail = memo(function ChannelDetail({
  design,
  analysis,
  channel,
}: {
  design: Design;
  analysis: Analysis;
  channel: AnalysedChannel;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const v = VERDICTS[channel.verdict];
  const reasons = channel.reasons;
  return (
    <section
      className="panel"
      aria-label="Selected channel"
      data-testid="channel-detail"
      data-verdict={channel.verdict}
    >
      <h2>{channelTitle(analysis, channel)}</h2>
      <p style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center', margin: '0 0 6px' }}>
        <VerdictBadge cls={v.cls} text={`Polarity: ${v.text}`} />
        <span className="muted">
          {KIND_WORD[channel.kind]}
          {channel.method !== 'none' ? ` · TIA-568.3-E Method ${channel.method}` : ''} · {channel.fibers.length} fibers
        </span>
      </p>
      {reasons.length > 0 && (
        <ul className="reasons" aria-label="Reasons">
          {reasons.slice(0, 8).map((r) => (
            <li key={r}>{r}</li>
          ))}
          {reasons.length > 8 && <li className="muted">…and {reasons.length - 8} more</li>}
        </ul>
      )}
      {channel.why.length > 0 && (
        <details className="why" open>
          <summary>Why: polarity parity</summary>
          <ul aria-label="Why">
            {channel.why.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <Fixes design={design} analysis={analysis} channel={channel} />
      {channel.loss && (
        <>
          <h3>Loss</h3>
          <LossBreakdown loss={channel.loss} />
        </>
      )}
      <h3 style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        Fiber map
        <button type="button" className="btn small" onClick={() => dialog.current?.showModal()}>
          Open wide
        </button>
      </h3>
      <FiberMap analysis={analysis} channel={channel} />
      <dialog
        ref={dialog}
        aria-label="Fiber map"
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current?.close();
        }}
      >
        <header>
          <h2>Fiber map · {channelTitle(analysis, channel)}</h2>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        <div className="body">
          <FiberMap analysis={analysis} channel={channel} />
        </div>
      </dialog>
    </section>
  );
});
