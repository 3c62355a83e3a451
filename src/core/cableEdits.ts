/**
 * Named, pure edits of cables (part of `edits.ts`, re-exported there): a new cable's defaults by
 * class, which ends face which way, planning and laying a connection between two ports (refused
 * with the reason when a port is taken or cannot take the cable), deleting a cable and changing
 * its name, length (m), fiber type or construction.
 */
import { patchRecord, produceEdit } from './editChanges';
import { catalogueFor } from './catalogue';
import { CONNECTOR_VARIANTS, type FiberType } from './connectors';
import type { Cable, Design, PortRef } from './design';
import { cableId, type CableId, type PartId } from './ids';
import { followingPorts, portInfo, portOccupant } from './layout';
import type { CableClass, CablePart } from './parts';
import { own } from './own';
import { done, nextId, nextName, type EditResult } from './editResult';

/** Display-name prefix and default length (m) of a new cable by class. */
export const CABLE_DEFAULTS: Readonly<Record<CableClass, { readonly prefix: string; readonly lengthM: number }>> = {
  trunk: { prefix: 'T', lengthM: 30 },
  'array-cable': { prefix: 'MC', lengthM: 5 },
  harness: { prefix: 'H', lengthM: 3 },
  'duplex-cord': { prefix: 'PC', lengthM: 2 },
  'conversion-cable': { prefix: 'CV', lengthM: 3 },
  pigtail: { prefix: 'PT', lengthM: 2 },
  'bulk-cable': { prefix: 'BC', lengthM: 100 },
  splitter: { prefix: 'SP', lengthM: 5 },
};

/** The two sides of a cable: end keys grouped by their first letter (`A`/`B`, `A1…`/`B1…`, `MPO`/`L1…`). */
export function cableSides(part: CablePart): [string[], string[]] {
  const first = part.ends[0]?.key[0];
  const one = part.ends.filter((e) => e.key[0] === first).map((e) => e.key);
  const two = part.ends.filter((e) => e.key[0] !== first).map((e) => e.key);
  return [one, two];
}

/**
 * Plans the ends of a cable laid from port `first` to port `second`: chooses which side of the
 * cable goes where (the connector family must fit; then prefer genders and polish that mate
 * cleanly) and fans further legs of a multi-leg cable out to the following free ports
 * (`followingPorts`). Legs with no free port stay unplugged. Refused when a port is taken, when
 * both picks are the same port, or when no orientation fits the connector families.
 */
export function planConnection(
  d: Design,
  part: CablePart,
  first: PortRef,
  second: PortRef,
): { ok: true; ends: Record<string, PortRef | null> } | { ok: false; reason: string } {
  if (first.device === second.device && first.port === second.port)
    return { ok: false, reason: 'Pick two different ports' };
  const pi = [portInfo(d, first), portInfo(d, second)] as const;
  for (const [i, info] of pi.entries()) {
    if (!info) return { ok: false, reason: `Port ${(i === 0 ? first : second).port} does not exist` };
    const taken = portOccupant(d, info.ref);
    if (taken)
      return { ok: false, reason: `${info.label} already holds ${own(d.cables, taken.cable)?.name ?? taken.cable}` };
  }
  const ends = new Map(part.ends.map((e) => [e.key, e] as const));
  const sides = cableSides(part);
  let best: { score: number; sides: [string[], string[]] } | null = null;
  for (const order of [sides, [sides[1], sides[0]]] as [string[], string[]][]) {
    let score = 0;
    for (const k of [0, 1] as const) {
      const end = ends.get(order[k][0] ?? '');
      const info = pi[k];
      if (!end || !info) {
        score = -1;
        break;
      }
      const fam = CONNECTOR_VARIANTS[end.connector.variant].family;
      if (info.family !== null && info.family !== fam) {
        score = -1;
        break;
      }
      const mate = info.def?.mate;
      if (mate?.kind === 'fixed') {
        const g = mate.connector.gender;
        if (fam === 'mpo' && g !== 'unknown' && end.connector.gender !== 'unknown' && g !== end.connector.gender)
          score += 2;
        if ((mate.connector.polish === 'APC') === (end.connector.polish === 'APC')) score += 1;
      }
    }
    if (score >= 0 && (!best || score > best.score)) best = { score, sides: order };
  }
  if (!best) {
    const e0 = part.ends[0];
    return {
      ok: false,
      reason: `${part.name} does not fit ${pi[0]?.label ?? ''} and ${pi[1]?.label ?? ''}${e0 ? ` (${CONNECTOR_VARIANTS[e0.connector.variant].name} ends)` : ''}`,
    };
  }
  const out: Record<string, PortRef | null> = {};
  best.sides.forEach((keys, k) => {
    const start = k === 0 ? first : second;
    const fam = CONNECTOR_VARIANTS[ends.get(keys[0] ?? '')?.connector.variant ?? 'lc-duplex'].family;
    const more =
      keys.length > 1
        ? followingPorts(d, start, fam).filter(
            (r) =>
              !(r.device === first.device && r.port === first.port) &&
              !(r.device === second.device && r.port === second.port),
          )
        : [];
    keys.forEach((key, i) => {
      out[key] = i === 0 ? start : (more[i - 1] ?? null);
    });
  });
  return { ok: true, ends: out };
}

/** Lays a new cable of catalogue `part` with the given ends. Refused on an unknown part or a taken port. */
export function connectCable(
  d: Design,
  o: {
    readonly part: PartId;
    readonly ends: Readonly<Record<string, PortRef | null>>;
    readonly name?: string;
    readonly lengthM?: number;
    readonly fiberType?: FiberType;
  },
): EditResult {
  const part = catalogueFor(d).get(o.part);
  if (part?.kind !== 'cable') return { ok: false, reason: `${part?.name ?? o.part} is not a cable` };
  for (const ref of Object.values(o.ends)) {
    const taken = ref ? portOccupant(d, ref) : undefined;
    if (ref && taken)
      return {
        ok: false,
        reason: `${portInfo(d, ref)?.label ?? ref.port} already holds ${own(d.cables, taken.cable)?.name ?? taken.cable}`,
      };
  }
  const id = cableId(nextId(d.cables, 'cab'));
  const defaults = CABLE_DEFAULTS[part.cableClass];
  const ends: Record<string, PortRef | null> = Object.fromEntries(
    part.ends.map((e) => [e.key, own(o.ends, e.key) ?? null]),
  );
  const cable: Cable = {
    id,
    part: part.id,
    name:
      o.name ??
      nextName(
        Object.values(d.cables).map((c) => c.name),
        defaults.prefix,
      ),
    lengthM: o.lengthM ?? part.lengthM ?? defaults.lengthM,
    fiberType: o.fiberType ?? part.defaultFiberType,
    ends,
  };
  return done(
    produceEdit(d, (x) => {
      x.cables[id] = cable;
    }),
    id,
  );
}

/** Deletes a cable. */
export const deleteCable = (d: Design, id: CableId): Design =>
  produceEdit(d, (x) => {
    delete x.cables[id];
  });

/**
 * Changes a cable's name, length (m), fiber type or construction (`indoor-outdoor`, or `null` for
 * none: single-mode indoor/outdoor cable is 0.5 dB/km, REFERENCE §7.2), as given: the values are
 * not clamped or dropped here, so a value the design schema refuses (a negative or non-finite
 * length, over 100 km) is refused by the store's commit check with its rule, never silently altered.
 */
export function updateCable(
  d: Design,
  id: CableId,
  patch: {
    readonly name?: string;
    readonly lengthM?: number;
    readonly fiberType?: FiberType;
    readonly construction?: 'indoor-outdoor' | null;
  },
): Design {
  // One record replaced (`patchRecord`): the design `produceEdit` made for these assignments.
  const set: { name?: string; lengthM?: number; fiberType?: FiberType; construction?: 'indoor-outdoor' } = {};
  if (patch.name !== undefined) set.name = patch.name;
  // `+ 0` turns −0 into 0: JSON has no −0, so a stored −0 would not reopen as itself.
  if (patch.lengthM !== undefined) set.lengthM = patch.lengthM + 0;
  if (patch.fiberType !== undefined) set.fiberType = patch.fiberType;
  if (patch.construction !== null && patch.construction !== undefined) set.construction = patch.construction;
  return patchRecord(d, 'cables', id, set, patch.construction === null ? ['construction'] : []);
}
