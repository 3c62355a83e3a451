/**
 * The verdict a port shows while a cable end is being placed (issue 12 §3): would the cable's end
 * mate there, and if not, which rule it breaks (REFERENCE §1.8 V1–V7, P1). The rules are the
 * engine's own (`engine/matingProbe` runs `deviceMatings` on the design as if the cable were
 * laid); this module only picks the cable's orientation (`planConnection`) and its fiber type.
 * Pure.
 */
import { catalogueFor } from './catalogue';
import { FIBER_MODE, type FiberType } from './connectors';
import type { Design, PortRef } from './design';
import { cableSides, moveTransceiver, planConnection, plugTransceiver } from './edits';
import { buildDesignIndex, effectivePort, type DesignIndex } from './engine/designIndex';
import { deviceMatings, MATING_RULE_TEXT, type MatingFinding } from './engine/mating';
import { probeCable, probeFirstEnd } from './engine/matingProbe';
import type { DeviceId, PartId } from './ids';
import { portInfo, portOccupant } from './layout';
import { own } from './own';
import type { CablePart } from './parts';

/**
 * The fiber type a new cable should have: the part's default, unless the ports it plugs into are
 * of the other mode family (an OM4-default LC cord laid onto OS2 modules becomes OS2). `ends`
 * maps end keys to ports (null: unplugged).
 */
export function fiberTypeFor(d: Design, part: CablePart, ends: Readonly<Record<string, PortRef | null>>): FiberType {
  const cat = catalogueFor(d);
  for (const ref of Object.values(ends)) {
    if (!ref) continue;
    const info = portInfo(d, ref);
    const dev = own(d.devices, ref.device);
    const p = dev ? cat.get(dev.part) : undefined;
    let mode: 'multimode' | 'single-mode' | undefined;
    if (p?.kind === 'module' && p.fiberType !== 'unknown') mode = FIBER_MODE[p.fiberType];
    else if (info?.def && p?.kind === 'rack-equipment' && info.ref.port.startsWith('cage-')) {
      const t = Object.values(d.devices).find(
        (v) => v.placement.kind === 'cage' && v.placement.parent === ref.device && v.placement.cage === ref.port,
      );
      const tp = t ? cat.get(t.part) : undefined;
      if (tp?.kind === 'transceiver') mode = tp.fiberMode;
    }
    if (mode && FIBER_MODE[part.defaultFiberType] !== mode) return mode === 'single-mode' ? 'OS2' : 'OM4';
  }
  return part.defaultFiberType;
}

const indexMemo = new WeakMap<Design, DesignIndex>();

/**
 * The design index of `d` (`buildDesignIndex`), kept per design object: a drag asks it at every
 * port it passes, and the design does not change during a drag.
 */
export function designIndexFor(d: Design): DesignIndex {
  let hit = indexMemo.get(d);
  if (!hit) indexMemo.set(d, (hit = buildDesignIndex(d)));
  return hit;
}

/**
 * What a port says about a cable end dropped on it: `pass` (every rule holds), `fail` (an
 * `invalid` finding: the drop is refused), `unchecked` (a rule's input is unknown: the cable may
 * be laid, the finding stays). `text` is the one-line caption (the first invalid finding's rule
 * and message, e.g. `V6 family/key: … (MPO-16 cannot mate MPO-12)`); `findings` are all of them.
 */
export interface ConnectVerdict {
  readonly cls: 'pass' | 'fail' | 'unchecked';
  readonly text: string;
  /** The broken or unchecked rule's full statement (`MATING_RULE_TEXT`), for the status bar. */
  readonly rule?: string;
  readonly findings: readonly MatingFinding[];
}

/**
 * A finding in short: rule id and name, then what is wrong here, e.g.
 * `V6 family/key: MPO-16 cannot mate MPO-12` (the statement's words before its first colon, and
 * the finding's own detail that follows the statement in its message).
 */
export function shortFinding(f: MatingFinding): string {
  const statement = MATING_RULE_TEXT[f.rule];
  const name = statement.split(':')[0] ?? f.rule;
  const rest = f.message.startsWith(statement) ? f.message.slice(statement.length) : f.message;
  const detail = rest.replace(/^[\s:]+/, '').replace(/^\((.*)\)$/, '$1');
  return detail ? `${name}: ${detail}` : name;
}

/**
 * The full notice of a refused end: `where`, the short verdict, then the rule's statement when it
 * says more than the caption (e.g. `C1 MPO1: Will not mate: V6 family/key: MPO-16 cannot mate
 * MPO-12. Rule: V6 family/key: LC, SC, … never mate each other; …`).
 */
export function refusalNotice(where: string, v: ConnectVerdict): string {
  return `${where}: ${v.text}${v.rule && !v.text.includes(v.rule) ? `. Rule: ${v.rule}` : ''}`;
}

/** The verdict class and caption of a list of probe findings (`ok` is the caption when empty). */
export function verdictOfFindings(findings: readonly MatingFinding[], ok: string): ConnectVerdict {
  const bad = findings.find((f) => f.severity === 'invalid');
  if (bad)
    return { cls: 'fail', text: `Will not mate: ${shortFinding(bad)}`, rule: MATING_RULE_TEXT[bad.rule], findings };
  const unknown = findings[0];
  if (unknown)
    return {
      cls: 'unchecked',
      text: `${ok}; not checked: ${shortFinding(unknown)}`,
      rule: MATING_RULE_TEXT[unknown.rule],
      findings,
    };
  return { cls: 'pass', text: ok, findings };
}

/**
 * The verdict of a cable of catalogue part `partId` with an end dropped on `to`: the first end
 * (when `from` is null; the better of the part's two sides) or the second end (the orientation
 * `planConnection` picks for `from` → `to`). `index` is the design's index (`buildDesignIndex`,
 * or the current analysis's). A part that is not a cable, a missing port or a refused plan is a
 * `fail` with that reason.
 */
export function connectVerdict(
  d: Design,
  index: DesignIndex,
  partId: PartId,
  from: PortRef | null,
  to: PortRef,
): ConnectVerdict {
  const part = catalogueFor(d).get(partId);
  if (part?.kind !== 'cable') return { cls: 'fail', text: `${part?.name ?? partId} is not a cable`, findings: [] };
  const info = portInfo(d, to);
  if (!info) return { cls: 'fail', text: `Port ${to.port} does not exist`, findings: [] };
  const taken = portOccupant(d, to);
  if (taken)
    return {
      cls: 'fail',
      text: `Will not mate: ${MATING_RULE_TEXT.P1}: already holds ${own(d.cables, taken.cable)?.name ?? taken.cable}`,
      rule: MATING_RULE_TEXT.P1,
      findings: [],
    };
  const emptyCage = [from, to].find((r) => r && effectivePort(index, r) === null);
  if (!from) {
    if (emptyCage) return emptyCageVerdict(`Connect from ${info.label}`);
    const fiberType = fiberTypeFor(d, part, { _: to });
    const fs = probeFirstEnd(index, { part, fiberType, name: part.name }, cableSides(part), to);
    return verdictOfFindings(fs, `Connect from ${info.label}`);
  }
  const plan = planConnection(d, part, from, to);
  if (!plan.ok) return { cls: 'fail', text: plan.reason, findings: [] };
  const fs = probeCable(index, { part, fiberType: fiberTypeFor(d, part, plan.ends), name: part.name }, plan.ends);
  const v = verdictOfFindings(fs, `Connect to ${info.label}`);
  return v.cls === 'pass' && emptyCage ? emptyCageVerdict(v.text) : v;
}

/** An end in a cage without a transceiver meets nothing yet: nothing is checked there. */
const emptyCageVerdict = (ok: string): ConnectVerdict => ({
  cls: 'unchecked',
  text: `${ok}; not checked: the cage holds no transceiver yet`,
  findings: [],
});

/**
 * The mating verdict of a transceiver dropped into a switch cage that already holds cables
 * (cabled while empty): the engine's `deviceMatings` at the transceiver once plugged (V1–V7, T1).
 * `part` is a new transceiver's part, or `move` the id of a placed transceiver being moved.
 * Returns `pass` with an empty text when the cage holds no cable (nothing mates there), or when
 * the plug itself is refused (the placement check says why).
 */
export function cageDropVerdict(
  d: Design,
  drop: { readonly part: PartId } | { readonly move: DeviceId },
  parent: DeviceId,
  cage: string,
): ConnectVerdict {
  const pass: ConnectVerdict = { cls: 'pass', text: '', findings: [] };
  const cabled = Object.values(d.cables).some((c) =>
    Object.values(c.ends).some((r) => r?.device === parent && (r.port === cage || r.port.startsWith(`${cage}:`))),
  );
  if (!cabled) return pass;
  const r =
    'part' in drop ? plugTransceiver(d, { ...drop, parent, cage }) : moveTransceiver(d, drop.move, { parent, cage });
  if (!r.ok) return pass;
  const id = ('part' in drop ? r.id : drop.move) as DeviceId | undefined;
  const index = buildDesignIndex(r.design);
  const byPort = id ? index.plugsByDevice.get(id) : undefined;
  const fs = id && byPort ? deviceMatings(index, id, byPort) : [];
  return verdictOfFindings(fs, '');
}
