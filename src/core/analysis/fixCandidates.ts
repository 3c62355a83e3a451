/**
 * The candidates a fix search tries for a failing channel (`fixes.ts`): single substitutions on
 * the cables and modules of the channel's fibers. Three kinds, in this order for each target:
 *
 * - the parts of the target's substitution group (`swapGroup`: another polarity type, cord type,
 *   module class or adapter orientation);
 * - for a channel invalid by a mating rule (REFERENCE §1.8), the same part "shape" with another
 *   gender or polish (V1–V4);
 * - for a target named by an invalid V1–V7 finding, the parts of its class with any connector
 *   variant, gender, polish and (modules) fiber type, as long as they stand where it stands (same
 *   cable end keys; a module of the same form factor and port keys): this is how MPO-16 meets an
 *   MPO-12 rear (V6) or MPO-24 an MPO-12 port (V7); and, for a cable named by a V5 finding, the
 *   same part with fiber of the other mode family (a cable's fiber type is on its record, not on
 *   its part: an LC cord is OM4 or OS2 by the record's `fiberType`).
 *
 * Candidates are data; judging them is the search's job.
 */
import { FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { Design } from '../design';
import type { DesignIndex } from '../engine/designIndex';
import type { MatingRule } from '../engine/mating';
import type { CableId, DeviceId, PartId } from '../ids';
import type { Part } from '../parts';
import { own } from '../own';
import type { AnalysedChannel } from './analyze';

/** The record a fix changes: a cable or a device (a module in a slot). */
export type FixTarget =
  { readonly kind: 'cable'; readonly id: CableId } | { readonly kind: 'device'; readonly id: DeviceId };

/**
 * One candidate substitution: `target` takes part `toPart` (its current part when only the fiber
 * changes) and, for a cable, fiber type `toFiberType` when given (REFERENCE §1.6, V5).
 */
export interface FixCandidate {
  readonly target: FixTarget;
  readonly toPart: PartId;
  readonly toFiberType?: FiberType;
}

/** Mating rules a substitution of a connector's part can repair (§1.8; P1 and T1 are not). */
const PART_RULES: ReadonlySet<MatingRule> = new Set(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7']);

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

/**
 * What stays when a part named by a finding is replaced: a cable's class (an array cable and a
 * male/male trunk are one class here, since gender may change), polarity type, cord type and end
 * keys (an edit keeps the cable's plugs, `edits.replacePart`); a module's class, form factor (the
 * slot) and port keys. Connector variant, gender, polish and module fiber type may change (V1–V7).
 */
function connectorGroupOf(p: Part | undefined): string | undefined {
  if (p?.kind === 'cable')
    return `cable|${p.cableClass === 'trunk' ? 'array-cable' : p.cableClass}|${p.polarity ?? ''}|${p.cordType ?? ''}|${p.ends.map((e) => e.key).join(',')}`;
  if (p?.kind === 'module') return `module|${p.moduleClass}|${p.formFactor}|${p.ports.map((q) => q.key).join(',')}`;
  return undefined;
}

/** The targets of a channel: its cables and modules, in fiber and hop order. */
export function fixTargets(index: DesignIndex, channel: AnalysedChannel): FixTarget[] {
  const targets = new Map<string, FixTarget>();
  for (const f of channel.fibers)
    for (const h of f.hops) {
      if (h.kind === 'cable') targets.set(`c:${h.cable}`, { kind: 'cable', id: h.cable });
      else if (index.devices.get(h.device)?.part?.kind === 'module')
        targets.set(`d:${h.device}`, { kind: 'device', id: h.device });
    }
  return [...targets.values()];
}

/**
 * The fiber type a cable of `mode` should have on `channel`: the first of its cables' fiber types
 * of that mode (in fiber and hop order), else its modules' fiber type, else the catalogue default
 * of the family (OM4 multimode, OS2 single-mode, as `duplexCables`).
 */
function fiberOfMode(design: Design, index: DesignIndex, channel: AnalysedChannel, mode: ModeFamily): FiberType {
  let fromModule: FiberType | undefined;
  for (const f of channel.fibers)
    for (const h of f.hops) {
      if (h.kind === 'cable') {
        const ft = own(design.cables, h.cable)?.fiberType;
        if (ft && FIBER_MODE[ft] === mode) return ft;
      } else if (!fromModule) {
        const p = index.devices.get(h.device)?.part;
        if (p?.kind === 'module' && p.fiberType !== 'unknown' && FIBER_MODE[p.fiberType] === mode)
          fromModule = p.fiberType;
      }
    }
  return fromModule ?? (mode === 'multimode' ? 'OM4' : 'OS2');
}

/**
 * Every candidate for `channel` of `index` (of `design`), target by target in `fixTargets`
 * order, catalogue order within a target, each at most once. Empty for a target whose record or
 * part is unknown.
 */
export function* fixCandidates(design: Design, index: DesignIndex, channel: AnalysedChannel): Generator<FixCandidate> {
  const invalid = channel.findings.filter((f) => f.severity === 'invalid');
  const named = new Set<string>();
  const v5 = new Set<string>();
  for (const f of invalid) {
    if (!PART_RULES.has(f.rule)) continue;
    for (const c of f.cables) named.add(`c:${c}`);
    named.add(`d:${f.at.device}`);
    if (f.rule === 'V5') for (const c of f.cables) v5.add(c);
  }
  for (const target of fixTargets(index, channel)) {
    const current = target.kind === 'cable' ? own(design.cables, target.id) : own(design.devices, target.id);
    if (!current) continue;
    const part = index.catalogue.get(current.part);
    const group = swapGroupOf(part);
    if (!group) continue;
    const mating = invalid.length > 0 ? matingGroupOf(part) : undefined;
    const connector = named.has(`${target.kind === 'cable' ? 'c' : 'd'}:${target.id}`)
      ? connectorGroupOf(part)
      : undefined;
    for (const alt of index.catalogue.parts) {
      if (alt.id === current.part) continue;
      if (
        swapGroupOf(alt) === group ||
        (mating !== undefined && matingGroupOf(alt) === mating) ||
        (connector !== undefined && connectorGroupOf(alt) === connector)
      )
        yield { target, toPart: alt.id };
    }
    if (target.kind === 'cable' && v5.has(target.id) && 'fiberType' in current) {
      const other: ModeFamily = FIBER_MODE[current.fiberType] === 'multimode' ? 'single-mode' : 'multimode';
      yield { target, toPart: current.part, toFiberType: fiberOfMode(design, index, channel, other) };
    }
  }
}
