/**
 * The selected channel: its verdicts, why it fails, the proposed fixes (one click, one undo
 * step), the per-hop loss and the fiber map.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { VERDICTS } from '../core/engine/channels';
import type { AnalysedChannel } from '../core/analysis/analyze';
import type { ProposedFix } from '../core/analysis/fixes';
import type { ChannelDetailView } from '../store/analysisFocus';
import { appAnalysis } from '../store/analysisState';
import { designerActions } from '../store/store';
import { unverifiedWhy } from './unverifiedWhy';
import { useModalDialog } from './useModalDialog';
import { TABLET_DIAGRAM_SCALE } from './ChannelDiagramSvg';
import { ChannelFigure } from './ChannelFigure';
import { useCoarsePointer } from './useCoarsePointer';
import { engineFigureSource } from './figureSource';
import { FiberMap } from './FiberMap';
import { FieldTestSection } from './FieldTestSection';
import { LossBreakdown } from './LossBreakdown';
import { VerdictBadge } from './VerdictBadge';

const KIND_WORD: Readonly<Record<AnalysedChannel['kind'], string>> = {
  duplex: 'duplex channel',
  parallel: 'parallel channel',
  breakout: 'breakout leg',
  partial: 'partial channel (one end has no transceiver)',
  link: 'passive link',
};

const apply = (f: ProposedFix) => designerActions().applyFix(f);

/**
 * The channel section of the sidebar, from the open channel the analysis worker sent
 * (`ChannelDetailView`); memoised: it changes with the shown analysis, not with every edit (the
 * field-test settings the user edits follow the design themselves, `FieldTestSection`).
 */
export const ChannelDetail = memo(function ChannelDetail({ detail }: { detail: ChannelDetailView }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [wideOpen, setWideOpen] = useState(false);
  // On a tablet the diagram's text is drawn at 16 px (the wide view is at least as large).
  const scale = useCoarsePointer() ? TABLET_DIAGRAM_SCALE : 1;
  const wide = useModalDialog(wideOpen);
  const channel = detail.channel;
  const v = VERDICTS[channel.verdict];
  const reasons = channel.reasons;
  const unverified = detail.unverified;
  const source = useMemo(
    () =>
      engineFigureSource(
        appAnalysis()?.engine,
        detail.key,
        detail.diagram,
        VERDICTS[detail.channel.verdict].cls === 'fail',
      ),
    [detail],
  );
  return (
    <section
      className="panel"
      aria-label="Selected channel"
      data-testid="channel-detail"
      data-verdict={channel.verdict}
    >
      <h2>{detail.title}</h2>
      <p style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center', margin: '0 0 6px' }}>
        <VerdictBadge cls={v.cls} text={`Polarity: ${v.text}`} />
        <span className="muted">
          {KIND_WORD[channel.kind]}
          {channel.method !== 'none' ? ` · TIA-568.3-E Method ${channel.method}` : ''} · {channel.fibers.length} fibers
        </span>
      </p>
      {unverified.length > 0 && v.cls !== 'fail' && (
        <details className="why-unverified" data-testid="channel-unverified-why">
          <summary>
            <VerdictBadge cls="unverified" text="map unverified" /> {unverified.map((u) => u.name).join(', ')}: why the
            verdict holds
          </summary>
          <p>{unverifiedWhy(unverified[0]!.part)}</p>
        </details>
      )}
      {reasons.length > 0 && (
        <ul className="reasons" aria-label="Reasons">
          {reasons.slice(0, 8).map((r) => (
            <li key={r}>{r}</li>
          ))}
          {reasons.length > 8 && <li className="muted">…and {reasons.length - 8} more</li>}
        </ul>
      )}
      <h3 style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        Channel diagram
        <button
          type="button"
          className="btn small"
          aria-label="Open the channel diagram wide"
          onClick={() => setWideOpen(true)}
        >
          Open wide
        </button>
      </h3>
      <ChannelFigure key={channel.key} source={source} onApply={apply} scale={scale} />
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
      {channel.loss && (
        <>
          <h3>Loss</h3>
          <LossBreakdown loss={channel.loss} />
        </>
      )}
      <FieldTestSection links={detail.fieldTest} />
      <h3 style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        Fiber map
        <button type="button" className="btn small" onClick={() => dialog.current?.showModal()}>
          Open wide
        </button>
      </h3>
      <FiberMap fibers={detail.fibers} vsff={detail.vsff} />
      <dialog
        ref={wide}
        aria-label="Channel diagram"
        className="wide"
        onClose={() => setWideOpen(false)}
        onClick={(e) => {
          if (e.target === wide.current) setWideOpen(false);
        }}
      >
        <header>
          <h2>Channel diagram · {detail.title}</h2>
          <button type="button" className="btn" onClick={() => setWideOpen(false)}>
            Close
          </button>
        </header>
        <div className="body">
          {wideOpen && (
            <ChannelFigure key={channel.key} source={source} onApply={apply} scale={Math.max(1.25, scale)} />
          )}
        </div>
      </dialog>
      <dialog
        ref={dialog}
        aria-label="Fiber map"
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current?.close();
        }}
      >
        <header>
          <h2>Fiber map · {detail.title}</h2>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        <div className="body">
          <FiberMap fibers={detail.fibers} vsff={detail.vsff} />
        </div>
      </dialog>
    </section>
  );
});
