/**
 * What the analysis worker sends for the selection and the channel list beyond the core's view
 * rows: the focused channel (its path to highlight, and in full for the sidebar: fibers with
 * hops, loss report, diagram, field-test links), and the field-test state of the channel rows
 * (issue 14). All plain, structured-clone-friendly data, built on the worker side from the full
 * analysis, which never crosses to the main thread.
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { channelDetail, type FiberRow } from '../core/analysis/channelDetail';
import { channelTitle } from '../core/analysis/describe';
import type { ChannelRow } from '../core/analysis/view';
import { channelDiagram, type ChannelDiagram } from '../core/deliverables/channelDiagram';
import { isVsff } from '../core/connectors';
import type { Design } from '../core/design';
import type { VerdictClass } from '../core/engine/channels';
import type { ChannelTestOutcome, LinkEvaluation, LinkOutcome, PermanentLink } from '../core/fieldTest';
import { linkEvaluator } from '../core/fieldTest';
import type { CableId, DeviceId } from '../core/ids';
import { labelsFor } from '../core/labels';
import type { Part } from '../core/parts';
import type { ProposedFix } from '../core/analysis/fixes';
import {
  channelTestOf,
  fieldTestOf,
  hasTestResults,
  linkEvaluationOf,
  linksOf,
  rowClassOf,
  testNeedsAttention,
} from './fieldTestSelectors';
import { channelsThroughPort, findingRef, focusedChannel, channelPath } from './selectors';
import type { Selection } from './session';

/** The field-test state of one channel row (issue 14): absent for channels with no permanent link and no results. */
export interface FieldRow {
  /** The class the row shows (`rowClassOf`: the link verdict, a failed test). */
  readonly cls: VerdictClass;
  /** The field test is not a clean pass (`testNeedsAttention`). */
  readonly attention: boolean;
  /** A passive link's label and design-time evaluation (REFERENCE-2 §16.2). */
  readonly linkLabel: string | null;
  readonly link: LinkEvaluation | null;
  /** The channel's field-test outcome, when the design holds results. */
  readonly test: ChannelTestOutcome | null;
}

/** The class a channel row shows: its field-test class when it has one (`rowClassOf`), else its own. */
export const rowClass = (r: ChannelRow, f: FieldRow | undefined): VerdictClass => f?.cls ?? r.cls;

/** One permanent link of the open channel, with its evaluation and measured outcome. */
export interface FieldTestLink {
  readonly link: PermanentLink;
  readonly evaluation: LinkEvaluation;
  readonly outcome: LinkOutcome | null;
}

/** The open channel in full (the sidebar's channel detail). */
export interface ChannelDetailView {
  readonly key: string;
  readonly title: string;
  readonly row: ChannelRow;
  /** The channel with its fibers, hops and loss report (a copy). */
  readonly channel: AnalysedChannel;
  /** Its fibers by id, described for the fiber map. */
  readonly fibers: readonly FiberRow[];
  /** A fiber passes an MDC, SN or CS connector (their A/B is the engine's CONVENTION, REFERENCE-2 §13.2). */
  readonly vsff: boolean;
  /** Devices on the path whose part is marked UNVERIFIED (one per part). */
  readonly unverified: readonly { readonly name: string; readonly part: Part }[];
  /** The channel diagram as built (no fix marked; `fixes` marks the best one). */
  readonly diagram: ChannelDiagram;
  /** The channel's permanent links (issue 14), in link order. */
  readonly fieldTest: readonly FieldTestLink[];
}

/** What the selection points at in the shown analysis. */
export interface FocusView {
  /** The selection this answers (`selectionKey`). */
  readonly selection: string;
  /** What the canvas highlights: the focused channel's path. */
  readonly path: {
    readonly cables: readonly CableId[];
    readonly ports: readonly string[];
    readonly devices: readonly DeviceId[];
  } | null;
  /** For a selected port: the number of channels through it. */
  readonly portChannels: number | null;
  /** The focused channel in full, or null. */
  readonly detail: ChannelDetailView | null;
}

/** A stable key of a selection (equal selections, equal keys). */
export function selectionKey(sel: Selection | null): string {
  if (!sel) return '';
  switch (sel.kind) {
    case 'port':
      return `port:${sel.ref.device}#${sel.ref.port}`;
    case 'channel':
    case 'finding':
      return `${sel.kind}:${sel.key}`;
    default:
      return `${sel.kind}:${sel.id}`;
  }
}

/** The field-test row of channel `c`, or null when it has none (then the row's own class holds). */
export function fieldRow(design: Design, c: AnalysedChannel): FieldRow | null {
  if (c.kind !== 'link' && !hasTestResults(design)) return null;
  const test = channelTestOf(design, c);
  const link = linkEvaluationOf(design, c);
  if (!test && !link) return null;
  return {
    cls: rowClassOf(design, c),
    attention: testNeedsAttention(design, c),
    linkLabel: c.kind === 'link' ? (linksOf(design).byChannel.get(c.key)?.[0]?.label ?? null) : null,
    link,
    test,
  };
}

function unverifiedOnPath(a: Analysis, c: AnalysedChannel) {
  const seen = new Set<string>();
  const out: { name: string; part: Part }[] = [];
  for (const id of channelPath(a.index.design, c).devices) {
    const r = a.index.devices.get(id);
    if (!r?.part?.provenance.unverified || seen.has(r.part.id)) continue;
    seen.add(r.part.id);
    out.push({ name: r.device.name, part: r.part });
  }
  return out;
}

/** True when a fiber of the channel passes an MDC, SN or CS connector (cable end or device port). */
function usesVsff(a: Analysis, channel: AnalysedChannel): boolean {
  const idx = a.index;
  for (const f of channel.fibers)
    for (const h of f.hops) {
      if (h.kind === 'cable') {
        if (idx.cables.get(h.cable)?.part?.ends.some((e) => isVsff(e.connector.variant))) return true;
      } else {
        const ports = idx.devices.get(h.device)?.ports;
        for (const p of [h.in.port, h.out.port]) {
          const d = ports?.get(p);
          if (d !== undefined && isVsff(d.accepts)) return true;
        }
      }
    }
  return false;
}

/** The channel diagram of `c` with `fix` marked as the fault (REFERENCE §0.5; `channelDiagram`). */
export const diagramWithFix = (a: Analysis, c: AnalysedChannel, fix: ProposedFix | undefined): ChannelDiagram =>
  channelDiagram(a, c, {
    labels: labelsFor(a.index.design),
    ...(fix ? { fix: { target: fix.target, text: fix.description } } : {}),
  });

/** The open channel `c` of `a` in full. */
export function detailView(a: Analysis, c: AnalysedChannel): ChannelDetailView {
  const design = a.index.design;
  const d = channelDetail(a, c.key);
  const links = linksOf(design).byChannel.get(c.key) ?? [];
  const ev = links.length ? linkEvaluator(a) : null;
  const outcomes = links.length ? fieldTestOf(design) : null;
  return {
    key: c.key,
    title: channelTitle(a, c),
    row: d?.row as ChannelRow,
    // channelDetail's copy: its fibers are plain traces with their hops (posted from the worker).
    channel: d?.channel ?? c,
    fibers: d?.fibers ?? [],
    vsff: usesVsff(a, c),
    unverified: unverifiedOnPath(a, c),
    diagram: diagramWithFix(a, c, undefined),
    fieldTest: links.map((link) => ({
      link,
      evaluation: (ev as ReturnType<typeof linkEvaluator>).evaluate(link),
      outcome: outcomes?.byLink.get(link.key) ?? null,
    })),
  };
}

/** The channel the selection focuses in `a` (a finding focuses the channel through its port). */
export function focusedOf(a: Analysis, sel: Selection | null): AnalysedChannel | undefined {
  const design = a.index.design;
  if (sel?.kind === 'finding') {
    const f = a.findings.find((x) => x.key === sel.key);
    return f ? focusedChannel(design, a, { kind: 'port', ref: findingRef(design, f.at) }) : undefined;
  }
  return focusedChannel(design, a, sel);
}

/** What `sel` points at in `a` (see `FocusView`); `detail` says whether to include the channel in full. */
export function focusView(a: Analysis, sel: Selection | null): FocusView {
  const c = focusedOf(a, sel);
  const p = c ? channelPath(a.index.design, c) : null;
  return {
    selection: selectionKey(sel),
    path: p ? { cables: [...p.cables], ports: [...p.ports], devices: [...p.devices] } : null,
    portChannels: sel?.kind === 'port' ? channelsThroughPort(a.index.design, a, sel.ref).length : null,
    detail: c ? detailView(a, c) : null,
  };
}
