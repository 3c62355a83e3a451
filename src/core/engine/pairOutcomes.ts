/**
 * Memoised outcomes of the mating rules (REFERENCE §1.8, `checkPair`) at a mated pair: a plug
 * against its port's receptacle (V6, V7), against a port's fixed connector, and the two plugs of a
 * through-adapter against each other. The outcome depends only on shared catalogue objects
 * (connector specs, port mates) and a few small codes (fiber mode of each side, MDI or not, adapter
 * type), so it is computed once per combination: the cost per plug is a few map lookups and no
 * allocation. Also the sides of a pair as findings name them.
 */
import {
  CONNECTOR_VARIANTS,
  FIBER_MODE,
  type ConnectorSpec,
  type ConnectorVariant,
  type ModeFamily,
} from '../connectors';
import type { AdapterType, CableEndDef, PortDef } from '../parts';
import type { ResolvedCable } from './designIndex';
import { checkPair, type PairFinding, type Side } from './pairRules';

const MODE_CODE: Readonly<Record<ModeFamily | 'unknown', number>> = { multimode: 0, 'single-mode': 1, unknown: 2 };

/**
 * A connector as a finding describes it: variant name, gender (when it has one) and polish, e.g.
 * "MPO-12, male/pinned, UPC".
 */
export function describeConnector(c: ConnectorSpec): string {
  const parts = [CONNECTOR_VARIANTS[c.variant].name];
  if (c.gender !== 'n/a')
    parts.push(c.gender === 'male' ? 'male/pinned' : c.gender === 'female' ? 'female/unpinned' : 'gender unknown');
  parts.push(c.polish === 'unknown' ? 'polish unknown' : c.polish);
  return parts.join(', ');
}

/**
 * A cable end as a pair side: its name ("<cable> <end label> (<connector>)", built only when a
 * finding needs it), its connector and the fiber mode of the cable (TIA-568.3-E fiber types).
 */
export const sideOf = (p: { readonly rc: ResolvedCable; readonly def: CableEndDef }): Side => ({
  name: () => `${p.rc.cable.name} ${p.def.label} (${describeConnector(p.def.connector)})`,
  connector: p.def.connector,
  mode: FIBER_MODE[p.rc.fiberType],
});

/** The connector side of a splice built into a part (no end face, REFERENCE-2 §15.4). */
export const SPLICED: ConnectorSpec = { variant: 'spliced', gender: 'n/a', polish: 'n/a' };

/*
 * Pair outcomes depend only on shared catalogue objects (connector specs, port mates) and a few
 * small values, so they are memoised: the cost per plug is a few map lookups and no allocation.
 */
const fitMemo = new WeakMap<ConnectorSpec, Map<string, readonly PairFinding[]>>();
const fixedMemo = new WeakMap<ConnectorSpec, WeakMap<object, PairFinding[][]>>();
const throughMemo = new WeakMap<ConnectorSpec, WeakMap<ConnectorSpec, Map<string, PairFinding[][]>>>();

/**
 * The V6/V7 findings of a plug with `connector` in a port that accepts `accepts` (family, key and
 * fiber count); empty when it fits. Memoised per connector spec and variant; the result is shared.
 */
export function fitOutcome(connector: ConnectorSpec, accepts: ConnectorVariant): readonly PairFinding[] {
  let byVariant = fitMemo.get(connector);
  if (!byVariant) fitMemo.set(connector, (byVariant = new Map()));
  let hit = byVariant.get(accepts);
  if (!hit) {
    const plug: Side = { name: () => '', connector, mode: 'unknown' };
    const port: Side = {
      name: () => '',
      connector: { variant: accepts, gender: 'n/a', polish: connector.polish },
      mode: 'unknown',
    };
    hit = checkPair(plug, port, {}).filter((f) => f.rule === 'V6' || f.rule === 'V7');
    byVariant.set(accepts, hit);
  }
  return hit;
}

/**
 * The findings of the plug `def` of cable `rc` (fiber mode `mode`) against a port's fixed
 * connector `mate` on a part of mode `devMode` (`mdi`: the port is a transceiver MDI, rule V2).
 * Memoised per connector spec, mate and mode codes; the result is shared, never mutate it.
 */
export function fixedOutcome(
  rc: ResolvedCable,
  def: CableEndDef,
  mate: Extract<PortDef['mate'], { kind: 'fixed' }>,
  mode: ModeFamily,
  devMode: ModeFamily | 'unknown',
  mdi: boolean,
): readonly PairFinding[] {
  const connector = def.connector;
  let byMate = fixedMemo.get(connector);
  if (!byMate) fixedMemo.set(connector, (byMate = new WeakMap()));
  let list = byMate.get(mate);
  if (!list) byMate.set(mate, (list = []));
  const code = MODE_CODE[mode] * 6 + MODE_CODE[devMode] * 2 + (mdi ? 1 : 0);
  let hit = list[code];
  if (!hit) {
    const adapter = mate.adapter;
    const fixed: Side = { name: () => '', connector: mate.connector, mode: devMode };
    list[code] = hit = checkPair(sideOf({ rc, def }), fixed, { mdi, ...(adapter ? { adapter } : {}) });
  }
  return hit;
}

/**
 * The findings of the two plugs of a through-adapter of type `adapter` (rule V4 and the pair rules):
 * `def` of cable `rc` (fiber mode `mode`) against `pdef` of cable `prc`. Memoised per connector
 * specs, adapter type and mode codes; the result is shared, never mutate it.
 */
export function throughOutcome(
  rc: ResolvedCable,
  def: CableEndDef,
  prc: ResolvedCable,
  pdef: CableEndDef,
  mode: ModeFamily,
  adapter: AdapterType,
): readonly PairFinding[] {
  const connector = def.connector;
  let byPeer = throughMemo.get(connector);
  if (!byPeer) throughMemo.set(connector, (byPeer = new WeakMap()));
  let byAdapter = byPeer.get(pdef.connector);
  if (!byAdapter) byPeer.set(pdef.connector, (byAdapter = new Map()));
  let list = byAdapter.get(adapter);
  if (!list) byAdapter.set(adapter, (list = []));
  const code = MODE_CODE[mode] * 3 + MODE_CODE[FIBER_MODE[prc.fiberType]];
  let hit = list[code];
  if (!hit) list[code] = hit = checkPair(sideOf({ rc, def }), sideOf({ rc: prc, def: pdef }), { adapter });
  return hit;
}
