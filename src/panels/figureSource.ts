/**
 * Where a channel figure (`ChannelFigure`) gets its diagrams and proposed fixes: the designer
 * asks the analysis worker (`ChannelDetail`), the technician's port map computes them on its own
 * thread from its own analysis (`localFigureSource`).
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { ProposedFix } from '../core/analysis/fixes';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import { afterPaint } from '../store/analysisState';
import { fixesFor } from '../store/selectors';
import { diagramOf } from './channelFigureModel';

const NO_FIXES: readonly ProposedFix[] = [];

/**
 * Where a channel figure gets its diagrams and fixes: the designer asks the analysis worker
 * (`analysisState`), the port map computes them on its own thread (`localFigureSource`). A new
 * source (a new analysis of the channel) fetches its fixes again; answers for an older source are
 * dropped.
 */
export interface FigureSource {
  /** The channel as built (no fix marked). */
  readonly built: ChannelDiagram;
  /** True when the channel fails (then fixes are looked for). */
  readonly failing: boolean;
  /** The proposed fixes with the diagram marking the best one's target as the fault. */
  fixes(): Promise<{ readonly fixes: readonly ProposedFix[]; readonly diagram: ChannelDiagram } | null>;
  /** The diagram after `fix`, or null when the channel is gone after it. */
  preview(fix: ProposedFix): Promise<ChannelDiagram | null>;
}

/** A figure source computing on this thread after paint, for the port map's own analysis. */
export function localFigureSource(design: Design, analysis: Analysis, channel: AnalysedChannel): FigureSource {
  const after = <T>(f: () => T) => new Promise<T>((r) => afterPaint(() => r(f())));
  return {
    built: diagramOf(design, analysis, channel, NO_FIXES, null),
    failing: VERDICTS[channel.verdict].cls === 'fail',
    fixes: () =>
      after(() => {
        const fixes = fixesFor(design, analysis, channel);
        return { fixes, diagram: diagramOf(design, analysis, channel, fixes, null) };
      }),
    preview: (fix) => after(() => diagramOf(design, analysis, channel, NO_FIXES, fix)),
  };
}
