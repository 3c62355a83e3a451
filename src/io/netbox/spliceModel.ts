/**
 * NetBox splice cassettes (REFERENCE-2 §15.4): a module type whose rear ports have the NetBox
 * port type `splice` (e.g. Corning EDGE-CS12 "Trunk Splice Cassette") is a pigtail splice
 * cassette — front duplex adapters with factory pigtails, fused to the trunk's fibers. Per fiber:
 * one front mated pair and one splice. The fiber map comes from per-port strands ("Strands 1-2")
 * when every front port states them, else from the REFERENCE-2 §15.4 CONVENTION (rear position k
 * → fibers 2k−1 / 2k); inside a port the lower strand is A (CONVENTION, lint `ab-assumed`).
 */
import type { ConnectorVariant, FiberType, Polish } from '../../core/connectors';
import type { InternalLink, LossGrade, PortDef, SpliceMethod } from '../../core/parts';
import type { NetboxDoc } from './document';
import { readPortFacts } from './facts';
import { finding, type LintFinding } from './lint';
import type { PortModel } from './portModelContext';

/** The splice method a vendor text names; `fusion` with a prompt when it names none. */
export function spliceMethodOf(text: string): { method: SpliceMethod; stated: boolean } {
  if (/\bmass[\s-]?fusion\b|\bribbon splic/i.test(text)) return { method: 'mass-fusion', stated: true };
  if (/\bmechanical\b/i.test(text)) return { method: 'mechanical', stated: true };
  if (/\bfusion\b/i.test(text)) return { method: 'fusion', stated: true };
  return { method: 'fusion', stated: false };
}

/** What the splice model needs from the port model (kept as arguments to avoid an import cycle). */
export interface SpliceInputs {
  readonly doc: NetboxDoc;
  readonly lint: LintFinding[];
  readonly unknowns: string[];
  readonly fiberType: FiberType | 'unknown';
  readonly lossGrade: LossGrade;
  /** Duplex variant of a front port type. */
  readonly frontVariant: (type: string) => ConnectorVariant;
  /** Polish of a front port type (type first, then the text). */
  readonly frontPolish: (type: string) => Polish;
}

/** Builds the port model of a NetBox splice cassette. Never throws. */
export function spliceCassetteModel(i: SpliceInputs): PortModel {
  const { doc, lint, unknowns } = i;
  const { method, stated } = spliceMethodOf(doc.text);
  if (!stated) unknowns.push('Splice method: fusion, mechanical or mass-fusion (all 0.3 dB max)');
  const rears: PortDef[] = doc.rearPorts.map((r, k) => ({
    key: `splice-${k + 1}`,
    label: r.label ?? r.name,
    face: 'rear',
    index: k + 1,
    accepts: 'spliced',
    mate: { kind: 'splice', method },
  }));
  const rearKey = new Map(doc.rearPorts.map((r, k) => [r.name, `splice-${k + 1}`] as const));
  const fronts: PortDef[] = doc.frontPorts.map((f, k) => {
    const variant = i.frontVariant(f.type);
    return {
      key: `front-${k + 1}`,
      label: f.label ?? f.name,
      face: 'front',
      index: k + 1,
      accepts: variant,
      mate: {
        kind: 'fixed',
        connector: { variant, gender: 'n/a', polish: i.frontPolish(f.type) },
        lossGrade: i.lossGrade,
      },
    };
  });
  const strands = doc.frontPorts.map((f) => readPortFacts(f.text).strands);
  const useStrands = strands.every((s) => s !== undefined);
  const links: InternalLink[] = [];
  doc.frontPorts.forEach((f, k) => {
    const m = doc.mappings.find((x) => x.front === f.name);
    const rear = m ? rearKey.get(m.rear) : undefined;
    if (!m || !rear) return;
    const [x, y] = useStrands
      ? (strands[k] as readonly [number, number])
      : [2 * m.rearPosition - 1, 2 * m.rearPosition];
    const [a, b] = x < y ? [x, y] : [y, x];
    links.push({ a: { port: `front-${k + 1}`, position: 1 }, b: { port: rear, position: a } });
    links.push({ a: { port: `front-${k + 1}`, position: 2 }, b: { port: rear, position: b } });
  });
  lint.push(
    finding(
      'ab-assumed',
      'NetBox cannot say which pigtail of a duplex port is A or B',
      `took the lower fiber as A (REFERENCE-2 §15.4 CONVENTION); fibers from ${useStrands ? 'the per-port strands' : 'rear position k → fibers 2k−1/2k'}`,
    ),
  );
  const known = links.length === 2 * fronts.length && fronts.length > 0;
  if (!known) unknowns.push('Fiber map: map every front port to a splice position');
  return {
    shape: 'cassette',
    ports: [...rears, ...fronts],
    links: known ? links : 'unknown',
    moduleClass: 'splice-cassette',
    fiberType: i.fiberType,
    fiberCount: 2 * fronts.length,
    lossGrade: i.lossGrade,
    mapNote: known
      ? `pigtail splice cassette (REFERENCE-2 §15.4), ${useStrands ? 'per-port strands' : 'CONVENTION port k ↔ fibers 2k−1/2k'}, ${method} splices`
      : 'unknown',
    unknowns,
  };
}
