/**
 * Where a channel figure (`ChannelFigure`) gets its diagrams and proposed fixes: both the designer
 * (`ChannelDetail`) and the technician's port map ask the analysis worker (`engineFigureSource`).
 */
import type { ProposedFix } from '../core/analysis/fixes';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { AnalysisEngine } from '../store/analysisState';

/**
 * Where a channel figure gets its diagrams and fixes: the analysis worker (`analysisState`). A new
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

/**
 * A figure source asking `engine` (the analysis worker) for the fixes and previews of channel
 * `key` of its current analysis; `built` is the channel's diagram as built (no fix marked). With
 * no engine (the app's analysis not bound yet, e.g. in a unit test) fixes and previews answer null.
 */
export function engineFigureSource(
  engine: AnalysisEngine | undefined,
  key: string,
  built: ChannelDiagram,
  failing: boolean,
): FigureSource {
  return {
    built,
    failing,
    fixes: () => engine?.fixes(key) ?? Promise.resolve(null),
    preview: (fix) => engine?.preview(key, fix) ?? Promise.resolve(null),
  };
}
