/**
 * Ports and internal links of an imported NetBox part (module type, or a device type's own
 * ports): MPO-to-LC cassettes (fixed rear MPO + fixed front LC, fiber links per REFERENCE §5.1),
 * adapter panels (through ports, §0.2/§1.4) and anything else (fixed ports, links unknown).
 *
 * Every fact NetBox cannot state is taken from the free text (facts.ts) or left `unknown`, and
 * each unknown is listed as a prompt of what to set.
 */
import { CONNECTOR_VARIANTS, isVsff, type Polish } from '../../core/connectors';
import type { CanonicalModule12 } from '../../core/catalogue/positionMaps';
import type { AdapterType, InternalLink, PortDef } from '../../core/parts';
import type { NetboxDoc } from './document';
import { readPortFacts, type FactReading } from './facts';
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
import { commonUnknowns, mpoVariant, type Ctx, type PortModel } from './portModelContext';
import { customModel, plateModel } from './portShapes';
import { duplexOf, familyOf } from './portTypes';
import { spliceCassetteModel } from './spliceModel';

export { PORT_TYPES, type NetboxFamily } from './portTypes';
export type { PortModel } from './portModelContext';

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
  const duplexFronts =
    doc.frontPorts.length > 0 &&
    doc.frontPorts.every((f) => familyOf(f.type)?.family !== 'mpo' && familyOf(f.type)?.family !== 'splice');
  if (duplexFronts && doc.rearPorts.length > 0 && doc.rearPorts.every((r) => familyOf(r.type)?.family === 'splice')) {
    const { fiberType, lossGrade } = commonUnknowns(ctx, true);
    return spliceCassetteModel({
      doc,
      lint,
      unknowns: ctx.unknowns,
      fiberType,
      lossGrade,
      frontVariant: (t) => duplexOf(familyOf(t)?.family),
      frontPolish: cassetteConnectors(ctx, false).frontPolish,
    });
  }
  const cassette =
    doc.rearPorts.length > 0 &&
    doc.rearPorts.every((r) => familyOf(r.type)?.family === 'mpo') &&
    doc.frontPorts.every((f) => familyOf(f.type)?.family !== 'mpo');
  return cassette ? cassetteModel(ctx) : customModel(ctx);
}

/**
 * Connector facts of the rear MPO and front duplex ports of a cassette, with prompts for what is
 * missing (`withRear` false: a splice cassette has no rear connector).
 */
function cassetteConnectors(
  ctx: Ctx,
  withRear = true,
): {
  gender: 'male' | 'female' | 'unknown';
  rearPolish: Polish;
  frontPolish: (type: string) => Polish;
} {
  const { facts } = ctx;
  const gender = facts.gender ?? 'unknown';
  if (withRear && gender === 'unknown') ctx.unknowns.push('Rear MPO gender: pinned (male) or unpinned (female)');
  const rearPolish = facts.rearPolish ?? facts.polish ?? 'unknown';
  if (withRear && rearPolish === 'unknown') ctx.unknowns.push('Rear MPO polish: UPC or APC');
  const text = facts.frontPolish ?? facts.polish;
  const frontPolish = (type: string): Polish => {
    const t = familyOf(type)?.polish ?? 'unknown';
    if (t === 'unknown') return text ?? 'unknown';
    // NetBox's `lc-pc` is the generic flat LC: a vendor text saying UPC refines it (H+S "LCD UPC").
    if (t === 'PC' && text === 'UPC') return 'UPC';
    return t;
  };
  const typed = [...new Set(ctx.doc.frontPorts.map((f) => familyOf(f.type)?.polish ?? 'unknown'))];
  const clash = typed.find((t) => t !== 'unknown' && text !== undefined && (t === 'APC') !== (text === 'APC'));
  if (clash)
    ctx.lint.push(
      finding(
        'fact-conflict',
        `The front port type says ${clash} but the text says ${text}`,
        `used ${clash} (the port type)`,
      ),
    );
  if (ctx.doc.frontPorts.some((f) => frontPolish(f.type) === 'unknown'))
    ctx.unknowns.push(`Front ${frontFamilyWord(ctx)} polish: UPC or APC`);
  return { gender, rearPolish, frontPolish };
}

/** `LC`, `MDC`, … of the first front port (for prompts). */
const frontFamilyWord = (ctx: Ctx): string =>
  (familyOf(ctx.doc.frontPorts[0]?.type ?? '')?.family ?? 'lc').toUpperCase();

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
    const variant = duplexOf(familyOf(f.type)?.family);
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
  const vsffFront = fronts.find((f) => isVsff(f.accepts));
  if (known && vsffFront)
    lint.push(
      finding(
        'ab-assumed',
        `${CONNECTOR_VARIANTS[vsffFront.accepts].name} positions A/B are not published for this module`,
        'A/B by engine CONVENTION (odd fiber → A, REFERENCE-2 §13.2, §13.5); verdicts do not depend on it',
      ),
    );
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
