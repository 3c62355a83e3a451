/**
 * The status bar: the last notice (a refusal reason in red, a confirmation in green; the whole
 * text one tap away when it is cut, `StatusNotice`), the
 * design being opened (a spinner and “Opening “Hall 3”…”, in a slot of fixed height: nothing
 * moves when it comes and goes), the channel counts per verdict class, and what the app says
 * about saving (`saved`).
 */
import type { ReactNode } from 'react';
import type { VerdictClass } from '../core/engine/channels';
import { useAnalysis } from '../store/analysisState';
import { useDesigner } from '../store/store';
import { StatusNotice } from './StatusNotice';
import { VerdictDot } from './VerdictBadge';
import { CLASS_STYLE } from './verdictStyle';

const ORDER: readonly VerdictClass[] = ['fail', 'unchecked', 'unverified', 'warning', 'pass'];

/** The status bar. */
export function StatusBar({ saved }: { saved?: ReactNode }) {
  const notice = useDesigner((s) => s.session.notice);
  const counts = useAnalysis((s) => s.view?.counts ?? null);
  const opening = useDesigner((s) => s.session.opening);
  return (
    <footer className="statusbar">
      <StatusNotice notice={notice} />
      <span className="opening" role="status" aria-live="polite" data-testid="opening">
        {opening && (
          <>
            <span className="spinner" aria-hidden="true" />
            Opening {opening.what}…
          </>
        )}
      </span>
      <span className="counts" aria-label="Channel summary">
        {ORDER.filter((c) => (counts?.[c] ?? 0) > 0).map((c) => (
          <span key={c} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <VerdictDot cls={c} />
            {counts?.[c]} {CLASS_STYLE[c].word.toLowerCase()}
          </span>
        ))}
      </span>
      {saved}
    </footer>
  );
}
