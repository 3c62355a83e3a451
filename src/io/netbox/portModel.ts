/**
 * Ports and internal links of an imported NetBox part (module type, or a device type's own
 * ports): MPO-to-LC cassettes (fixed rear MPO + fixed front LC, fiber links per REFERENCE §5.1),
 * adapter panels (through ports, §0.2/§1.4) and anything else (fixed ports, links unknown).
 *
 * Every fact NetBox cannot state is taken from the free text (facts.ts) or left `unknown`, and
 * each unknown is listed as a prompt of what to set.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant, type FiberType, type Polish } from '../../core/connectors';
import { adapterPosition } from '../../core/catalogue/positionMaps';
import type { CanonicalModule12 } from '../../core/catalogue/positionMaps';
import type { AdapterType, InternalLink, LossGrade, ModuleClass, PortDef } from '../../core/parts';
import type { NbFrontPort, NbRearPort, NetboxDoc } from './document';
import { readPortFacts, type FactReading, type PartFacts, type PortFacts } from './facts';
import {
  classAdapter,
  mapGroup,
  matchClass,
  POLARITY_CLASSES,
  storedClass,
  type GroupFront,
  type RearGroup,
} from './fiberMap';
import { finding, type LintFinding } from './lint';
import { own } from '../../core/own';

/** Connector family and polish a NetBox port `type` slug names (PEERS §4.1 fibre slugs). */
export const PORT_TYPES: Readonly<Record<string, { readonly family: 'lc' | 'sc' | 'mpo'; readonly polish: Polish }>> = {
  lc: { family: 'lc', polish: 'unknown' },
  'lc-pc': { family: 'lc', polish: 'PC' },
  'lc-upc': { family: 'lc', polish: 'UPC' },
  'lc-apc': { family: 'lc', polish: 'APC' },
  sc: { family: 'sc', polish: 'unknown' },
  'sc-pc': { family: 'sc', polish: 'PC' },
  'sc-upc': { family: 'sc', polish: 'UPC' },
  'sc-apc': { family: 'sc', polish: 'APC' },
  mpo: { family: 'mpo', polish: 'unknown' },
};

/** MPO variant by fibers per connector. */
const MPO_BY_FIBERS: Readonly<Record<number, ConnectorVariant>> = {
  8: 'mpo-8',
  12: 'mpo-12',
  16: 'mpo-16',
  24: 'mpo-24',
  32: 'mpo-32',
};

/** What the part's ports and links came out as. */
export interface PortModel {
  readonly shape: 'cassette' | 'plate' | 'custom';
  readonly ports: readonly PortDef[];
  readonly links: readonly InternalLink[] | 'unknown';
  readonly moduleClass: ModuleClass;
  readonly fiberType: FiberType | 'unknown';
  readonly fiberCount: number;
  /** Rear MPO variant (first group) and gender/polish, for swap groups and names. */
  readonly rearVariant?: ConnectorVariant;
  readonly lossGrade: LossGrade;
  /** How the fiber map was obtained (for provenance): strands, canonical class, adapter rule, or unknown. */
  readonly mapNote: string;
  /** Prompts: what the user must set for traces and rules to be checked. */
  readonly unknowns: readonly string[];
}

interface Ctx {
  readonly doc: NetboxDoc;
  readonly facts: PartFacts;
  readonly lint: LintFinding[];
  readonly unknowns: string[];
}

const familyOf = (type: string) => own(PORT_TYPES, type);
const duplexOf = (family: 'lc' | 'sc'): ConnectorVariant => (family === 'lc' ? 'lc-duplex' : 'sc-duplex');

/** Which MPO variant a port is, from port text, part text, totals, positions, strand range. */
function mpoVariant(
  port: NbFrontPort | NbRearPort,
  pf: PortFacts,
  onFace: number,
  pairPositions: number | undefined,
  ctx: Ctx,
): ConnectorVariant {
  const total = ctx.facts.totalFibers;
  const perPort = total !== undefined && onFace > 0 && total % onFace === 0 ? total / onFace : undefined;
  const range = pf.range ? pf.range[1] - pf.range[0] + 1 : undefined;
  const tries: readonly (readonly [number | undefined, string])[] = [
    [pf.mpoFibers, 'port description'],
    [ctx.facts.mpoFibers, 'comments'],
    [perPort, `${total} fibers over ${onFace} MPO ports`],
    [pairPositions === undefined ? undefined : pairPositions * 2, `${pairPositions} duplex positions`],
    [range, 'strand range'],
  ];
  const valid = tries.filter(
    (t): t is readonly [number, string] => t[0] !== undefined && MPO_BY_FIBERS[t[0]] !== undefined,
  );
  const hit = valid[0];
  if (!hit) {
    ctx.lint.push(
      finding('fiber-count', `MPO fiber count of '${port.name}' is not stated`, 'assumed MPO-12', port.name),
    );
    ctx.unknowns.push(`MPO fiber count of ${port.name} (assumed MPO-12): MPO-8, 12, 16, 24 or 32`);
    return 'mpo-12';
  }
  const disagree = valid.find((t) => t[0] !== hit[0] && t[1] !== 'strand range');
  if (disagree)
    ctx.lint.push(
      finding(
        'fiber-count',
        `MPO fiber count of '${port.name}': ${hit[0]} from ${hit[1]}, but ${disagree[0]} from ${disagree[1]}`,
        `used ${hit[0]} (${hit[1]})`,
        port.name,
      ),
    );
  else if (hit[1] === 'strand range' || (hit[1].includes('duplex positions') && valid.length === 1))
    ctx.lint.push(
      finding(
        'fiber-count',
        `MPO fiber count of '${port.name}' is not written`,
        `inferred ${hit[0]} fibers from ${hit[1]}`,
        port.name,
      ),
    );
  return MPO_BY_FIBERS[hit[0]] ?? 'mpo-12';
}

/** Builds the port model of a parsed document. Never throws. */
export function buildPortModel(doc: NetboxDoc, reading: FactReading, lint: LintFinding[]): PortModel {
  const ctx: Ctx = { doc, facts: reading.facts, lint, unknowns: [] };
  for (const c of reading.conflicts)
    lint.push(
      finding('fact-conflict', `The text states ${c.key} as ${c.values.join(' and ')}`, `left ${c.key} unknown`),
    );
  const pairs = doc.mappings.filter((m) => m.frontPosition === 1 && m.rearPosition === 1);
  const rearUse = new Map<string, number>();
  for (const m of doc.mappings) rearUse.set(m.rear, (rearUse.get(m.rear) ?? 0) + 1);
  const rearByName = new Map(doc.rearPorts.map((r) => [r.name, r] as const));
  const frontsMapped = new Set(doc.mappings.map((m) => m.front));
  for (const f of doc.frontPorts)
    if (!frontsMapped.has(f.name) && doc.rearPorts.length > 0)
      lint.push(
        finding(
          'unmapped-port',
          `front port '${f.name}' is not mapped to a rear port`,
          'kept the port without fibers',
          f.name,
        ),
      );
  const isPlate =
    doc.frontPorts.length > 0 &&
    pairs.length === doc.mappings.length &&
    doc.mappings.length === doc.frontPorts.length &&
    pairs.every(
      (m) =>
        rearUse.get(m.rear) === 1 &&
        rearByName.get(m.rear)?.positions === 1 &&
        familyOf(doc.frontPorts.find((f) => f.name === m.front)?.type ?? '')?.family ===
          familyOf(rearByName.get(m.rear)?.type ?? '')?.family,
    );
  if (isPlate && ctx.facts.mesh) {
    lint.push(
      finding(
        'mesh-as-pass-through',
        'The text says mesh/shuffle but every front port maps 1:1 to its own rear port',
        'modelled fixed ports with an unknown fiber map',
      ),
    );
    ctx.unknowns.push('Fiber map of the mesh/shuffle: NetBox stores it as 1:1 pass-through; define the fiber map');
    return customModel(ctx);
  }
  if (isPlate) return plateModel(ctx);
  const cassette =
    doc.rearPorts.length > 0 &&
    doc.rearPorts.every((r) => familyOf(r.type)?.family === 'mpo') &&
    doc.frontPorts.every((f) => familyOf(f.type)?.family !== 'mpo');
  return cassette ? cassetteModel(ctx) : customModel(ctx);
}

/** Shared unknown prompts for loss, fiber type. */
function commonUnknowns(ctx: Ctx, needsFiberType: boolean): { fiberType: FiberType | 'unknown'; lossGrade: LossGrade } {
  const fiberType = ctx.facts.fiberType ?? 'unknown';
  if (needsFiberType && fiberType === 'unknown') ctx.unknowns.push('Fiber type: OM3, OM4, OM5, OS2 or OS1a');
  const lossGrade = ctx.facts.lossGrade ?? 'unknown';
  if (lossGrade === 'unknown' && ctx.facts.lossMaxDb === undefined)
    ctx.unknowns.push('Insertion loss: module maximum in dB, or the connector loss grade (standard, low-loss, elite)');
  return { fiberType, lossGrade };
}

/** Adapter panel: through ports front-k ↔ rear-k, positions by the adapter rule (§0.2, §1.4). */
function plateModel(ctx: Ctx): PortModel {
  const { doc, facts } = ctx;
  const rearByName = new Map(doc.rearPorts.map((r) => [r.name, r] as const));
  const mpoFronts = doc.frontPorts.filter((f) => familyOf(f.type)?.family === 'mpo').length;
  const tiaLetter: Readonly<Record<string, AdapterType>> = { A: 'key-up-key-down', B: 'key-up-key-up' };
  const mpoAdapter: AdapterType =
    facts.adapter ?? (facts.typeLetter ? tiaLetter[facts.typeLetter] : undefined) ?? 'unknown';
  const ports: PortDef[] = [];
  const links: InternalLink[] = [];
  let known = true;
  let fiberCount = 0;
  doc.frontPorts.forEach((f, i) => {
    const k = i + 1;
    const m = doc.mappings.find((x) => x.front === f.name);
    const r = m ? rearByName.get(m.rear) : undefined;
    const fam = familyOf(f.type)?.family ?? 'lc';
    const variant =
      fam === 'mpo'
        ? mpoVariant(f, { ...readPortFacts(r?.text ?? ''), ...readPortFacts(f.text) }, mpoFronts, undefined, ctx)
        : duplexOf(fam);
    const adapter: AdapterType = fam === 'mpo' ? mpoAdapter : 'duplex';
    ports.push({
      key: `front-${k}`,
      label: f.label ?? f.name,
      face: 'front',
      index: k,
      accepts: variant,
      mate: { kind: 'through', peer: `rear-${k}`, adapter },
    });
    ports.push({
      key: `rear-${k}`,
      label: r?.label ?? r?.name ?? `${f.name} rear`,
      face: 'rear',
      index: k,
      accepts: variant,
      mate: { kind: 'through', peer: `front-${k}`, adapter },
    });
    fiberCount += CONNECTOR_VARIANTS[variant].positions.length;
    for (const pos of CONNECTOR_VARIANTS[variant].positions) {
      const to = adapterPosition(adapter, variant, pos);
      if (to === null) known = false;
      else links.push({ a: { port: `front-${k}`, position: pos }, b: { port: `rear-${k}`, position: to } });
    }
  });
  if (!known) ctx.unknowns.push('Adapter orientation: key-up/key-down (Type A) or key-up/key-up (Type B)');
  const { lossGrade } = commonUnknowns(ctx, false);
  const rearVariant = ports[0]?.accepts;
  return {
    shape: 'plate',
    ports,
    links: known ? links : 'unknown',
    moduleClass: 'adapter-plate',
    fiberType: facts.fiberType ?? 'unknown',
    fiberCount,
    ...(rearVariant ? { rearVariant } : {}),
    lossGrade,
    mapNote: known
      ? `adapter rule (${mpoAdapter === 'unknown' ? 'duplex' : mpoAdapter}), REFERENCE §0.2/§1.4`
      : 'unknown (adapter orientation not stated)',
    unknowns: ctx.unknowns,
  };
}

/** Connector facts of the rear MPO and front LC of a cassette, with prompts for what is missing. */
function cassetteConnectors(ctx: Ctx): {
  gender: 'male' | 'female' | 'unknown';
  rearPolish: Polish;
  frontPolish: (type: string) => Polish;
} {
  const { facts } = ctx;
  const gender = facts.gender ?? 'unknown';
  if (gender === 'unknown') ctx.unknowns.push('Rear MPO gender: pinned (male) or unpinned (female)');
  const rearPolish = facts.rearPolish ?? facts.polish ?? 'unknown';
  if (rearPolish === 'unknown') ctx.unknowns.push('Rear MPO polish: UPC or APC');
  const frontPolish = (type: string): Polish => {
    const t = familyOf(type)?.polish ?? 'unknown';
    return t !== 'unknown' ? t : (facts.frontPolish ?? facts.polish ?? 'unknown');
  };
  if (ctx.doc.frontPorts.some((f) => frontPolish(f.type) === 'unknown'))
    ctx.unknowns.push('Front LC polish: UPC or APC');
  return { gender, rearPolish, frontPolish };
}

/** Classes the text names: polarity word first, else the cassette's "Type X" letter. */
function candidatesOf(ctx: Ctx): readonly CanonicalModule12[] {
  const { polarity, typeLetter } = ctx.facts;
  if (polarity && typeLetter && !POLARITY_CLASSES[polarity].some((c) => POLARITY_CLASSES[typeLetter].includes(c))) {
    ctx.lint.push(
      finding(
        'fact-conflict',
        `The text says ${polarity === 'U' ? 'Universal' : `Method ${polarity}`} and Type ${typeLetter}`,
        'used neither; polarity unknown',
      ),
    );
    return [];
  }
  return polarity ? POLARITY_CLASSES[polarity] : typeLetter ? POLARITY_CLASSES[typeLetter] : [];
}

/** MPO-to-LC cassette: fixed rear MPO groups, fixed front duplex ports, fiber links (§5.1). */
function cassetteModel(ctx: Ctx): PortModel {
  const { doc, facts, lint } = ctx;
  const conn = cassetteConnectors(ctx);
  const { fiberType, lossGrade } = commonUnknowns(ctx, true);
  const frontKey = new Map(doc.frontPorts.map((f, i) => [f.name, `front-${i + 1}`] as const));
  const candidates = candidatesOf(ctx);
  const groups: (RearGroup & { rows?: readonly (readonly [number, string, number])[] })[] = [];
  const reasons: string[] = [];
  const sources = new Set<string>();
  const fronts: PortDef[] = doc.frontPorts.map((f, i) => {
    const variant = duplexOf(familyOf(f.type)?.family === 'sc' ? 'sc' : 'lc');
    if (f.positions === 2)
      lint.push(
        finding(
          'positions-look-like-fibers',
          `front port '${f.name}' has 2 positions: one per fiber of a duplex port`,
          'kept it as one duplex port; only position-1 mappings are used',
          f.name,
        ),
      );
    return {
      key: `front-${i + 1}`,
      label: f.label ?? f.name,
      face: 'front',
      index: i + 1,
      accepts: variant,
      mate: { kind: 'fixed', connector: { variant, gender: 'n/a', polish: conn.frontPolish(f.type) }, lossGrade },
    };
  });
  const rears: PortDef[] = [];
  doc.rearPorts.forEach((r, g) => {
    const mapped = doc.mappings.filter((m) => m.rear === r.name);
    const rpf = readPortFacts(r.text);
    const variant = mpoVariant(
      r,
      rpf,
      doc.rearPorts.length,
      r.positionsGiven || mapped.length > 0 ? r.positions : undefined,
      ctx,
    );
    const fibers = CONNECTOR_VARIANTS[variant].positions.length;
    const looksLikeFibers = r.positions === fibers && r.positions * 2 !== fibers && r.positions > 1;
    if (looksLikeFibers)
      lint.push(
        finding(
          'positions-look-like-fibers',
          `rear port '${r.name}' has positions: ${r.positions} on a ${fibers}-fiber MPO, so a position is a fiber, not a duplex pair`,
          'did not apply a pair-level canonical map; only per-port strands are used',
          r.name,
        ),
      );
    else if (r.positions * 2 !== fibers && mapped.length > 0)
      lint.push(
        finding(
          'fiber-count',
          `rear port '${r.name}' has ${r.positions} positions; a ${fibers}-fiber MPO has ${fibers / 2} duplex pairs`,
          'kept the stated fiber count',
          r.name,
        ),
      );
    if (mapped.length === 0)
      lint.push(
        finding(
          'unmapped-port',
          `rear port '${r.name}' has no front port mapped to it`,
          'kept the port without fibers',
          r.name,
        ),
      );
    const multi = mapped.some((m) => m.frontPosition > 1);
    const groupFronts: GroupFront[] = mapped
      .filter((m) => m.frontPosition === 1)
      .map((m) => {
        const pf = readPortFacts(doc.frontPorts.find((f) => f.name === m.front)?.text ?? '');
        return {
          key: frontKey.get(m.front) ?? '',
          name: m.front,
          rearPosition: m.rearPosition,
          ...(pf.strands ? { strands: pf.strands } : {}),
          ...(pf.ab ? { ab: pf.ab } : {}),
        };
      });
    groups.push({
      key: `mpo${g + 1}`,
      name: r.name,
      variant,
      strandOffset: rpf.range && rpf.range[0] > 1 ? rpf.range[0] - 1 : 0,
      fronts: groupFronts,
      pairsTrusted: !looksLikeFibers && !multi,
    });
    rears.push({
      key: `mpo${g + 1}`,
      label: r.label ?? r.name,
      face: 'rear',
      index: g + 1,
      accepts: variant,
      mate: { kind: 'fixed', connector: { variant, gender: conn.gender, polish: conn.rearPolish }, lossGrade },
    });
  });
  const links: InternalLink[] = [];
  for (const g of groups) {
    if (g.fronts.length === 0) continue;
    const res = mapGroup(g, candidates, lint);
    if (!res.ok) {
      reasons.push(res.reason);
      continue;
    }
    g.rows = res.rows;
    sources.add(
      res.source === 'strands' ? 'per-port strands' : `canonical ${candidates[0] ?? ''} map from the stated polarity`,
    );
    for (const [j, key, x] of res.rows) links.push({ a: { port: g.key, position: j }, b: { port: key, position: x } });
  }
  const used = groups.filter((g) => g.rows !== undefined) as (RearGroup & {
    rows: readonly (readonly [number, string, number])[];
  })[];
  const known = reasons.length === 0 && used.length > 0;
  if (!known)
    ctx.unknowns.push(
      `Fiber map (${reasons[0] ?? 'no rear port is mapped'}): set the polarity method (Method A, B, U1 or U2) or the strands of each front port`,
    );
  const cls = known ? matchClass(used, candidates) : null;
  const firstVariant = groups[0]?.variant ?? 'mpo-12';
  // Rear adapter: stated, or the one every text-named class that fits the map agrees on.
  const fitting = known ? candidates.filter((c) => matchClass(used, [c]) === c) : [];
  const adapters = new Set(fitting.map((c) => classAdapter(c, firstVariant)));
  const adapter: AdapterType = facts.adapter ?? (adapters.size === 1 ? ([...adapters][0] ?? 'unknown') : 'unknown');
  if (adapter === 'unknown')
    ctx.unknowns.push(
      fitting.length > 1
        ? 'Rear adapter orientation: key-up/key-down (Method U1) or key-up/key-up (Method U2)'
        : 'Rear adapter orientation: key-up/key-down or key-up/key-up',
    );
  const ports: PortDef[] = [
    ...rears.map((p) => (p.mate.kind === 'fixed' ? { ...p, mate: { ...p.mate, adapter } } : p)),
    ...fronts,
  ];
  return {
    shape: 'cassette',
    ports,
    links: known ? links : 'unknown',
    moduleClass: cls ? storedClass(cls, firstVariant) : 'custom',
    fiberType,
    lossGrade,
    mapNote: known
      ? `${[...sources].join(' + ')}${cls ? `; equals canonical ${storedClass(cls, firstVariant)} (REFERENCE §5.2)` : '; matches no canonical class'}`
      : 'unknown',
    fiberCount: known ? links.length : groups.reduce((n, g) => n + CONNECTOR_VARIANTS[g.variant].positions.length, 0),
    rearVariant: firstVariant,
    unknowns: ctx.unknowns,
  };
}

/** Anything else: fixed ports as written, fiber map unknown. */
function customModel(ctx: Ctx): PortModel {
  const { doc } = ctx;
  const count = (face: readonly (NbFrontPort | NbRearPort)[]) =>
    face.filter((p) => familyOf(p.type)?.family === 'mpo').length;
  const make = (p: NbFrontPort | NbRearPort, face: 'front' | 'rear', i: number, onFace: number): PortDef => {
    const fam = familyOf(p.type)?.family ?? 'lc';
    const variant = fam === 'mpo' ? mpoVariant(p, readPortFacts(p.text), onFace, undefined, ctx) : duplexOf(fam);
    const polish = familyOf(p.type)?.polish ?? 'unknown';
    return {
      key: face === 'front' ? `front-${i + 1}` : `mpo${i + 1}`,
      label: p.label ?? p.name,
      face,
      index: i + 1,
      accepts: variant,
      mate: {
        kind: 'fixed',
        connector: {
          variant,
          gender: fam === 'mpo' ? (ctx.facts.gender ?? 'unknown') : 'n/a',
          polish: polish !== 'unknown' ? polish : (ctx.facts.polish ?? 'unknown'),
        },
        lossGrade: ctx.facts.lossGrade ?? 'unknown',
      },
    };
  };
  const ports = [
    ...doc.rearPorts.map((p, i) => make(p, 'rear', i, count(doc.rearPorts))),
    ...doc.frontPorts.map((p, i) => make(p, 'front', i, count(doc.frontPorts))),
  ];
  if (!ctx.unknowns.some((u) => u.startsWith('Fiber map')))
    ctx.unknowns.push(
      'Fiber map: the NetBox mapping is neither an MPO-to-LC cassette nor a 1:1 adapter panel; define the fiber map',
    );
  const { fiberType, lossGrade } = commonUnknowns(ctx, true);
  const fiberCount = ports
    .filter((p) => p.face === 'rear')
    .reduce((n, p) => n + CONNECTOR_VARIANTS[p.accepts].positions.length, 0);
  return {
    shape: 'custom',
    ports,
    links: 'unknown',
    moduleClass: 'custom',
    fiberType,
    fiberCount,
    lossGrade,
    mapNote: 'unknown',
    unknowns: ctx.unknowns,
  };
}
