/**
 * The proposed fixes of a failing channel for the channel figure, computed after the channel is
 * on screen (never during render: finding fixes re-analyses the design per candidate part).
 */
import { useEffect, useState } from 'react';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { ProposedFix } from '../core/analysis/fixes';
import type { Design } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import { afterPaint } from '../store/analysisState';
import { fixesFor } from '../store/selectors';

/**
 * The fixes `fixesFor(design, analysis, channel)` of a failing channel, computed after paint:
 * null while they are being computed, `[]` for a channel that does not fail. A newer analysis or
 * channel drops an older run (its result is never shown for the new channel).
 */
export function useProposedFixes(design: Design, analysis: Analysis, channel: AnalysedChannel): ProposedFix[] | null {
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
  if (!failing) return NONE;
  return done?.channel === channel ? done.fixes : null;
}

const NONE: ProposedFix[] = [];
