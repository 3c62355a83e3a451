/**
 * The diagram of a failing channel after a proposed fix, for the fix preview (issue 10 §4):
 * analysed narrowly on the channel's region (`core/analysis/fixPreview`), drawn by the one
 * channel-diagram model with the replaced element marked in place (REFERENCE §0.5), its fibers
 * numbered as a whole-design analysis of the substituted design numbers them.
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { ProposedFix } from '../core/analysis/fixes';
import { previewFix } from '../core/analysis/fixPreview';
import { channelDiagram, type ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { labelsFor } from '../core/labels';

/**
 * The diagram of `channel` of `analysis` (of `design`) after `fix`, labelled with `design`'s
 * labels, or null when the channel does not survive the fix. Equal to the diagram drawn from a
 * whole-design analysis of the substituted design, at the cost of one region.
 */
export function previewDiagram(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
  fix: ProposedFix,
): ChannelDiagram | null {
  const after = previewFix(design, analysis, channel, fix);
  if (!after) return null;
  const d = channelDiagram(after.analysis, after.channel, {
    labels: labelsFor(design),
    preview: { target: fix.target, text: fix.description },
  });
  const id = after.traceId;
  return {
    ...d,
    joints: d.joints.map((j) => ({ ...j, positions: j.positions.map((p) => ({ ...p, fiber: id(p.fiber) })) })),
    lanes: d.lanes.map((l) => ({ ...l, fiber: id(l.fiber) })),
    roles: d.roles.map((r) => ({ ...r, fiber: id(r.fiber) })),
  };
}
