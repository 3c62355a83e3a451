/**
 * Port map / cable schedule: one row per fiber (strand) or per port pair, with both ends'
 * labels (REFERENCE §9), the cables on the way with their polarity types (§3, §4), fiber
 * positions and TIA-598 colours (§2), the channel's polarity verdict (§0.4) and loss (§7, §8).
 */
import type { Analysis } from '../analysis/analyze';
import { labelsFor, naturalCompare, type LabelIndex } from '../labels';
import { summarizeChannels, type ChannelSummary, type LossFigures } from './channelSummary';
import { labelFiber, type FiberStep, type LabelledFiber } from './fiberSteps';

/** `fiber`: one row per traced fiber; `port`: one row per channel and port pair (a duplex port's two fibers together). */
export type PortMapMode = 'fiber' | 'port';

/** One end of a row: the port label and the positions/roles of the row's fibers there. */
export interface PortMapEnd {
  readonly label: string;
  /** Position of each fiber of the row at this end, in `fibers` order. */
  readonly positions: readonly string[];
  /** Role of each fiber at this end (`Tx0`, `Rx0`, `dark`, `open port`…). */
  readonly roles: readonly string[];
}

/** A cable on a row's path. */
export interface PortMapCable {
  readonly name: string;
  readonly label: string;
  readonly polarity: string;
  readonly lengthM: number;
  readonly fiberType: string;
}

/** One row of the port map. */
export interface PortMapRow {
  /** Stable key: channel key plus the fiber id (fiber mode) or both port labels (port mode). */
  readonly key: string;
  readonly channel: ChannelSummary;
  readonly near: PortMapEnd;
  readonly far: PortMapEnd;
  /** The row's fibers, oriented near → far. */
  readonly fibers: readonly LabelledFiber[];
  /** Distinct cables on the path, near → far. */
  readonly cables: readonly PortMapCable[];
  /** Loss of the row's fibers (worst lane) or null when not judged. */
  readonly loss: LossFigures | null;
}

/** Options of `portMapRows`. */
export interface PortMapOptions {
  readonly mode?: PortMapMode;
  /** Leave out fibers with no transmitter or receiver at either end (default false). */
  readonly litOnly?: boolean;
  /** Labels to use (default: `labelsFor(analysis.index.design)`). */
  readonly labels?: LabelIndex;
}

const flipStep = (s: FiberStep): FiberStep =>
  s.kind === 'cable' ? { ...s, from: s.to, to: s.from } : { ...s, in: s.out, out: s.in };

/** The same fiber read from the other end. */
export function reverseFiber(f: LabelledFiber): LabelledFiber {
  return { traceId: f.traceId, start: f.end, end: f.start, steps: [...f.steps].reverse().map(flipStep) };
}

function cablesOf(fibers: readonly LabelledFiber[]): PortMapCable[] {
  const seen = new Map<string, PortMapCable>();
  for (const f of fibers) {
    for (const s of f.steps)
      if (s.kind === 'cable' && !seen.has(s.cable))
        seen.set(s.cable, {
          name: s.name,
          label: s.label,
          polarity: s.polarity,
          lengthM: s.lengthM,
          fiberType: s.fiberType,
        });
  }
  return [...seen.values()];
}

const worstLoss = (list: readonly (LossFigures | undefined)[]): LossFigures | null =>
  list.reduce<LossFigures | null>((w, l) => (l && (!w || l.lossDb > w.lossDb) ? l : w), null);

const lit = (f: LabelledFiber): boolean => [f.start.kind, f.end.kind].some((k) => k === 'tx' || k === 'rx');

/**
 * Builds the port map of an analysed design. Fiber mode: one row per fiber, near end = the
 * transmitter (or the first termination, REFERENCE §0.5 orientation). Port mode: fibers of one
 * channel between the same two ports form one row (both fibers of a duplex circuit, the 8 lit
 * fibers of an SR4 link), near end = the label that sorts first. Rows are sorted by near label,
 * then near position and far label (fiber mode) or far label and near position (port mode), in
 * natural order. Loss comes from the channel's loss report (the
 * fiber's lane); null for channels without transceivers at both ends.
 */
export function portMapRows(analysis: Analysis, options: PortMapOptions = {}): PortMapRow[] {
  const mode = options.mode ?? 'fiber';
  const labels = options.labels ?? labelsFor(analysis.index.design);
  const { byKey, channelOfFiber } = summarizeChannels(analysis);
  const groups = new Map<string, { channel: ChannelSummary; fibers: LabelledFiber[] }>();
  for (const trace of analysis.fibers) {
    const channelKey = channelOfFiber.get(trace.id);
    const channel = channelKey === undefined ? undefined : byKey.get(channelKey);
    if (!channel) continue;
    let f = labelFiber(analysis.index, labels, trace);
    if (options.litOnly && !lit(f)) continue;
    let key = `${channel.key}~${trace.id}`;
    if (mode === 'port') {
      if (naturalCompare(f.end.label, f.start.label) < 0) f = reverseFiber(f);
      key = `${channel.key}~${f.start.label}~${f.end.label}`;
    }
    const g = groups.get(key);
    if (g) g.fibers.push(f);
    else groups.set(key, { channel, fibers: [f] });
  }
  const rows: PortMapRow[] = [];
  for (const [key, { channel, fibers }] of groups) {
    const first = fibers[0] as LabelledFiber;
    rows.push({
      key,
      channel,
      near: {
        label: first.start.label,
        positions: fibers.map((f) => f.start.position),
        roles: fibers.map((f) => f.start.role),
      },
      far: {
        label: first.end.label,
        positions: fibers.map((f) => f.end.position),
        roles: fibers.map((f) => f.end.role),
      },
      fibers,
      cables: cablesOf(fibers),
      loss:
        worstLoss(fibers.map((f) => channel.lossByFiber.get(f.traceId))) ?? (fibers.some(lit) ? channel.loss : null),
    });
  }
  const byPosition = (a: PortMapRow, b: PortMapRow) =>
    naturalCompare(a.near.positions[0] ?? '', b.near.positions[0] ?? '');
  const byFar = (a: PortMapRow, b: PortMapRow) => naturalCompare(a.far.label, b.far.label);
  const [second, third] = mode === 'fiber' ? [byPosition, byFar] : [byFar, byPosition];
  rows.sort((a, b) => naturalCompare(a.near.label, b.near.label) || second(a, b) || third(a, b));
  return rows;
}

/**
 * Fiber colours of a row as one line per fiber: `T1 #1 Blue → P1 #2 Orange` (cable name,
 * TIA-598 fiber number and colour of every cable hop, near → far; REFERENCE §2).
 */
export function rowColours(row: PortMapRow): string[] {
  return row.fibers.map((f) =>
    f.steps.flatMap((s) => (s.kind === 'cable' ? [`${s.name} #${s.fiber} ${s.colour}`] : [])).join(' → '),
  );
}
