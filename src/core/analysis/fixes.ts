/**
 * Proposed fixes for a failing channel: single substitutions from the catalogue (swap a cord to
 * A-to-A, the trunk to Type B, a cassette to MOD-U1, an adapter plate to key-up/key-down; and,
 * for a channel invalid by a mating rule, the same part with the other gender or polish), each
 * re-traced on the channel's region only; only proposals that make the channel pass (verdict
 * class pass or warning) are kept. Computed on demand, one candidate per step, so a search can
 * be cancelled when the design changes (`fixSearch`, `proposeFixesAsync`).
 */
import type { Cable, Design, Device } from '../design';
import { regionOf, occupancyOf } from '../engine/components';
import { buildDesignIndex, type DesignIndex } from '../engine/designIndex';
import type { CableId, DeviceId, PartId } from '../ids';
import type { Part } from '../parts';
import { VERDICTS, type PolarityVerdict } from '../engine/channels';
import { analyzeIndex, type AnalysedChannel, type Analysis } from './analyze';
import { own } from '../own';

/** One proposed substitution. */
export interface ProposedFix {
  readonly target:
    { readonly kind: 'cable'; readonly id: CableId } | { readonly kind: 'device'; readonly id: DeviceId };
  readonly targetName: string;
  readonly fromPart: PartId;
  readonly toPart: PartId;
  readonly description: string;
  /** The channel's verdict after the substitution. */
  readonly verdictAfter: PolarityVerdict;
  /** Other channels whose verdict class changes (a shared trunk affects all its channels). */
  readonly otherChannelsChanged: number;
}

function swapGroupOf(p: Part | undefined): string | undefined {
  return p && (p.kind === 'cable' || p.kind === 'module') ? p.swapGroup : undefined;
}

/**
 * The same part "shape" with any gender and polish: used when a channel is invalid by a mating
 * rule (V1–V4), so a fix can swap a male/male trunk for a female one or UPC for APC while the
 * polarity type, cord type, connector variants and module class stay.
 */
function matingGroupOf(p: Part | undefined): string | undefined {
  if (p?.kind === 'cable')
    return `cable|${p.polarity ?? ''}|${p.cordType ?? ''}|${p.ends.map((e) => e.connector.variant).join(',')}`;
  if (p?.kind === 'module') return `module|${p.moduleClass}|${p.fiberType}|${p.ports.map((q) => q.accepts).join(',')}`;
  return undefined;
}

/** Returns the design with one cable's or device's part replaced (a pure edit). */
export function substitutePart(design: Design, target: ProposedFix['target'], toPart: PartId): Design {
  if (target.kind === 'cable') {
    const c = own(design.cables, target.id);
    return c ? { ...design, cables: { ...design.cables, [target.id]: { ...c, part: toPart } } } : design;
  }
  const d = own(design.devices, target.id);
  return d ? { ...design, devices: { ...design.devices, [target.id]: { ...d, part: toPart } } } : design;
}

const passes = (v: PolarityVerdict): boolean => VERDICTS[v].cls === 'pass' || VERDICTS[v].cls === 'warning';

/**
 * The part of `design` a substitution on `channel` can change: the cables of the channel's
 * region (`engine/components`) and of the targets' devices, with the devices they plug into (and
 * the transceivers in the cages they name), all in design order. Its analysis gives the same
 * verdicts there as the whole design's, at the cost of one region.
 */
function regionDesign(design: Design, index: DesignIndex, channel: AnalysedChannel, targets: Iterable<Target>): Design {
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
  for (const [id, rc] of index.cables) {
    if (!region.has(id)) continue;
    cables[id] = rc.cable;
    for (const ref of rc.ends) {
      if (!ref) continue;
      used.add(ref.device);
      const inCage = index.cages.get(ref.device)?.get(ref.port);
      if (inCage) used.add(inCage);
    }
  }
  const devices: Record<string, Device> = {};
  for (const [id, rd] of index.devices) if (used.has(id)) devices[id] = rd.device;
  return { ...design, devices, cables };
}

type Target = ProposedFix['target'];

/**
 * The fix search for `channel` of `analysis` (of `design`), one catalogue candidate per step:
 * a generator that yields before each candidate (so a worker can stop between steps when the
 * design changes) and returns the proposals. Each candidate is judged on the channel's region
 * only (`regionDesign`, polarity without loss), not on the whole design. See `proposeFixes`.
 */
export function* fixSearch(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
): Generator<void, ProposedFix[]> {
  if (passes(channel.verdict)) return [];
  const { index } = analysis;
  const targets = new Map<string, Target>();
  for (const f of channel.fibers) {
    for (const h of f.hops) {
      if (h.kind === 'cable') targets.set(`c:${h.cable}`, { kind: 'cable', id: h.cable });
      else if (index.devices.get(h.device)?.part?.kind === 'module')
        targets.set(`d:${h.device}`, { kind: 'device', id: h.device });
    }
  }
  const before = new Map(analysis.channels.map((c) => [c.key, VERDICTS[c.verdict].cls] as const));
  const local = regionDesign(design, index, channel, targets.values());
  const fixes: ProposedFix[] = [];
  for (const target of targets.values()) {
    const current = target.kind === 'cable' ? own(design.cables, target.id) : own(design.devices, target.id);
    if (!current) continue;
    const currentPart = index.catalogue.get(current.part);
    const group = swapGroupOf(currentPart);
    if (!group) continue;
    const matingGroup = channel.findings.some((f) => f.severity === 'invalid') ? matingGroupOf(currentPart) : undefined;
    for (const alt of index.catalogue.parts) {
      if (alt.id === current.part) continue;
      if (swapGroupOf(alt) !== group && (matingGroup === undefined || matingGroupOf(alt) !== matingGroup)) continue;
      yield;
      const after = analyzeIndex(buildDesignIndex(substitutePart(local, target, alt.id)), false);
      const same = after.channels.find((c) => c.key === channel.key);
      if (!same || !passes(same.verdict)) continue;
      let others = 0;
      for (const c of after.channels)
        if (c.key !== channel.key && before.has(c.key) && before.get(c.key) !== VERDICTS[c.verdict].cls) others += 1;
      fixes.push({
        target,
        targetName: current.name,
        fromPart: current.part,
        toPart: alt.id,
        description: `Replace ${current.name} (${currentPart?.name ?? current.part}) with ${alt.name}`,
        verdictAfter: same.verdict,
        otherChannelsChanged: others,
      });
    }
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
 * invalid by a mating rule, the same shape with another gender or polish); judges the channel's
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
