/**
 * The built-in cables and modules as presets of the builder (issue 13 §2): `presetParams` reads
 * the parameter record back from a built-in part, so the palette's builder form can start from any
 * built-in and every built-in is exactly `buildPart(presetParams(part))` apart from its historical
 * id and name (which are kept, so designs using today's ids open unchanged). Parts the builder
 * does not make (conversion cables and modules, the twin-port splitter, switches, enclosures,
 * transceivers, splice cassettes) have no preset.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../../connectors';
import type { CablePart, LossGrade, ModulePart, Part } from '../../parts';
import { isDuplexCordVariant, type DuplexVariant } from '../duplexCables';
import type { GenderPair } from '../cables';
import type { MpoConnector, OrderGrade, OrderPolish, PartParams } from './params';

const isMpo = (v: ConnectorVariant): v is MpoConnector => CONNECTOR_VARIANTS[v].family === 'mpo';
const grade = (g: LossGrade): OrderGrade | null => (g === 'unknown' ? null : g);
const polish = (p: string): OrderPolish | null => (p === 'UPC' || p === 'APC' ? p : null);
const pair = (a: string, b: string): GenderPair | null =>
  a === 'female' && b === 'female'
    ? 'ff'
    : a === 'male' && b === 'male'
      ? 'mm'
      : a === 'male' && b === 'female'
        ? 'mf'
        : null;

function cableParams(c: CablePart): PartParams | null {
  const e0 = c.ends.at(0);
  const eN = c.ends.at(-1);
  if (!e0 || !eN) return null;
  const g = grade(e0.lossGrade);
  const po = polish(e0.connector.polish);
  const v = e0.connector.variant;
  switch (c.cableClass) {
    case 'array-cable':
    case 'trunk': {
      if (c.cordType && isDuplexCordVariant(v) && po && g)
        return { kind: 'duplex-trunk', connector: v, fibers: c.fiberCount, polarity: c.cordType, polish: po, grade: g };
      const gp = pair(e0.connector.gender, eN.connector.gender);
      if (!c.polarity || !isMpo(v) || !gp || !po || !g) return null;
      return {
        kind: 'trunk',
        connector: v,
        fibers: c.fiberCount,
        polarity: c.polarity,
        genders: gp,
        polish: po,
        grade: g,
      };
    }
    case 'duplex-cord': {
      const v2 = eN.connector.variant;
      if (!c.cordType || !isDuplexCordVariant(v) || !isDuplexCordVariant(v2) || !po || !g) return null;
      return { kind: 'cord', end1: v, end2: v2, polarity: c.cordType, polish: po, grade: g };
    }
    case 'harness': {
      const leg = c.ends.at(1)?.connector;
      const gender = e0.connector.gender;
      if (!isMpo(v) || !leg || !isDuplexCordVariant(leg.variant) || !po || !g) return null;
      if (gender !== 'male' && gender !== 'female') return null;
      const lp = polish(leg.polish);
      if (!lp) return null;
      return {
        kind: 'harness',
        connector: v,
        legs: c.ends.length - 1,
        gender,
        polish: po,
        legConnector: leg.variant as DuplexVariant,
        legPolish: lp,
        grade: g,
      };
    }
    case 'pigtail': {
      const gender = e0.connector.gender;
      if (!po || !g || gender === 'unknown') return null;
      if (!isMpo(v) && !isDuplexCordVariant(v)) return null;
      return { kind: 'pigtail', connector: v, gender, polish: po, grade: g };
    }
    case 'bulk-cable': {
      const groups = c.ends.length / 2;
      return { kind: 'bulk-cable', fibers: c.fiberCount / groups, groups };
    }
    default:
      return null;
  }
}

const METHOD = { 'MOD-A': 'A', 'MOD-B1': 'B1', 'MOD-B2': 'B2', 'MOD-U1': 'U1', 'MOD-U2': 'U2' } as const;

function moduleParams(m: ModulePart): PartParams | null {
  if (m.moduleClass === 'adapter-plate') {
    const p = m.ports[0];
    if (!p || p.mate.kind !== 'through' || p.mate.adapter === 'unknown') return null;
    const v = p.accepts;
    if (!isMpo(v) && !isDuplexCordVariant(v)) return null;
    return { kind: 'plate', connector: v, count: m.ports.length / 2, adapter: p.mate.adapter };
  }
  if (m.moduleClass === 'splice') {
    const p = m.ports[0];
    if (!p || p.mate.kind !== 'splice' || m.links === 'unknown') return null;
    const groups = m.ports.length / 2;
    const fibers = m.fiberCount / groups;
    const reversed = m.links[0]?.b.position === fibers;
    return {
      kind: 'splice-tray',
      fibers,
      groups,
      method: p.mate.method,
      order: reversed ? 'ribbon-reversed' : 'colour',
    };
  }
  const rears = m.ports.filter((p) => p.face === 'rear');
  const front = m.ports.find((p) => p.face === 'front');
  const r0 = rears[0];
  if (!r0 || !front || r0.mate.kind !== 'fixed' || front.mate.kind !== 'fixed' || m.fiberType === 'unknown')
    return null;
  const method =
    m.moduleClass === 'MOD-U1-8' || m.moduleClass === 'MOD-U16'
      ? 'U1'
      : (METHOD as Readonly<Record<string, (typeof METHOD)[keyof typeof METHOD]>>)[m.moduleClass];
  const rear = r0.accepts;
  const g = grade(r0.mate.lossGrade);
  const rp = polish(r0.mate.connector.polish);
  const fp = polish(front.mate.connector.polish);
  const gender = r0.mate.connector.gender;
  if (!method || (rear !== 'mpo-8' && rear !== 'mpo-12' && rear !== 'mpo-16') || !isDuplexCordVariant(front.accepts))
    return null;
  if (!g || !rp || !fp || (gender !== 'male' && gender !== 'female') || m.loss.kind !== 'pairs') return null;
  return {
    kind: 'cassette',
    method,
    rear,
    groups: rears.length,
    front: front.accepts,
    rearGender: gender,
    rearPolish: rp,
    frontPolish: fp,
    fiberType: m.fiberType,
    grade: g,
  };
}

/**
 * The builder parameters of a part, or null when the builder does not make that kind of part.
 * For a built-in part, `buildPart(presetParams(p))` has the same ends, ports, fibers and links.
 */
export function presetParams(part: Part): PartParams | null {
  if (part.kind === 'cable') return cableParams(part);
  if (part.kind === 'module') return moduleParams(part);
  return null;
}
