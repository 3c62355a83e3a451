/**
 * What every NetBox port-model builder shares: the result shape (`PortModel`), the working context
 * (`Ctx`: document, facts, lint, unknown prompts), the MPO variant of a port, and the common
 * prompts for fiber type and loss.
 */
import type { ConnectorVariant, FiberType } from '../../core/connectors';
import type { InternalLink, LossGrade, ModuleClass, PortDef } from '../../core/parts';
import type { NbFrontPort, NbRearPort, NetboxDoc } from './document';
import type { PartFacts, PortFacts } from './facts';
import { finding, type LintFinding } from './lint';

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

/** The working context of one import. */
export interface Ctx {
  readonly doc: NetboxDoc;
  readonly facts: PartFacts;
  readonly lint: LintFinding[];
  readonly unknowns: string[];
}

/** Which MPO variant a port is, from port text, part text, totals, positions, strand range. */
export function mpoVariant(
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

/** Shared unknown prompts for loss, fiber type. */
export function commonUnknowns(
  ctx: Ctx,
  needsFiberType: boolean,
): { fiberType: FiberType | 'unknown'; lossGrade: LossGrade } {
  const fiberType = ctx.facts.fiberType ?? 'unknown';
  if (needsFiberType && fiberType === 'unknown') ctx.unknowns.push('Fiber type: OM3, OM4, OM5, OS2 or OS1a');
  const lossGrade = ctx.facts.lossGrade ?? 'unknown';
  if (lossGrade === 'unknown' && ctx.facts.lossMaxDb === undefined)
    ctx.unknowns.push('Insertion loss: module maximum in dB, or the connector loss grade (standard, low-loss, elite)');
  return { fiberType, lossGrade };
}
