/**
 * Mating rules V1–V7 (REFERENCE §1.8) checked at every mated pair of a design, plus P1 (one plug
 * per port). A violation makes the design invalid at that pair; a rule whose inputs are unknown
 * (an imported part without gender or polish) yields an `unchecked` finding, never a pass.
 */
import { CONNECTOR_VARIANTS, FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import type { CableEndDef, PortDef, SpliceMethod } from '../parts';
import { portDisplayLabel } from '../portNames';
import type { DesignIndex, DevicePlugs, PlugAt, ResolvedCable, ResolvedDevice } from './designIndex';
import { PlugRow } from './plugRow';
import { checkPair, type MatingRule, type Side } from './pairRules';
import { describeConnector, fitOutcome, fixedOutcome, sideOf, SPLICED, throughOutcome } from './pairOutcomes';

export type { MatingRule } from './pairRules';

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

/** Each rule's one-line statement, prefixed with its id (REFERENCE §1.8; P1; REFERENCE-2 §14.4 for T1). */
export const MATING_RULE_TEXT: Readonly<Record<MatingRule, string>> = {
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

const modeOf = (f: FiberType | 'unknown'): ModeFamily | 'unknown' => (f === 'unknown' ? 'unknown' : FIBER_MODE[f]);

/**
 * A port as a finding names it (`<device name> <port label>`). A function, not a closure in
 * `deviceMatings`' loop: a closure there would allocate a context for every plug.
 */
function portNameOf(index: DesignIndex, dev: ResolvedDevice, device: DeviceId, portDef: PortDef): string {
  return `${dev.device.name} ${portDisplayLabel(index.design, device, portDef.label, index.catalogue.get)}`;
}

/** The built-in splice of a splice port as a pair side (outside `deviceMatings`' loop, see `portNameOf`). */
function splicedSide(
  index: DesignIndex,
  dev: ResolvedDevice,
  device: DeviceId,
  portDef: PortDef,
  method: SpliceMethod,
  mode: ModeFamily | 'unknown',
): Side {
  return { name: () => `${portNameOf(index, dev, device, portDef)} (${method} splice)`, connector: SPLICED, mode };
}

/** The plug's cable end, or null when the cable or its part (or the end) is unknown. */
function plugEnd(index: DesignIndex, plug: PlugAt): { readonly rc: ResolvedCable; readonly def: CableEndDef } | null {
  const rc = plug.rc ?? index.cables.get(plug.cable);
  const def = rc?.part?.ends[plug.end];
  return rc && def ? { rc, def } : null;
}

/**
 * P1 findings: ports holding more than one plug (`crowdedPorts`, in the order they were found);
 * the message names every cable in the port (two people cabling one port at once, issue 11).
 */
export function crowdedFindings(index: DesignIndex): MatingFinding[] {
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
      message: `${MATING_RULE_TEXT.P1}: ${cables.length} cables in ${port} (${cables.map((id) => index.cables.get(id)?.cable.name || id).join(', ')})`,
    });
  }
  return findings;
}

/**
 * Mating findings at one device: each plug against its port's receptacle (V6, V7) and fixed
 * connector, and each through-adapter's two plugs against each other (checked once, from the
 * first side in `byPort` order whose plug fits its port). `byPort` is the device's plugs in port
 * order (`plugsByDevice`). Empty for a device of unknown part.
 */
export function deviceMatings(
  index: DesignIndex,
  device: DeviceId,
  byPort: ReadonlyMap<string, PlugAt>,
): MatingFinding[] {
  // A fresh index's row holds its device and its plugs their cables (no lookups by id).
  const row = byPort instanceof PlugRow ? (byPort as DevicePlugs) : null;
  const dev = row ? row.dev : index.devices.get(device);
  if (!dev?.part) return [];
  const part = dev.part;
  const devMode = part.kind === 'transceiver' ? part.fiberMode : modeOf(part.fiberType);
  const mdi = part.kind === 'transceiver';
  let findings: MatingFinding[] | null = null;
  let doneThrough: Set<string> | null = null;
  // Outcomes come from the memo tables; names, keys and sides are built only for a finding (keys
  // iterated and plugs looked up, so a plug costs no allocation).
  // A fresh index's rows are read by position (no iterator per device); other maps by their keys.
  const keys = row ? null : [...byPort.keys()];
  const count = byPort.size;
  for (let pi = 0; pi < count; pi++) {
    const portKey = row ? row.portAt(pi) : (keys as string[])[pi]!;
    const plug = row ? (row.plugAt(pi) as PlugAt) : (byPort.get(portKey) as PlugAt);
    const portDef: PortDef | undefined = dev.ports.get(portKey);
    if (!portDef) continue;
    const rc = plug.rc ?? index.cables.get(plug.cable);
    const def = rc?.part?.ends[plug.end];
    if (!rc || !def) continue;
    const connector = def.connector;
    const mode = FIBER_MODE[rc.fiberType];
    const fit = fitOutcome(connector, portDef.accepts);
    const mate = portDef.mate;
    // The common cases allocate nothing: the plug fits and meets a fixed connector cleanly, or
    // the two plugs of a through-adapter mate cleanly (checked once, as below).
    if (fit.length === 0) {
      if (mate.kind === 'fixed' && fixedOutcome(rc, def, mate, mode, devMode, mdi).length === 0) continue;
      if (mate.kind === 'through') {
        if (doneThrough?.has(mate.peer)) continue;
        const peerPlug = byPort.get(mate.peer);
        const prc = peerPlug ? (peerPlug.rc ?? index.cables.get(peerPlug.cable)) : undefined;
        const pdef = peerPlug ? prc?.part?.ends[peerPlug.end] : undefined;
        if (!prc || !pdef || throughOutcome(rc, def, prc, pdef, mode, mate.adapter).length === 0) {
          (doneThrough ??= new Set()).add(portKey);
          continue;
        }
      }
    }
    const pe = { rc, def };
    if (fit.length > 0) {
      const at = { device, port: portKey };
      for (const f of fit)
        (findings ??= []).push({
          key: findingKeyOf(f.rule, at, 'port', [plugName(index, plug)]),
          rule: f.rule,
          severity: f.severity,
          at,
          cables: [plug.cable],
          parts: [
            sideOf(pe).name(),
            `${portNameOf(index, dev, device, portDef)} (${CONNECTOR_VARIANTS[portDef.accepts].name})`,
          ],
          message: `${MATING_RULE_TEXT[f.rule]} (${f.detail})`,
        });
      if (fit.some((f) => f.rule === 'V6')) continue;
    }
    if (mate.kind === 'splice') {
      const peerPlug = mate.peer ? byPort.get(mate.peer) : undefined;
      if (mate.peer && (doneThrough?.has(mate.peer) || !peerPlug)) continue;
      (doneThrough ??= new Set()).add(portKey);
      const pp = peerPlug ? plugEnd(index, peerPlug) : null;
      const other: Side | null = peerPlug
        ? pp && sideOf(pp)
        : splicedSide(index, dev, device, portDef, mate.method, devMode);
      // A connector in the peer splice port is reported there (V6), not again here.
      if (!other || CONNECTOR_VARIANTS[other.connector.variant].family !== 'splice') continue;
      const side = sideOf(pe);
      const at = { device, port: portKey };
      for (const f of checkPair(side, other, {}))
        (findings ??= []).push({
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
          message: `${MATING_RULE_TEXT[f.rule]} (${f.detail}) at ${portNameOf(index, dev, device, portDef)}`,
        });
    } else if (mate.kind === 'fixed') {
      const out = fixedOutcome(rc, def, mate, mode, devMode, mdi);
      if (out.length === 0) continue;
      const at = { device, port: portKey };
      const fixedName = `${portNameOf(index, dev, device, portDef)} (${describeConnector(mate.connector)})`;
      for (const f of out)
        (findings ??= []).push({
          key: findingKeyOf(f.rule, at, 'fixed', [plugName(index, plug)]),
          rule: f.rule,
          severity: f.severity,
          at,
          cables: [plug.cable],
          parts: [sideOf(pe).name(), fixedName],
          message: `${MATING_RULE_TEXT[f.rule]} (${f.detail})`,
        });
    } else {
      // Each through-adapter is checked once, from the first side whose plug fits the port.
      if (doneThrough?.has(mate.peer)) continue;
      (doneThrough ??= new Set()).add(portKey);
      const peerPlug = byPort.get(mate.peer);
      const pp = peerPlug ? plugEnd(index, peerPlug) : null;
      if (!peerPlug || !pp) continue;
      const out = throughOutcome(rc, def, pp.rc, pp.def, mode, mate.adapter);
      if (out.length === 0) continue;
      const at = { device, port: portKey };
      for (const f of out)
        (findings ??= []).push({
          key: findingKeyOf(f.rule, at, 'through', [plugName(index, plug), plugName(index, peerPlug)]),
          rule: f.rule,
          severity: f.severity,
          at,
          cables: [plug.cable, peerPlug.cable],
          parts: [sideOf(pe).name(), sideOf(pp).name()],
          message: `${MATING_RULE_TEXT[f.rule]} (${f.detail}) at ${portNameOf(index, dev, device, portDef)}`,
        });
    }
  }
  if (part.kind === 'transceiver' && part.extraPorts) {
    const twin = twinPortFindings(index, device, byPort);
    if (twin.length > 0) (findings ??= []).push(...twin);
  }
  return findings ?? NO_FINDINGS;
}

/**
 * Checks every mated pair of the design: each plug against its port's fixed connector, and the
 * two plugs of every through-adapter against each other. Also P1 (two plugs in one port).
 * Findings come P1 first, then by device and port in the order of `plugsByDevice`.
 */
export function checkMatings(index: DesignIndex): MatingFinding[] {
  const findings = crowdedFindings(index);
  index.plugsByDevice.forEach((byPort, device) => {
    const found = deviceMatings(index, device as DeviceId, byPort);
    for (let i = 0; i < found.length; i++) findings.push(found[i] as MatingFinding);
  });
  return findings;
}

/** The (frozen) empty finding list of a device without findings. */
const NO_FINDINGS: MatingFinding[] = Object.freeze([]) as unknown as MatingFinding[];

/**
 * Rule T1 (REFERENCE-2 §14.4, NVIDIA [S110][S111]): the cables on the MDIs of one twin-port
 * transceiver must all be straight or all be 1:2 splitters. One `invalid` finding per MDI port
 * of a transceiver whose plugged cables mix the two.
 */
function twinPortFindings(index: DesignIndex, device: DeviceId, byPort: ReadonlyMap<string, PlugAt>): MatingFinding[] {
  const out: MatingFinding[] = [];
  const dev = index.devices.get(device);
  if (dev) {
    const part = dev.part;
    if (part?.kind !== 'transceiver' || !part.extraPorts) return out;
    const plugged = [...dev.ports.keys()].flatMap((port) => {
      const plug = byPort.get(port);
      const cable = plug ? index.cables.get(plug.cable) : undefined;
      return plug && cable?.part
        ? [{ port, plug, cable: cable.cable, splitter: cable.part.cableClass === 'splitter' }]
        : [];
    });
    if (new Set(plugged.map((p) => p.splitter)).size < 2) return out;
    const kinds = plugged.map((p) => `${p.cable.name} (${p.splitter ? '1:2 splitter' : 'straight'})`);
    for (const p of plugged)
      out.push({
        key: findingKeyOf('T1', { device, port: p.port }, 'port', [plugName(index, p.plug)]),
        rule: 'T1',
        severity: 'invalid',
        at: { device, port: p.port },
        cables: plugged.map((q) => q.plug.cable),
        parts: [kinds[0] ?? '', kinds[1] ?? ''],
        message: `${MATING_RULE_TEXT.T1}: ${dev.device.name} has ${kinds.join(' and ')}`,
      });
  }
  return out;
}
