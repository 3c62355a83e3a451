/**
 * The diagram a channel figure shows: the channel as built, with the element the best proposed fix
 * replaces marked as where it goes wrong; or the channel as it would be after a previewed fix,
 * the replaced element marked in place (re-analysed on the substituted design).
 */
import { channelDiagram, type ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { substitutePart, successorChannel, type ProposedFix } from '../core/analysis/fixes';
import { labelsFor } from '../core/labels';
import { analysisOf } from '../store/selectors';

/**
 * The diagram of `channel` as built (fault at `fixes[0]`, the best proposal), or, when `preview`
 * is given, of the same channel (by key) after that substitution. Falls back to the channel as
 * built when the channel no longer exists after the substitution.
 */
export function diagramOf(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
  fixes: readonly ProposedFix[],
  preview: ProposedFix | null,
): ChannelDiagram {
  const labels = labelsFor(design);
  const best = fixes[0];
  if (preview) {
    const after = analysisOf(substitutePart(design, preview.target, preview.toPart, preview.toFiberType));
    const same = successorChannel(after.channels, channel);
    if (same)
      return channelDiagram(after, same, {
        labels,
        preview: { target: preview.target, text: preview.description },
      });
  }
  return channelDiagram(analysis, channel, {
    labels,
    ...(best ? { fix: { target: best.target, text: best.description } } : {}),
  });
}
