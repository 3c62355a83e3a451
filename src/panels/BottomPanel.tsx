/**
 * The analysis panel under the canvas: channels and issues, in tabs.
 */
import { useState } from 'react';
import { analysisOf, verdictCounts } from '../store/selectors';
import { useDesigner } from '../store/store';
import { ChannelFilters, ChannelList } from './ChannelList';
import { IssueList } from './IssueList';

/** The bottom panel. */
export function BottomPanel() {
  const [tab, setTab] = useState<'channels' | 'issues'>('channels');
  const doc = useDesigner((s) => s.doc);
  const a = analysisOf(doc);
  const counts = verdictCounts(a);
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  return (
    <section className="bottom" aria-label="Analysis">
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
            style={a.findings.length ? { color: 'var(--fail-text)' } : undefined}
          >
            Issues ({a.findings.length})
          </button>
        </div>
        {tab === 'channels' && (
          <div className="filters">
            <ChannelFilters />
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
