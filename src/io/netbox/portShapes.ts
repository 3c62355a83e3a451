/**
 * The port models of adapter panels (through ports, REFERENCE §0.2/§1.4) and of anything that is
 * neither a panel nor a cassette (fixed ports as written, fiber map unknown → unchecked).
 */
import { CONNECTOR_VARIANTS } from '../../core/connectors';
import { adapterPosition } from '../../core/catalogue/positionMaps';
import type { AdapterType, InternalLink, PortDef } from '../../core/parts';
import type { NbFrontPort, NbRearPort } from './document';
import { readPortFacts } from './facts';
import { commonUnknowns, mpoVariant, type Ctx, type PortModel } from './portModelContext';
import { duplexOf, familyOf } from './portTypes';
import { spliceMethodOf } from './spliceModel';

/** Adapter panel: through ports front-k ↔ rear-k, positions by the adapter rule (§0.2, §1.4). */
export function plateModel(ctx: Ctx): PortModel {
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

/** Anything else: fixed ports as written, fiber map unknown. */
export function customModel(ctx: Ctx): PortModel {
  const { doc } = ctx;
  const count = (face: readonly (NbFrontPort | NbRearPort)[]) =>
    face.filter((p) => familyOf(p.type)?.family === 'mpo').length;
  const make = (p: NbFrontPort | NbRearPort, face: 'front' | 'rear', i: number, onFace: number): PortDef => {
    const fam = familyOf(p.type)?.family ?? 'lc';
    if (fam === 'splice')
      return {
        key: face === 'front' ? `front-${i + 1}` : `splice-${i + 1}`,
        label: p.label ?? p.name,
        face,
        index: i + 1,
        accepts: 'spliced',
        mate: { kind: 'splice', method: spliceMethodOf(ctx.doc.text).method },
      };
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
