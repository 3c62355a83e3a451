/**
 * Mating rules V1–V7 (REFERENCE §1.8) checked at every mated pair of a design, plus P1 (one plug
 * per port). A violation makes the design invalid at that pair; a rule whose inputs are unknown
 * (an imported part without gender or polish) yields an `unchecked` finding, never a pass.
 */
import {
  CONNECTOR_VARIANTS,
  FIBER_MODE,
  isApc,
  type ConnectorSpec,
  type FiberType,
  type ModeFamily,
} from '../connectors';
import type { PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import type { AdapterType, PortDef } from '../parts';
import type { DesignIndex, PlugAt } from './designIndex';
import { portDisplayLabel } from '../portNames';

/**
 * Rule identifiers: V1–V7 of REFERENCE §1.8 (V6 with the VSFF families of REFERENCE-2 §13.3),
 * P1 one plug per port, T1 the twin-port cable rule of REFERENCE-2 §14.4.
 */
export type MatingRule = 'V1' | 'V2' | 'V3' | 'V4' | 'V5' | 'V6' | 'V7' | 'P1' | 'T1';

/** One finding at a mated pair. */
export interface MatingFinding {
  /**
   * Stable identity of the finding (`findingKeyOf`): rule, effective port, what the plug meets
   * there and the plugs involved. It does not depend on the finding's position in the list, so a
   * selected finding stays selected while other findings come and go.
   */
  readonly key: string;
  readonly rule: MatingRule;
  /** `invalid` breaks the design at this pair; `unchecked` means an input is unknown. */
  readonly severity: 'invalid' | 'unchecked';
  /** The port where the pair is (effective port: a cage resolves to the transceiver's MDI). */
  readonly at: PortRef;
  /** Cables involved. */
  readonly cables: readonly CableId[];
  /** Display names of both sides, e.g. ["Trunk T1 end A (MPO-12 male)", "Leaf-1 MOD-U1 MPO1 (male)"]. */
  readonly parts: readonly [string, string];
  readonly message: string;
}

/**
 * What a plug meets at a port: the port's receptacle (`port`: family, key and fiber count, rules
 * V6 and V7), the connector built into the part (`fixed`), the plug in the peer port of a
 * through-adapter (`through`), or other plugs in the same port (`crowded`, rule P1).
 */
export type MatingContact = 'port' | 'fixed' | 'through' | 'crowded';

/**
 * The stable key of a mating finding: `rule@device#port/contact/plugs`, where `device#port` is the
 * effective port (cages resolved) and `plugs` names the plugs involved as `cable:endKey` (or only
 * the cables, for P1), e.g. `V1@dev-4#mpo1/fixed/cab-3:A`. One pair yields at most one finding
 * per rule and contact, so the key is unique within an analysis; it changes only when the pair
 * itself changes (another plug, another port).
 */
export function findingKeyOf(rule: MatingRule, at: PortRef, contact: MatingContact, plugs: readonly string[]): string {
  return `${rule}@${at.device}#${at.port}/${contact}/${plugs.join('+')}`;
}

/** A plug as the finding key names it: `cable:endKey` (the end's index when the part is unknown). */
function plugName(index: DesignIndex, plug: PlugAt): string {
  return `${plug.cable}:${index.cables.get(plug.cable)?.endKeys[plug.end] ?? plug.end}`;
}

/** One side of a mated pair. */
interface Side {
  /** Display name, built only when a finding needs it. */
  readonly name: () => string;
  readonly connector: ConnectorSpec;
  readonly mode: ModeFamily | 'unknown';
}

const RULE_TEXT: Readonly<Record<MatingRule, string>> = {
  V1: 'V1 gender: an MPO pair needs exactly one male (pinned) and one female (unpinned) connector',
  V2: 'V2 transceiver gender: the cord plugged into an MPO transceiver (male) must be female',
  V3: 'V3 polish: APC mates APC only; PC/UPC mates PC/UPC only',
  V4: 'V4 APC adapter: an APC MPO may only pass a key-up/key-down (Type A) adapter',
  V5: 'V5 mode: single-mode and multimode fiber never mix',
  V6: 'V6 family/key: LC, SC, MDC, SN, CS and MPO never mate each other; offset-key MPO-16/32 never mates centre-key MPO-8/12/24; only spliced fibers are spliced',
  V7: 'V7 fiber count: every populated position of a plug must exist in the mating connector',
  P1: 'P1 one plug per port',
  T1: 'T1 twin-port cables: both MDIs of a twin-port transceiver take the same cable type, straight or 1:2 splitter, never mixed (REFERENCE-2 §14.4 [S110][S111])',
};

/**
 * Checks one mated pair of connectors; `adapter` is the orientation of the adapter between them
 * (or undefined for a direct MDI mating). Returns the findings (empty when the pair is valid).
 */
export function checkPair(a: Side, b: Side, opts: { adapter?: AdapterType; mdi?: boolean }): PairFinding[] {
  return computePair(a, b, opts);
}

/** A rule outcome of one pair, before it is placed in the design. */
type PairFinding = { readonly rule: MatingRule; readonly severity: 'invalid' | 'unchecked'; readonly detail: string };

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

const modeOf = (f: FiberType | 'unknown'): ModeFamily | 'unknown' => (f === 'unknown' ? 'unknown' : FIBER_MODE[f]);

function plugSide(index: DesignIndex, plug: PlugAt): Side | null {
  const c = index.cables.get(plug.cable);
  const endDef = c?.part?.ends[plug.end];
  if (!c || !endDef) return null;
  return {
    name: () => `${c.cable.name} ${endDef.label} (${describe(endDef.connector)})`,
    connector: endDef.connector,
    mode: FIBER_MODE[c.cable.fiberType],
  };
}

function describe(c: ConnectorSpec): string {
  const parts = [CONNECTOR_VARIANTS[c.variant].name];
  if (c.gender !== 'n/a')
    parts.push(c.gender === 'male' ? 'male/pinned' : c.gender === 'female' ? 'female/unpinned' : 'gender unknown');
  parts.push(c.polish === 'unknown' ? 'polish unknown' : c.polish);
  return parts.join(', ');
}

/** Nested-map memo: outcomes depend only on shared part objects and a few strings. */
const memoRoot = new Map<unknown, unknown>();
function memo(keys: readonly unknown[], compute: () => readonly PairFinding[]): readonly PairFinding[] {
  let node = memoRoot;
  for (const k of keys) {
    let next = node.get(k) as Map<unknown, unknown> | undefined;
    if (!next) node.set(k, (next = new Map()));
    node = next;
  }
  let hit = node.get(memoRoot) as readonly PairFinding[] | undefined;
  if (!hit) node.set(memoRoot, (hit = compute()));
  return hit;
}

/**
 * Checks every mated pair of the design: each plug against its port's fixed connector, and the
 * two plugs of every through-adapter against each other. Also P1 (two plugs in one port).
 * Pair outcomes are memoised on the shared connector and port objects of the catalogue, so the
 * cost per plug is a few map lookups.
 */
export function checkMatings(index: DesignIndex): MatingFinding[] {
  const findings: MatingFinding[] = [];
  for (const [key, cables] of index.crowdedPorts) {
    const [device, port] = key.split('#') as [string, string];
    const at = { device: device as DeviceId, port };
    findings.push({
      key: findingKeyOf('P1', at, 'crowded', cables),
      rule: 'P1',
      severity: 'invalid',
      at,
      cables,
      parts: [String(cables[0]), String(cables[1])],
      message: `${RULE_TEXT.P1}: ${cables.length} cables in ${port}`,
    });
  }
  const doneThrough = new Set<string>();
  for (const [deviceKey, byPort] of index.plugsByDevice) {
    const device = deviceKey as DeviceId;
    const dev = index.devices.get(device);
    if (!dev?.part) continue;
    const part = dev.part;
    const devMode = part.kind === 'transceiver' ? part.fiberMode : modeOf(part.fiberType);
    for (const [portKey, plug] of byPort) {
      const portDef: PortDef | undefined = dev.ports.get(portKey);
      const side = plugSide(index, plug);
      if (!portDef || !side) continue;
      const at = { device, port: portKey };
      const portName = (): string =>
        `${dev.device.name} ${portDisplayLabel(index.design, device, portDef.label, index.catalogue.get)}`;
      const fit = memo([side.connector, portDef.accepts, 'fit'], () => {
        const accepts: Side = {
          name: () => '',
          connector: { variant: portDef.accepts, gender: 'n/a', polish: side.connector.polish },
          mode: side.mode,
        };
        return checkPair(side, accepts, {}).filter((f) => f.rule === 'V6' || f.rule === 'V7');
      });
      for (const f of fit)
        findings.push({
          key: findingKeyOf(f.rule, at, 'port', [plugName(index, plug)]),
          rule: f.rule,
          severity: f.severity,
          at,
          cables: [plug.cable],
          parts: [side.name(), `${portName()} (${CONNECTOR_VARIANTS[portDef.accepts].name})`],
          message: `${RULE_TEXT[f.rule]} (${f.detail})`,
        });
      if (fit.some((f) => f.rule === 'V6')) continue;
      const mate = portDef.mate;
      if (mate.kind === 'splice') {
        const peerPlug = mate.peer ? byPort.get(mate.peer) : undefined;
        if (mate.peer && (doneThrough.has(`${deviceKey}#${mate.peer}`) || !peerPlug)) continue;
        doneThrough.add(`${deviceKey}#${portKey}`);
        const other: Side | null = peerPlug
          ? plugSide(index, peerPlug)
          : { name: () => `${portName()} (${mate.method} splice)`, connector: SPLICED, mode: devMode };
        // A connector in the peer splice port is reported there (V6), not again here.
        if (!other || CONNECTOR_VARIANTS[other.connector.variant].family !== 'splice') continue;
        const out = memo([side.connector, other.connector, side.mode, other.mode, 'splice'], () =>
          checkPair(side, other, {}),
        );
        for (const f of out)
          findings.push({
            key: findingKeyOf(
              f.rule,
              at,
              peerPlug ? 'through' : 'fixed',
              peerPlug ? [plugName(index, plug), plugName(index, peerPlug)] : [plugName(index, plug)],
            ),
            rule: f.rule,
            severity: f.severity,
            at,
            cables: peerPlug ? [plug.cable, peerPlug.cable] : [plug.cable],
            parts: [side.name(), other.name()],
            message: `${RULE_TEXT[f.rule]} (${f.detail}) at ${portName()}`,
          });
      } else if (mate.kind === 'fixed') {
        const mdi = part.kind === 'transceiver';
        const fixed: Side = {
          name: () => `${portName()} (${describe(mate.connector)})`,
          connector: mate.connector,
          mode: devMode,
        };
        const adapter = mate.adapter;
        const out = memo([side.connector, mate, side.mode, devMode, mdi], () =>
          checkPair(side, fixed, { mdi, ...(adapter ? { adapter } : {}) }),
        );
        for (const f of out)
          findings.push({
            key: findingKeyOf(f.rule, at, 'fixed', [plugName(index, plug)]),
            rule: f.rule,
            severity: f.severity,
            at,
            cables: [plug.cable],
            parts: [side.name(), fixed.name()],
            message: `${RULE_TEXT[f.rule]} (${f.detail})`,
          });
      } else {
        // Each through-adapter is checked once, from the first side whose plug fits the port.
        if (doneThrough.has(`${deviceKey}#${mate.peer}`)) continue;
        doneThrough.add(`${deviceKey}#${portKey}`);
        const peerPlug = byPort.get(mate.peer);
        if (!peerPlug) continue;
        const peer = plugSide(index, peerPlug);
        if (!peer) continue;
        const out = memo([side.connector, peer.connector, side.mode, peer.mode, mate.adapter], () =>
          checkPair(side, peer, { adapter: mate.adapter }),
        );
        for (const f of out)
          findings.push({
            key: findingKeyOf(f.rule, at, 'through', [plugName(index, plug), plugName(index, peerPlug)]),
            rule: f.rule,
            severity: f.severity,
            at,
            cables: [plug.cable, peerPlug.cable],
            parts: [side.name(), peer.name()],
            message: `${RULE_TEXT[f.rule]} (${f.detail}) at ${portName()}`,
          });
      }
    }
  }
  findings.push(...twinPortFindings(index));
  return findings;
}

/** The connector side of a splice built into a part (no end face, REFERENCE-2 §15.4). */
const SPLICED: ConnectorSpec = { variant: 'spliced', gender: 'n/a', polish: 'n/a' };

/**
 * Rule T1 (REFERENCE-2 §14.4, NVIDIA [S110][S111]): the cables on the MDIs of one twin-port
 * transceiver must all be straight or all be 1:2 splitters. One `invalid` finding per MDI port
 * of a transceiver whose plugged cables mix the two.
 */
function twinPortFindings(index: DesignIndex): MatingFinding[] {
  const out: MatingFinding[] = [];
  for (const [device, dev] of index.devices) {
    const part = dev.part;
    if (part?.kind !== 'transceiver' || !part.extraPorts) continue;
    const byPort = index.plugsByDevice.get(device);
    if (!byPort) continue;
    const plugged = [...dev.ports.keys()].flatMap((port) => {
      const plug = byPort.get(port);
      const cable = plug ? index.cables.get(plug.cable) : undefined;
      return plug && cable?.part
        ? [{ port, plug, cable: cable.cable, splitter: cable.part.cableClass === 'splitter' }]
        : [];
    });
    if (new Set(plugged.map((p) => p.splitter)).size < 2) continue;
    const kinds = plugged.map((p) => `${p.cable.name} (${p.splitter ? '1:2 splitter' : 'straight'})`);
    for (const p of plugged)
      out.push({
        key: findingKeyOf('T1', { device, port: p.port }, 'port', [plugName(index, p.plug)]),
        rule: 'T1',
        severity: 'invalid',
        at: { device, port: p.port },
        cables: plugged.map((q) => q.plug.cable),
        parts: [kinds[0] ?? '', kinds[1] ?? ''],
        message: `${RULE_TEXT.T1}: ${dev.device.name} has ${kinds.join(' and ')}`,
      });
  }
  return out;
}
