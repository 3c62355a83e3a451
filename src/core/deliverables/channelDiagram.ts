/**
 * The drawn channel: one layout model, rendered the same way by the designer (SVG), the tablet
 * port map (SVG) and the PDF channel report (jsPDF). End to end, left to right (endpoint `a` of
 * the channel on the left): each element — transceiver, cord, adapter, cassette, trunk, harness —
 * is a box with its type, polarity type, connector, gender and polish; each fiber is a lane in its
 * TIA-598 colour (§2) inside cables and neutral inside devices, with its plug position at every
 * mated pair (A/B on duplex connectors, 1…N on MPO; REFERENCE §0.1); lanes cross where an element
 * remaps positions, and every polarity flip is marked (A↔B flips between duplex plug points, §0.5
 * and §4; reversing and pair-flipping array elements, §0.5 and §6.3). On a failing channel the
 * element where it goes wrong is marked `fault`; a previewed fix marks the replaced element `fix`.
 *
 * Coordinates are CSS pixels at scale 1 (font `DIAGRAM_GEOMETRY.font` px); renderers scale.
 * Pure: no DOM; text widths are estimated (`fitText`).
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import type { AnalysedChannel, Analysis } from '../analysis/analyze';
import { VERDICTS, type VerdictClass } from '../engine/channels';
import type { Hop, Termination } from '../engine/trace';
import { fiberMarking } from '../fiberColors';
import type { CableId, DeviceId } from '../ids';
import { positionText, type LabelIndex } from '../labels';
import { cableFacts, deviceFacts, type ElementFacts } from './channelElements';
import {
  diagramFault,
  diagramMarks,
  endFacts,
  fiberOutcome,
  orientFibers,
  positionAt,
  roleText,
  type DiagramFault,
  type DiagramMark,
  type OrientedFiber,
} from './channelDiagramParts';
import { DIAGRAM_GEOMETRY, fitText } from './channelDiagramStyle';

export type { DiagramFault, DiagramMark, MarkKind } from './channelDiagramParts';
export { DIAGRAM_GEOMETRY, DIAGRAM_INK, fitText, isFlipMark } from './channelDiagramStyle';

const G = DIAGRAM_GEOMETRY;

/** What a box stands for: a cable, a device, or one end of the channel. */
export type DiagramTarget =
  | { readonly kind: 'cable'; readonly id: CableId }
  | {
      readonly kind: 'device';
      readonly id: DeviceId;
    };
/** A box reference. */
export type DiagramRef = DiagramTarget | { readonly kind: 'end'; readonly side: 'a' | 'b' };

/** An element box. `lines` are the six text lines fitted to the box (name first, bold). */
export interface DiagramBox extends ElementFacts {
  readonly ref: DiagramRef;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** TIA-606 / project label of the device or cable, '' when none (for tooltips). */
  readonly label: string;
  readonly lines: readonly string[];
  /** `fault`: where the channel goes wrong; `fix`: the element a previewed fix replaces. */
  readonly tone: 'normal' | 'fault' | 'fix';
  /** The fault or fix text of a marked box, '' otherwise. */
  readonly note: string;
}

/** A fiber's plug position at a mated pair. */
export interface DiagramPosition {
  /** Trace id of the fiber. */
  readonly fiber: number;
  readonly y: number;
  /** `A`/`B` or the MPO position. */
  readonly text: string;
}

/** A mated pair between two boxes (or a box and an end): the positions of every fiber there. */
export interface DiagramJoint {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  /** True at a duplex LC/SC plug point (the A↔B flip count runs between these). */
  readonly duplex: boolean;
  /** Positions per row N of an MPO plug point (12 for MPO-8/12/24, 16 for MPO-16/32), else null. */
  readonly mpoWidth: number | null;
  readonly positions: readonly DiagramPosition[];
  /** A mating finding at this pair (V1–V7, P1), coloured by its class, or null. */
  readonly finding: { readonly cls: VerdictClass; readonly rules: string; readonly text: string } | null;
}

/** One fiber through one box (or from an end to its mated pair), as a polyline. */
export interface DiagramLane {
  readonly fiber: number;
  /** TIA-598 colour inside a cable; neutral inside a device or an end. */
  readonly colour: string;
  /** Tracer stripe colour (fibers 13–24…), or null. */
  readonly tracer: string | null;
  readonly inCable: boolean;
  readonly points: readonly (readonly [number, number])[];
  /** E.g. `Fiber 4 Brown`, for tooltips. */
  readonly title: string;
}

/** The role of a fiber at an end (`Tx`, `Rx2`, `dark`, `open`), coloured by the fiber's outcome. */
export interface DiagramRole {
  readonly fiber: number;
  readonly side: 'a' | 'b';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'end';
  /** Outcome of the fiber: pass (Tx→Rx), fail (Tx→Tx, Rx→Rx, Tx→dark), unchecked, open; null dark. */
  readonly cls: VerdictClass | null;
}

/** The whole diagram of one channel. */
export interface ChannelDiagram {
  readonly key: string;
  /** `left end ↔ right end`. */
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly verdict: { readonly cls: VerdictClass; readonly text: string };
  readonly boxes: readonly DiagramBox[];
  readonly joints: readonly DiagramJoint[];
  readonly lanes: readonly DiagramLane[];
  readonly roles: readonly DiagramRole[];
  readonly marks: readonly DiagramMark[];
  /** The parity rule applied to the marks (duplex or parallel channels), or null. */
  readonly parity: { readonly text: string; readonly cls: VerdictClass; readonly y: number } | null;
  readonly fault: DiagramFault | null;
}

/** Options of `channelDiagram`. */
export interface ChannelDiagramOptions {
  /** Labels for tooltips (`labelsFor(design)`). */
  readonly labels?: LabelIndex;
  /** The proposed fix whose target is the fault (the element where the channel goes wrong). */
  readonly fix?: { readonly target: DiagramTarget; readonly text: string };
  /** A previewed fix: this diagram is the channel after it; the replaced element is marked `fix`. */
  readonly preview?: { readonly target: DiagramTarget; readonly text: string };
}

const NEUTRAL = '#6e7781';
const TRACER_CSS: Readonly<Record<string, string>> = { black: '#1a1a1a', yellow: '#f2d21b' };

const hopKey = (h: Hop): string => (h.kind === 'cable' ? `c:${h.cable}` : `d:${h.device}`);

/** Connector variant at joint `j` of a hop list (the plug that mates there). */
function jointVariant(a: Analysis, hops: readonly Hop[], j: number): ConnectorVariant | null {
  const h = j < hops.length ? hops[j] : hops[j - 1];
  if (!h) return null;
  const before = j >= hops.length;
  if (h.kind === 'cable')
    return a.index.cables.get(h.cable)?.part?.ends[before ? h.to.end : h.from.end]?.connector.variant ?? null;
  return a.index.devices.get(h.device)?.ports.get(before ? h.out.port : h.in.port)?.accepts ?? null;
}

/** The device port at joint `j` (where a mating finding would be), or null. */
function jointPort(hops: readonly Hop[], j: number, a: Termination, b: Termination) {
  const next = hops[j];
  const prev = hops[j - 1];
  if (next?.kind === 'device') return { device: next.device, port: next.in.port };
  if (prev?.kind === 'device') return { device: prev.device, port: prev.out.port };
  const t = j === 0 ? a : j === hops.length ? b : null;
  return t && (t.kind === 'tx' || t.kind === 'rx' || t.kind === 'dark-mdi') ? { device: t.device, port: 'mdi' } : null;
}

const boxLines = (f: ElementFacts): string[] => [
  fitText(f.name, G.boxW - 8, G.font, true),
  ...[f.type, f.polarity, f.connector, f.gender, f.polish].map((t) => fitText(t, G.boxW - 8, G.font, false)),
];

/**
 * Lays out the diagram of `channel` of `analysis` (see the module comment). Fibers that take
 * different elements (rare: e.g. a duplex circuit over two simplex cords) are drawn as separate
 * tracks stacked under each other between the same two end boxes. Never throws.
 */
export function channelDiagram(
  analysis: Analysis,
  channel: AnalysedChannel,
  opts: ChannelDiagramOptions = {},
): ChannelDiagram {
  const fibers = orientFibers(channel);
  const tracks = new Map<string, OrientedFiber[]>();
  for (const f of fibers) {
    const k = f.hops.map(hopKey).join('>');
    const list = tracks.get(k);
    if (list) list.push(f);
    else tracks.set(k, [f]);
  }
  const cols = Math.max(0, ...fibers.map((f) => f.hops.length));
  const jointX = (j: number) => G.margin + G.boxW + G.gap / 2 + j * (G.boxW + G.gap);
  const boxX = (k: number) => G.margin + G.boxW + G.gap + k * (G.boxW + G.gap);
  const rightX = boxX(cols);
  const labelOf = (t: DiagramTarget) =>
    (t.kind === 'cable' ? opts.labels?.cables.get(t.id)?.text : opts.labels?.devices.get(t.id)?.text) ?? '';
  const boxes: DiagramBox[] = [];
  const joints: DiagramJoint[] = [];
  const lanes: DiagramLane[] = [];
  const roles: DiagramRole[] = [];
  const rowY = new Map<string, number>(); // `${fiber}@${joint}` → y
  const top = G.margin + G.tag;
  let y = top;
  const trackList = [...tracks.values()];
  for (const tf of trackList) {
    const hops = tf[0]!.hops;
    const n = hops.length;
    const h = G.head + tf.length * G.pitch + G.lanePad;
    for (let j = 0; j <= n; j++) {
      const pos = (f: OrientedFiber) => positionAt(f, j);
      const sorted = [...tf].sort((p, q) => pos(p) - pos(q) || p.id - q.id);
      const variant = jointVariant(analysis, hops, j);
      const info = variant ? CONNECTOR_VARIANTS[variant] : null;
      const port = jointPort(hops, j, tf[0]!.start, tf[0]!.end);
      const here = port ? channel.findings.filter((f) => f.at.device === port.device && f.at.port === port.port) : [];
      const worst = here.find((f) => f.severity === 'invalid') ?? here[0];
      joints.push({
        x: jointX(j),
        top: y + G.head,
        bottom: y + h - G.lanePad / 2,
        duplex: info !== null && info.family !== 'mpo' && info.rowWidth === 2,
        mpoWidth: info?.family === 'mpo' ? info.rowWidth : null,
        positions: sorted.map((f, r) => {
          const yy = y + G.head + G.pitch / 2 + r * G.pitch;
          rowY.set(`${f.id}@${j}`, yy);
          return { fiber: f.id, y: yy, text: n === 0 ? '' : positionText(variant, pos(f)) };
        }),
        finding: worst
          ? {
              cls: worst.severity === 'invalid' ? 'fail' : 'unchecked',
              rules: [...new Set(here.map((f) => f.rule))].join(' '),
              text: worst.message,
            }
          : null,
      });
    }
    hops.forEach((hop, k) => {
      const facts =
        hop.kind === 'cable'
          ? cableFacts(analysis.index, hop)
          : deviceFacts(analysis.index, hop.device, { left: hop.in.port, right: hop.out.port });
      const ref: DiagramTarget =
        hop.kind === 'cable' ? { kind: 'cable', id: hop.cable } : { kind: 'device', id: hop.device };
      const x = boxX(k);
      boxes.push({
        ...facts,
        ref,
        x,
        y,
        w: G.boxW,
        h,
        label: labelOf(ref),
        lines: boxLines(facts),
        tone: 'normal',
        note: '',
      });
      for (const f of tf) {
        const fh = f.hops[k]!;
        const y1 = rowY.get(`${f.id}@${k}`)!;
        const y2 = rowY.get(`${f.id}@${k + 1}`)!;
        const mark = fh.kind === 'cable' ? fiberMarking(fh.fiber) : null;
        lanes.push({
          fiber: f.id,
          colour: mark ? mark.base.css : NEUTRAL,
          tracer: mark?.tracer ? (TRACER_CSS[mark.tracer] ?? null) : null,
          inCable: mark !== null,
          points:
            y1 === y2
              ? [
                  [jointX(k), y1],
                  [jointX(k + 1), y2],
                ]
              : [
                  [jointX(k), y1],
                  [x + 10, y1],
                  [x + G.boxW - 10, y2],
                  [jointX(k + 1), y2],
                ],
          title: mark ? `Fiber ${mark.fiber} ${mark.label}` : `${facts.name}`,
        });
      }
    });
    for (const f of tf) {
      const y0 = rowY.get(`${f.id}@0`)!;
      const yn = rowY.get(`${f.id}@${n}`)!;
      const lane = (points: [number, number][]) =>
        lanes.push({ fiber: f.id, colour: NEUTRAL, tracer: null, inCable: false, points, title: '' });
      lane([
        [G.margin + G.boxW, y0],
        [jointX(0), y0],
      ]);
      lane([
        [jointX(n), yn],
        [rightX, yn],
      ]);
      const cls = fiberOutcome(f);
      roles.push({
        fiber: f.id,
        side: 'a',
        x: G.margin + G.boxW - 5,
        y: y0,
        anchor: 'end',
        cls,
        text: roleText(analysis, f.start),
      });
      roles.push({
        fiber: f.id,
        side: 'b',
        x: rightX + 5,
        y: yn,
        anchor: 'start',
        cls,
        text: roleText(analysis, f.end),
      });
    }
    y += h + G.trackGap;
  }
  const bottom = Math.max(top + G.head + G.lanePad, y - G.trackGap);
  const first = fibers[0];
  const ends = (['a', 'b'] as const).map((side) => {
    const facts = endFacts(analysis, channel[side], side, first);
    const ref = { kind: 'end', side } as const;
    const x = side === 'a' ? G.margin : rightX;
    const label = channel[side].transceiver ? labelOf({ kind: 'device', id: channel[side].transceiver }) : '';
    return {
      ...facts,
      ref,
      x,
      y: top,
      w: G.boxW,
      h: bottom - top,
      label,
      lines: boxLines(facts),
      tone: 'normal',
      note: '',
    } as DiagramBox;
  });
  boxes.unshift(ends[0]!);
  boxes.push(ends[1]!);
  const { marks, parity: rule } = diagramMarks(joints, trackList[0] ?? [], bottom + 12);
  const marksBottom = marks.length ? Math.max(...marks.map((m) => m.y)) + G.markRow - 8 : bottom + 8;
  const cls = VERDICTS[channel.verdict].cls;
  // An open channel (a passive link, an unpatched end) has no transmitter to judge: the flips are
  // counted, but the parity rule is not applied here (never a red "Tx meets Tx" on a link).
  const parity =
    rule && cls === 'open'
      ? {
          cls: 'open' as const,
          text: `${rule.text.split(':')[0]}: no transmitter at both ends, so polarity is judged on the channel that carries this link`,
        }
      : rule;
  const fault = cls === 'fail' ? diagramFault(channel, boxes, joints, fibers, opts.fix) : null;
  const marked = boxes.map((b, i): DiagramBox => {
    if (fault && fault.box === i) return { ...b, tone: 'fault', note: fault.text };
    const p = opts.preview;
    if (p && b.ref.kind === p.target.kind && 'id' in b.ref && b.ref.id === p.target.id)
      return { ...b, tone: 'fix', note: p.text };
    return b;
  });
  const parityY = marksBottom + 6;
  return {
    key: channel.key,
    title: `${ends[0]!.name} ↔ ${ends[1]!.name}`,
    width: rightX + G.boxW + G.margin,
    height: (parity ? parityY + G.parity : marksBottom) + G.margin,
    verdict: { cls, text: VERDICTS[channel.verdict].text },
    boxes: marked,
    joints,
    lanes,
    roles,
    marks,
    parity: parity ? { ...parity, y: parityY + 12 } : null,
    fault,
  };
}

/** Stable id of a diagram target, for lookups (`cable:<id>`, `device:<id>`). */
export const targetKey = (t: DiagramRef): string => (t.kind === 'end' ? `end:${t.side}` : `${t.kind}:${t.id}`);
