/**
 * The mating rules of one pair of connectors (REFERENCE §1.8 V1–V7, with the VSFF families and
 * splices of REFERENCE-2 §13.3 and §15.2): gender, transceiver gender, polish, APC through a
 * key-up/key-up adapter, fiber mode, family/key and fiber count. Pure; `engine/mating` places the
 * outcomes in a design (ports, cables, finding keys).
 */
import { CONNECTOR_VARIANTS, isApc, type ConnectorSpec, type ModeFamily } from '../connectors';
import type { AdapterType } from '../parts';

/**
 * Rule identifiers: V1–V7 of REFERENCE §1.8 (V6 with the VSFF families of REFERENCE-2 §13.3),
 * P1 one plug per port, T1 the twin-port cable rule of REFERENCE-2 §14.4.
 */
export type MatingRule = 'V1' | 'V2' | 'V3' | 'V4' | 'V5' | 'V6' | 'V7' | 'P1' | 'T1';

/** One side of a mated pair. */
export interface Side {
  /** Display name, built only when a finding needs it. */
  readonly name: () => string;
  readonly connector: ConnectorSpec;
  readonly mode: ModeFamily | 'unknown';
}

/**
 * Checks one mated pair of connectors; `adapter` is the orientation of the adapter between them
 * (or undefined for a direct MDI mating). Returns the findings (empty when the pair is valid).
 */
export function checkPair(a: Side, b: Side, opts: { adapter?: AdapterType; mdi?: boolean }): PairFinding[] {
  return computePair(a, b, opts);
}

/** A rule outcome of one pair, before it is placed in the design. */
export type PairFinding = {
  readonly rule: MatingRule;
  readonly severity: 'invalid' | 'unchecked';
  readonly detail: string;
};

function computePair(a: Side, b: Side, opts: { adapter?: AdapterType; mdi?: boolean }): PairFinding[] {
  const out: PairFinding[] = [];
  const ia = CONNECTOR_VARIANTS[a.connector.variant];
  const ib = CONNECTOR_VARIANTS[b.connector.variant];
  // V6: family and key.
  if (ia.family !== ib.family || ia.key !== ib.key) {
    out.push({ rule: 'V6', severity: 'invalid', detail: `${ia.name} cannot mate ${ib.name}` });
    return out;
  }
  // A splice has no end face, key or pins: only the fiber mode is checked (REFERENCE-2 §15.2).
  if (ia.family === 'splice') {
    if (a.mode !== 'unknown' && b.mode !== 'unknown' && a.mode !== b.mode)
      out.push({ rule: 'V5', severity: 'invalid', detail: `${a.mode} fiber spliced to ${b.mode} fiber` });
    else if (a.mode !== b.mode) out.push({ rule: 'V5', severity: 'unchecked', detail: 'fiber type unknown' });
    return out;
  }
  // V7: populated positions of each side must exist on the other (one-row MPO-8 fits MPO-12).
  const pa = new Set(ia.positions);
  const pb = new Set(ib.positions);
  const fitsAB = ia.positions.every((p) => pb.has(p));
  const fitsBA = ib.positions.every((p) => pa.has(p));
  if (!fitsAB && !fitsBA)
    out.push({ rule: 'V7', severity: 'invalid', detail: `${ia.name} and ${ib.name} have different fiber positions` });
  else if (ia.rows !== ib.rows)
    out.push({
      rule: 'V7',
      severity: 'invalid',
      detail: `${ia.name} (${ia.rows} row) cannot mate ${ib.name} (${ib.rows} rows)`,
    });
  // V1 / V2: gender, MPO only.
  if (ia.family === 'mpo') {
    const ga = a.connector.gender;
    const gb = b.connector.gender;
    if (ga === 'unknown' || gb === 'unknown')
      out.push({ rule: opts.mdi ? 'V2' : 'V1', severity: 'unchecked', detail: 'gender unknown' });
    else if (opts.mdi && (ga === 'male') === (gb === 'male'))
      out.push({ rule: 'V2', severity: 'invalid', detail: `${ga} plug into a ${gb} transceiver MDI` });
    else if (!opts.mdi && ga === gb)
      out.push({
        rule: 'V1',
        severity: 'invalid',
        detail:
          ga === 'male' ? 'male to male: the guide pins collide' : 'female to female: no guide pins, no alignment',
      });
  }
  // V3: polish.
  const sa = a.connector.polish;
  const sb = b.connector.polish;
  if (sa === 'unknown' || sb === 'unknown') out.push({ rule: 'V3', severity: 'unchecked', detail: 'polish unknown' });
  else if (isApc(sa) !== isApc(sb)) out.push({ rule: 'V3', severity: 'invalid', detail: `${sa} mated to ${sb}` });
  // V4: APC MPO through a key-up/key-up adapter.
  if (ia.family === 'mpo' && (isApc(sa) || isApc(sb))) {
    if (opts.adapter === 'key-up-key-up')
      out.push({ rule: 'V4', severity: 'invalid', detail: 'APC end faces through a key-up/key-up (Type B) adapter' });
    else if (opts.adapter === 'unknown')
      out.push({ rule: 'V4', severity: 'unchecked', detail: 'adapter orientation unknown' });
  }
  // V5: mode.
  if (a.mode === 'unknown' || b.mode === 'unknown') {
    if (a.mode !== b.mode) out.push({ rule: 'V5', severity: 'unchecked', detail: 'fiber type unknown' });
  } else if (a.mode !== b.mode) out.push({ rule: 'V5', severity: 'invalid', detail: `${a.mode} meets ${b.mode}` });
  return out;
}
