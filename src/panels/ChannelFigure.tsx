/**
 * A channel drawn end to end (the layout model of `core/deliverables/channelDiagram`), with the
 * proposed fixes of a failing channel: the element the best fix replaces is marked where it goes
 * wrong, and "Preview" redraws the channel as it would be after a fix, the replaced element marked
 * in place. Used by the designer's channel detail (with Apply) and the tablet port map (read-only).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import { VERDICTS } from '../core/engine/channels';
import type { ProposedFix } from '../core/analysis/fixes';
import type { FigureSource } from './figureSource';
import { ChannelDiagramSvg } from './ChannelDiagramSvg';
import { VerdictBadge } from './VerdictBadge';

const fixKey = (f: ProposedFix): string => `${f.target.id}>${f.toPart}${f.toFiberType ? `:${f.toFiberType}` : ''}`;
const NO_FIXES: readonly ProposedFix[] = [];

/**
 * The channel figure: diagram in a sideways-scrolling box (the faulty element scrolled into view),
 * then the proposed fixes (looked for after the channel is on screen; "Looking for…" meanwhile)
 * with Preview and, when `onApply` is given, Apply. `scale` sizes the SVG.
 */
export function ChannelFigure({
  source,
  scale = 1,
  onApply,
}: {
  source: FigureSource;
  scale?: number;
  onApply?: (f: ProposedFix) => void;
}) {
  const { failing } = source;
  const [found, setFound] = useState<{
    source: FigureSource;
    fixes: readonly ProposedFix[];
    diagram: ChannelDiagram;
  } | null>(null);
  const [previewKey, setPreviewKey] = useState<string | null>(null);
  const [shown, setShown] = useState<{ source: FigureSource; key: string; diagram: ChannelDiagram | null } | null>(
    null,
  );
  useEffect(() => {
    if (!failing) return;
    let live = true;
    source.fixes().then(
      (r) => {
        if (live && r) setFound({ source, ...r });
      },
      () => undefined, // cancelled by a newer design: the newer source looks again
    );
    return () => {
      live = false;
    };
  }, [source, failing]);
  const current = found?.source === source ? found : null;
  const fixes = current?.fixes ?? NO_FIXES;
  const preview = fixes.find((f) => fixKey(f) === previewKey) ?? null;
  useEffect(() => {
    if (!preview) return;
    let live = true;
    void source.preview(preview).then((diagram) => {
      if (live) setShown({ source, key: fixKey(preview), diagram });
    });
    return () => {
      live = false;
    };
  }, [source, preview]);
  const previewed = preview && shown?.source === source && shown.key === fixKey(preview) ? shown.diagram : null;
  const d = useMemo(() => previewed ?? current?.diagram ?? source.built, [previewed, current, source]);
  const found0 = failing ? (current ? current.fixes : null) : NO_FIXES;
  const box = useRef<HTMLDivElement>(null);
  const marked = d.boxes.find((b) => b.tone !== 'normal');
  useEffect(() => {
    const el = box.current;
    // Keep as much of the left (the start of the channel) in view as the marked box allows.
    if (el && marked) el.scrollLeft = Math.max(0, (marked.x + marked.w + 24) * scale - el.clientWidth);
  }, [marked, scale]);
  return (
    <div className="channel-figure" data-testid="channel-figure" data-preview={preview ? 'on' : 'off'}>
      <div
        className="diagram-scroll"
        ref={box}
        tabIndex={0}
        role="region"
        aria-label="Channel diagram, scrolls sideways"
      >
        <ChannelDiagramSvg d={d} scale={scale} />
      </div>
      {preview && (
        <p className="preview-note">
          <VerdictBadge cls="pass" text="Preview" /> after: {preview.description}.{' '}
          <button type="button" className="btn small" onClick={() => setPreviewKey(null)}>
            Back to the channel as built
          </button>
        </p>
      )}
      {failing && (
        <>
          <h3>Proposed fixes</h3>
          {found0 === null && (
            <p className="muted" role="status">
              Looking for single part replacements…
            </p>
          )}
          {found0?.length === 0 && (
            <p className="muted">No single part or fiber-type change makes this channel pass.</p>
          )}
          {fixes.slice(0, 4).map((f) => {
            const on = previewKey === fixKey(f);
            return (
              <div className="fix" key={fixKey(f)}>
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
                  className="btn small"
                  aria-pressed={on}
                  onClick={() => setPreviewKey(on ? null : fixKey(f))}
                  aria-label={`Preview fix: ${f.description}`}
                >
                  Preview
                </button>
                {onApply && (
                  <button
                    type="button"
                    className="btn primary small"
                    onClick={() => onApply(f)}
                    aria-label={`Apply fix: ${f.description}`}
                  >
                    Apply
                  </button>
                )}
              </div>
            );
          })}
        </>
      )}
    </div>
  );
}
