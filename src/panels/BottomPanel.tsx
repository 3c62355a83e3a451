/**
 * The analysis panel under the canvas: channels and issues, in tabs. It shows the analysis
 * state (never computing one): while a newer analysis is pending it keeps the previous one and
 * says "Updating…" (after ~100 ms, so quick results do not flicker); `data-analysis-state` is
 * `current` or `updating` for tests and benchmarks.
 */
import { useState } from 'react';
import { useAnalysis } from '../store/analysisState';
import type { FindingRow } from '../core/analysis/view';
import { ChannelColumnsMenu } from './ChannelColumnsMenu';
import { ChannelFilters, ChannelList } from './ChannelList';
import { IssueList } from './IssueList';
import { UpdatingMark } from './UpdatingMark';
import { CLASS_STYLE } from './verdictStyle';

const NO_FINDINGS: readonly FindingRow[] = [];

/** The bottom panel. */
export function BottomPanel() {
  const [tab, setTab] = useState<'channels' | 'issues'>('channels');
  const counts = useAnalysis((s) => s.view?.counts ?? null);
  const findings = useAnalysis((s) => s.view?.findings ?? NO_FINDINGS);
  const pending = useAnalysis((s) => s.pending);
  const total = counts ? Object.values(counts).reduce((x, y) => x + y, 0) : 0;
  // The tab takes the class of its worst finding: red only when a rule is broken, grey when unchecked.
  const issues = findings.length === 0 ? null : findings.some((f) => f.severity === 'invalid') ? 'fail' : 'unchecked';
  return (
    <section className="bottom" aria-label="Analysis" data-analysis-state={pending ? 'updating' : 'current'}>
      <div className="tabs">
        <div role="tablist" aria-label="Analysis views" style={{ display: 'flex', gap: 2 }}>
          <button
            type="button"
            role="tab"
            id="tab-channels"
            aria-controls="panel-channels"
            aria-selected={tab === 'channels'}
            onClick={() => setTab('channels')}
          >
            Channels ({total})
          </button>
          <button
            type="button"
            role="tab"
            id="tab-issues"
            aria-controls="panel-issues"
            aria-selected={tab === 'issues'}
            onClick={() => setTab('issues')}
            className={issues ? `tab-${issues}` : undefined}
            aria-label={`Issues (${findings.length}${issues ? `, ${CLASS_STYLE[issues].word.toLowerCase()}` : ''})`}
          >
            {issues && (
              <span className="tab-glyph" aria-hidden="true">
                {CLASS_STYLE[issues].glyph}
              </span>
            )}
            Issues ({findings.length})
          </button>
        </div>
        <UpdatingMark pending={pending} />
        {tab === 'channels' && (
          <div className="filters">
            <ChannelFilters />
            <ChannelColumnsMenu />
          </div>
        )}
      </div>
      <div
        className="tabpanel"
        role="tabpanel"
        id={tab === 'channels' ? 'panel-channels' : 'panel-issues'}
        aria-labelledby={tab === 'channels' ? 'tab-channels' : 'tab-issues'}
      >
        {tab === 'channels' ? <ChannelList /> : <IssueList />}
      </div>
    </section>
  );
}
