/**
 * The analysis panel under the canvas: channels and issues, in tabs.
 */
import { useState } from 'react';
import { analysisOf, verdictCounts } from '../store/selectors';
import { useDesigner } from '../store/store';
import { ChannelColumnsMenu, ChannelFilters, ChannelList } from './ChannelList';
import { IssueList } from './IssueList';
import { CLASS_STYLE } from './verdictStyle';

/** The bottom panel. */
export function BottomPanel() {
  const [tab, setTab] = useState<'channels' | 'issues'>('channels');
  const doc = useDesigner((s) => s.doc);
  const a = analysisOf(doc);
  const counts = verdictCounts(a);
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  // The tab takes the class of its worst finding: red only when a rule is broken, grey when unchecked.
  const issues =
    a.findings.length === 0 ? null : a.findings.some((f) => f.severity === 'invalid') ? 'fail' : 'unchecked';
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
            className={issues ? `tab-${issues}` : undefined}
            aria-label={`Issues (${a.findings.length}${issues ? `, ${CLASS_STYLE[issues].word.toLowerCase()}` : ''})`}
          >
            {issues && (
              <span className="tab-glyph" aria-hidden="true">
                {CLASS_STYLE[issues].glyph}
              </span>
            )}
            Issues ({a.findings.length})
          </button>
        </div>
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
