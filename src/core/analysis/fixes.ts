/**
 * Proposed fixes for a failing channel: single substitutions (`fixCandidates`): swap a cord to
 * A-to-A, the trunk to Type B, a cassette to MOD-U1, an adapter plate to key-up/key-down; and,
 * for a channel invalid by a mating rule (REFERENCE §1.8 V1–V7), the part that matches (another
 * gender, polish, connector variant or fiber count) or, for V5, the cable's fiber of the
 * channel's mode (an OS2 cord in a multimode channel becomes the same cord in OM4). Each is
 * re-traced on the channel's region only; only proposals that make the channel pass (verdict
 * class pass or warning) are kept. Computed on demand, one candidate per step, so a search can
 * be cancelled when the design changes (`fixSearch`, `proposeFixesAsync`).
 */
import type { Cable, Design, Device } from '../design';
import { regionOf, occupancyOf } from '../engine/components';
import { buildDesignIndex, type DesignIndex } from '../engine/designIndex';
import type { CableId, PartId } from '../ids';
import type { CablePart } from '../parts';
import { CONNECTOR_VARIANTS, type FiberType } from '../connectors';
import { fixCandidates, fixTargets, type FixCandidate, type FixTarget } from './fixCandidates';
import { VERDICTS, type PolarityVerdict } from '../engine/channels';
import { analyzeIndex, type AnalysedChannel, type Analysis } from './analyze';
import { own } from '../own';

/** One proposed substitution. */
export interface ProposedFix {
  readonly target: FixTarget;
  readonly targetName: string;
  readonly fromPart: PartId;
  /** The part after the fix (the same as `fromPart` when only the cable's fiber changes). */
  readonly toPart: PartId;
  /** A cable's fiber type after the fix, when the fix changes it (V5, REFERENCE §1.6, §1.8). */
  readonly toFiberType?: FiberType;
  readonly description: string;
  /** The channel's verdict after the substitution. */
  readonly verdictAfter: PolarityVerdict;
  /** Other channels whose verdict class changes (a shared trunk affects all its channels). */
  readonly otherChannelsChanged: number;
}

/**
 * Returns the design with one cable's or device's part replaced and, for a cable, its fiber type
 * set to `toFiberType` when given (a pure edit; an unknown target returns `design` itself).
 */
export function substitutePart(design: Design, target: FixTarget, toPart: PartId, toFiberType?: FiberType): Design {
  if (target.kind === 'cable') {
    const c = own(design.cables, target.id);
    if (!c) return design;
    const next: Cable = toFiberType ? { ...c, part: toPart, fiberType: toFiberType } : { ...c, part: toPart };
    return { ...design, cables: { ...design.cables, [target.id]: next } };
  }
  const d = own(design.devices, target.id);
  return d ? { ...design, devices: { ...design.devices, [target.id]: { ...d, part: toPart } } } : design;
}

const passes = (v: PolarityVerdict): boolean => VERDICTS[v].cls === 'pass' || VERDICTS[v].cls === 'warning';

/**
 * The channel of `after` that `channel` becomes after a fix: the one with the same key; else, for
 * a partial channel (equipment at one end only, as when an MPO-16 plug cannot mate an MPO-12 rear,
 * V6, and the trace stops there), the first channel of `after` (equipment at both ends first)
 * that ends at its equipment endpoint (`dev:` key); undefined when there is none. A channel with
 * equipment at both ends has no successor under another key (that would be another circuit).
 */
export function successorChannel<C extends { readonly key: string }>(
  after: readonly C[],
  channel: { readonly key: string },
): C | undefined {
  const same = after.find((c) => c.key === channel.key);
  if (same) return same;
  const ends = channel.key.split('|').filter((k) => k.startsWith('dev:'));
  // A channel with equipment at both ends keeps its key: another key would be another circuit.
  return ends.length !== 1 ? undefined : after.find((c) => c.key.split('|').some((k) => ends.includes(k)));
}

/**
 * The part of `design` a substitution on `channel` can change: the cables of the channel's
 * region (`engine/components`) and of the targets' devices, with the devices they plug into (and
 * the transceivers in the cages they name), all in design order. Its analysis gives the same
 * verdicts there as the whole design's, at the cost of one region. `index` is the index of
 * `design` (the analysis's). Used by the fix search and by the fix preview (`fixPreview.ts`).
 */
export function regionDesign(
  design: Design,
  index: DesignIndex,
  channel: AnalysedChannel,
  targets: Iterable<FixTarget>,
): Design {
  const occupancy = occupancyOf(index);
  const seeds = new Set<CableId>();
  for (const f of channel.fibers) for (const h of f.hops) if (h.kind === 'cable') seeds.add(h.cable);
  for (const t of targets) {
    if (t.kind === 'cable') seeds.add(t.id);
    else for (const [, cables] of occupancy.portsAt(t.id)) for (const c of cables) seeds.add(c);
  }
  const region = regionOf(occupancy, seeds);
  const cables: Record<string, Cable> = {};
  const used = new Set<string>();
  // forEach, not for…of: a fresh index's tables then hand out no entry arrays.
  index.cables.forEach((rc, id) => {
    if (!region.has(id)) return;
    cables[id] = rc.cable;
    for (const ref of rc.ends) {
      if (!ref) continue;
      used.add(ref.device);
      const inCage = index.cages.get(ref.device)?.get(ref.port);
      if (inCage) used.add(inCage);
    }
  });
  const devices: Record<string, Device> = {};
  index.devices.forEach((rd, id) => {
    if (used.has(id)) devices[id] = rd.device;
  });
  return { ...design, devices, cables };
}

/** The noun of a cable class in a fix description ("Use an OM4 cord …"). */
const CABLE_NOUN: Readonly<Record<CablePart['cableClass'], string>> = {
  'array-cable': 'cable',
  trunk: 'trunk',
  harness: 'harness',
  'duplex-cord': 'cord',
  'conversion-cable': 'cable',
  pigtail: 'pigtail',
  'bulk-cable': 'cable',
  splitter: 'splitter cable',
};

/** "LC duplex, A-to-B" / "MPO-12, Type B": a cable part's connectors and polarity type. */
function cableFacts(p: CablePart): string {
  const connectors = [...new Set(p.ends.map((e) => CONNECTOR_VARIANTS[e.connector.variant].name))].join('/');
  return connectors + (p.cordType ? `, ${p.cordType}` : p.polarity ? `, Type ${p.polarity}` : '');
}

/**
 * The human description of a candidate on the record named `name` (fiber type `fromFiber` for
 * a cable): "Replace C1 (LC duplex cord A-to-B, UPC) with …" for a part, "Use an OM4 cord (LC
 * duplex, A-to-B) for C1 instead of OS2" for a cable's fiber.
 */
function describeFix(
  name: string,
  from: PartId,
  fromFiber: FiberType | undefined,
  c: FixCandidate,
  cat: DesignIndex['catalogue'],
): string {
  const to = cat.get(c.toPart);
  if (!c.toFiberType) return `Replace ${name} (${cat.get(from)?.name ?? from}) with ${to?.name ?? c.toPart}`;
  const what = to?.kind === 'cable' ? `${CABLE_NOUN[to.cableClass]} (${cableFacts(to)})` : 'cable';
  // "an OM4", "an OS2" (both read as vowels).
  return `Use an ${c.toFiberType} ${what} for ${name} instead of ${fromFiber ?? 'its fiber'}`;
}

/**
 * The fix search for `channel` of `analysis` (of `design`), one catalogue candidate per step
 * (`fixCandidates`): a generator that yields before each candidate (so a worker can stop between
 * steps when the design changes) and returns the proposals. Each candidate is judged on the
 * channel's region only (`regionDesign`, polarity without loss), not on the whole design. See
 * `proposeFixes`.
 */
export function* fixSearch(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
): Generator<void, ProposedFix[]> {
  if (passes(channel.verdict)) return [];
  const { index } = analysis;
  const before = new Map(analysis.channels.map((c) => [c.key, VERDICTS[c.verdict].cls] as const));
  const local = regionDesign(design, index, channel, fixTargets(index, channel));
  const fixes: ProposedFix[] = [];
  for (const candidate of fixCandidates(design, index, channel)) {
    const { target, toPart, toFiberType } = candidate;
    const current = target.kind === 'cable' ? own(design.cables, target.id) : own(design.devices, target.id);
    if (!current) continue;
    yield;
    const after = analyzeIndex(buildDesignIndex(substitutePart(local, target, toPart, toFiberType)), false);
    const same = successorChannel(after.channels, channel);
    if (!same || !passes(same.verdict)) continue;
    let others = 0;
    for (const c of after.channels)
      if (c !== same && c.key !== channel.key && before.has(c.key) && before.get(c.key) !== VERDICTS[c.verdict].cls)
        others += 1;
    const fromFiber = 'fiberType' in current ? current.fiberType : undefined;
    fixes.push({
      target,
      targetName: current.name,
      fromPart: current.part,
      toPart,
      ...(toFiberType ? { toFiberType } : {}),
      description: describeFix(current.name, current.part, fromFiber, candidate, index.catalogue),
      verdictAfter: same.verdict,
      otherChannelsChanged: others,
    });
  }
  return fixes.sort(
    (x, y) =>
      VERDICTS[y.verdictAfter].rank - VERDICTS[x.verdictAfter].rank || x.otherChannelsChanged - y.otherChannelsChanged,
  );
}

/** Options of a fix search: stop when `signal` aborts (its reason is thrown). */
export interface FixOptions {
  readonly signal?: AbortSignal;
}

/**
 * Proposes fixes for `channel` of `analysis` (of `design`). Tries every catalogue part in the
 * same substitution group for each cable and module on the channel's fibers (and, for a channel
 * invalid by a mating rule, the matching part or fiber, `fixCandidates`); judges the channel's
 * region with each and keeps those that make the channel pass. Sorted: clean passes first, then
 * fewest side effects (other channels whose verdict class changes). Throws `signal.reason` when
 * `signal` aborts between candidates.
 */
export function proposeFixes(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
  options: FixOptions = {},
): ProposedFix[] {
  const search = fixSearch(design, analysis, channel);
  for (;;) {
    options.signal?.throwIfAborted();
    const step = search.next();
    if (step.done) return step.value;
  }
}

/**
 * As `proposeFixes`, awaiting `pause()` every `everyMs` milliseconds of work (a worker passes a
 * macrotask, e.g. `() => new Promise((r) => setTimeout(r))`, so a cancel message can arrive) and
 * checking `signal` after each pause. `now` is the clock (default `performance.now`).
 */
export async function proposeFixesAsync(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
  options: FixOptions & {
    readonly pause?: () => Promise<void>;
    readonly everyMs?: number;
    readonly now?: () => number;
  } = {},
): Promise<ProposedFix[]> {
  const { signal, pause = () => Promise.resolve(), everyMs = 8, now = () => performance.now() } = options;
  const search = fixSearch(design, analysis, channel);
  let since = now();
  for (;;) {
    signal?.throwIfAborted();
    const step = search.next();
    if (step.done) return step.value;
    if (now() - since >= everyMs) {
      await pause();
      since = now();
    }
  }
}
