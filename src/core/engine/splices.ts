/**
 * Splices in a traced design (REFERENCE-2 §15). A splice is identity on fiber position (§15.2):
 * it lives in a device part whose port has a `splice` mate (a closure or tray joining two spliced
 * cable ends, or a pigtail splice cassette joining a spliced end to its own pigtails). The trace
 * passes it as an ordinary device hop; this module counts splices per fiber and composes
 * field-spliced trunks (pigtail – splice – cable – splice – pigtail) into one array map whose
 * TIA-568.3-E type it reports (§15.2: Type A, B, C or `unknown`, never guessed).
 */
import { identifyArrayType, type ArrayTypeOrUnknown } from '../catalogue/positionMaps';
import type { ConnectorVariant } from '../connectors';
import type { CableId } from '../ids';
import type { PortDef, PortMate } from '../parts';
import type { DesignIndex, ResolvedCable } from './designIndex';
import type { Hop } from './trace';
import { recordsInOrder } from './recordTable';

/** True when a port is a splice (its mate kind is `splice`), REFERENCE-2 §15.2. */
export const isSplicePort = (def: PortDef | undefined): boolean => def?.mate.kind === 'splice';

/**
 * Splices on a fiber path (the `hops` of a `FiberTrace`): one per device hop through an inline
 * splice (the two peer ports of a closure or tray are one splice), one per splice port of a
 * pigtail splice cassette. Mass-fusion counts per fiber, like every splice here (§15.3). This is
 * the `N_splice` of the field-test limit (§16.2). Linear in the hops; never throws.
 */
export function spliceCountOf(index: DesignIndex, hops: readonly Hop[]): number {
  let n = 0;
  for (const h of hops) {
    if (h.kind !== 'device') continue;
    const dev = index.devices.get(h.device);
    const a: PortMate | undefined = dev?.ports.get(h.in.port)?.mate;
    const b: PortMate | undefined = dev?.ports.get(h.out.port)?.mate;
    if (a?.kind === 'splice' && b?.kind === 'splice' && a.peer === h.out.port) n += 1;
    else n += (a?.kind === 'splice' ? 1 : 0) + (b?.kind === 'splice' ? 1 : 0);
  }
  return n;
}

/** One end of a spliced trunk: a connector end of a pigtail. */
export interface SplicedTrunkEnd {
  readonly cable: CableId;
  readonly end: number;
}

/**
 * A field-spliced trunk (REFERENCE-2 §15.2): from the connector of one pigtail, through splices
 * and spliced cables, to the connector of another. `map` takes a plug position at `near` to the
 * plug position at `far`; `type` is the TIA-568.3-E array type it equals, or `unknown`
 * (a non-standard array map: still traced exactly, but flagged).
 */
export interface SplicedTrunk {
  readonly near: SplicedTrunkEnd;
  readonly far: SplicedTrunkEnd;
  /** Connector variant at the near end. */
  readonly variant: ConnectorVariant;
  /** Every cable of the trunk, near to far. */
  readonly cables: readonly CableId[];
  readonly map: ReadonlyMap<number, number>;
  readonly type: ArrayTypeOrUnknown;
}

/** Follows one fiber from a cable end position through spliced ends only; null when it leaves the splice chain. */
function followSplices(
  index: DesignIndex,
  start: ResolvedCable,
  startEnd: number,
  startPosition: number,
  cables: CableId[],
): { cable: ResolvedCable; end: number; position: number } | null {
  let cable = start;
  let end = startEnd;
  let position = startPosition;
  for (let guard = 0; guard < 1000; guard++) {
    if (cable.fibers === 'unknown' || !cable.part) return null;
    const slot = cable.fibers.byEnd[end]?.[position];
    if (!slot) return null;
    if (!cables.includes(cable.id)) cables.push(cable.id);
    const farDef = cable.part.ends[slot.otherEnd];
    if (!farDef) return null;
    if (farDef.connector.variant !== 'spliced') return { cable, end: slot.otherEnd, position: slot.otherPosition };
    const plugged = cable.ends; // resolved per end at index time (own lookups done there)
    const ref = plugged[slot.otherEnd] ?? null;
    const dev = ref ? index.devices.get(ref.device) : undefined;
    if (!ref || !dev || !isSplicePort(dev.ports.get(ref.port)) || dev.links === 'unknown') return null;
    const target = dev.links.get(ref.port)?.get(slot.otherPosition)?.targets[0];
    if (!target || !isSplicePort(dev.ports.get(target.port))) return null;
    const plug = index.plugsByDevice.get(dev.id)?.get(target.port);
    const next = plug ? index.cables.get(plug.cable) : undefined;
    if (!plug || !next) return null;
    cable = next;
    end = plug.end;
    position = target.position;
  }
  return null;
}

const trunkCache = new WeakMap<DesignIndex, readonly SplicedTrunk[]>();

/**
 * Every field-spliced trunk of a design (REFERENCE-2 §15.2): pigtails (a cable with a connector
 * end and a spliced end) whose fibers all reach one other pigtail's connector through splices.
 * Each trunk is listed once (near = the lower cable id). Memoised per index; linear in the fibers
 * of the pigtails and spliced cables. Never throws.
 */
export function splicedTrunks(index: DesignIndex): readonly SplicedTrunk[] {
  const hit = trunkCache.get(index);
  if (hit) return hit;
  const out: SplicedTrunk[] = [];
  // The index's cables in order, as an array (a fresh index's table allocates nothing to iterate).
  for (const c of recordsInOrder(index.cables)) {
    const part = c.part;
    if (!part || part.cableClass !== 'pigtail' || c.fibers === 'unknown') continue;
    const near = part.ends.findIndex((e) => e.connector.variant !== 'spliced');
    const endDef = part.ends[near];
    if (!endDef) continue;
    const map = new Map<number, number>();
    const cables: CableId[] = [];
    let far: { cable: ResolvedCable; end: number } | null = null;
    let whole = true;
    const row = c.fibers.byEnd[near] ?? [];
    for (let p = 0; p < row.length; p++) {
      if (!row[p]) continue;
      const r = followSplices(index, c, near, p, cables);
      if (!r || (far && (far.cable !== r.cable || far.end !== r.end)) || r.cable === c) {
        whole = false;
        break;
      }
      far = { cable: r.cable, end: r.end };
      map.set(p, r.position);
    }
    if (!whole || !far || far.cable.id < c.id) continue;
    out.push({
      near: { cable: c.id, end: near },
      far: { cable: far.cable.id, end: far.end },
      variant: endDef.connector.variant,
      cables,
      map,
      type: identifyArrayType(map, endDef.connector.variant),
    });
  }
  trunkCache.set(index, out);
  return out;
}
