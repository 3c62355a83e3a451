/**
 * Proposed fixes for a failing channel: single substitutions from the catalogue (swap a cord to
 * A-to-A, the trunk to Type B, a cassette to MOD-U1, an adapter plate to key-up/key-down; and,
 * for a channel invalid by a mating rule, the same part with the other gender or polish), each
 * re-traced; only proposals that make the channel pass (verdict class pass or warning) are kept.
 */
import type { Design } from '../design';
import type { CableId, DeviceId, PartId } from '../ids';
import type { Part } from '../parts';
import { VERDICTS, type PolarityVerdict } from '../engine/channels';
import { analyzeDesign, type AnalysedChannel, type Analysis } from './analyze';
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
 * Proposes fixes for `channel` of `analysis` (of `design`). Tries every catalogue part in the
 * same substitution group for each cable and module on the channel's fibers; re-analyses the
 * design for each and keeps those that make the channel pass. Sorted: clean passes first, then
 * fewest side effects.
 */
export function proposeFixes(design: Design, analysis: Analysis, channel: AnalysedChannel): ProposedFix[] {
  if (passes(channel.verdict)) return [];
  const { index } = analysis;
  const targets = new Map<string, ProposedFix['target']>();
  for (const f of channel.fibers) {
    for (const h of f.hops) {
      if (h.kind === 'cable') targets.set(`c:${h.cable}`, { kind: 'cable', id: h.cable });
      else if (index.devices.get(h.device)?.part?.kind === 'module')
        targets.set(`d:${h.device}`, { kind: 'device', id: h.device });
    }
  }
  const before = new Map(analysis.channels.map((c) => [c.key, VERDICTS[c.verdict].cls] as const));
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
      const after = analyzeDesign(substitutePart(design, target, alt.id));
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
