/**
 * What the technician's port map (issue 5) asks the analysis service, computed on the service's
 * side (the Web Worker) from the full analysis, which never crosses to the main thread: the
 * verdict class of every port (the tiles' colours) and, for the tapped port, its whole path
 * (`portPath`: every fiber hop by hop, the channels with polarity verdict and loss margin), each
 * channel's diagram as built, and the field test of the permanent links through it (issue 14).
 * All plain, structured-clone-friendly data.
 */
import type { Analysis } from '../core/analysis/analyze';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import { portPath, type PortPath } from '../core/deliverables/portPath';
import type { PortRef } from '../core/design';
import { VERDICTS, type VerdictClass } from '../core/engine/channels';
import { linkEvaluator, type PermanentLink } from '../core/fieldTest';
import { labelsFor } from '../core/labels';
import { diagramWithFix, type FieldTestLink } from './analysisFocus';
import { fieldTestOf, hasTestResults, linksOf, rowClassOf } from './fieldTestSelectors';
import { channelPath, isEquipmentChannel, worseClass } from './selectors';

/**
 * The verdict class of each port (`device#port` as cables name it, a switch port is its cage),
 * as `[key, class]` pairs: the worst row class (`rowClassOf`: polarity, loss, link verdict, a
 * failed field test) of the equipment channels (transceivers at both ends) through it; a port no
 * equipment channel passes gets the worst class of the other channels (open links, partial
 * channels). Ports no channel passes are absent.
 */
export function portClasses(a: Analysis): [string, VerdictClass][] {
  const design = a.index.design;
  const equipment = new Map<string, VerdictClass>();
  const other = new Map<string, VerdictClass>();
  for (const c of a.channels) {
    const cls = rowClassOf(design, c);
    const into = isEquipmentChannel(c) ? equipment : other;
    for (const k of channelPath(design, c).ports) {
      const was = into.get(k);
      into.set(k, was ? worseClass(was, cls) : cls);
    }
  }
  for (const [k, cls] of other) if (!equipment.has(k)) equipment.set(k, cls);
  return [...equipment];
}

/** One channel through the tapped port, for its figure (the fixes are asked for separately). */
export interface PortChannelFigure {
  readonly key: string;
  /** The channel diagram as built (REFERENCE §0.5; no fix marked). */
  readonly diagram: ChannelDiagram;
  /** The channel's polarity verdict is a failure (then the figure asks for fixes). */
  readonly failing: boolean;
}

/** Everything the port map's path panel shows for one port. */
export interface PortDetail {
  /** The port's fibers hop by hop and the channels they belong to (worst first). */
  readonly path: PortPath;
  /** The diagram of each channel of `path.channels` (same order; a channel not found is left out). */
  readonly figures: readonly PortChannelFigure[];
  /** The permanent links of those channels (first seen first), each evaluated against its link limit and measured outcome. */
  readonly links: readonly FieldTestLink[];
}

/** The path panel of port `ref` in analysis `a` (labels of `a`'s design, REFERENCE §9). */
export function portDetail(a: Analysis, ref: PortRef): PortDetail {
  const design = a.index.design;
  const path = portPath(a, ref, labelsFor(design));
  const figures: PortChannelFigure[] = [];
  for (const s of path.channels) {
    const c = a.channels.find((x) => x.key === s.key);
    if (c)
      figures.push({
        key: c.key,
        diagram: diagramWithFix(a, c, undefined),
        failing: VERDICTS[c.verdict].cls === 'fail',
      });
  }
  const byChannel = linksOf(design).byChannel;
  const seen = new Set<string>();
  const links: PermanentLink[] = [];
  for (const s of path.channels)
    for (const l of byChannel.get(s.key) ?? [])
      if (!seen.has(l.key)) {
        seen.add(l.key);
        links.push(l);
      }
  const ev = linkEvaluator(a);
  // Before the first import nothing is "untested" yet, and the outcomes are not computed.
  const outcomes = links.length && hasTestResults(design) ? fieldTestOf(design) : null;
  return {
    path,
    figures,
    links: links.map((link) => ({
      link,
      evaluation: ev.evaluate(link),
      outcome: outcomes?.byLink.get(link.key) ?? null,
    })),
  };
}
