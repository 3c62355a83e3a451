/**
 * Splice parts (REFERENCE-2 §15): pigtails (a connector on one end, bare fibers for splicing on
 * the other), spliced (bulk) cables, splice trays/closures that join two spliced ends fiber by
 * fiber, and pigtail splice cassettes (front adapters with factory pigtails spliced to a cable).
 *
 * A splice is identity on fiber position: fibers are joined colour to colour in TIA-598 order
 * (§15.2, REFERENCE §2 [S1]). A pigtail carries colour i at plug position i (§15.2 CONVENTION), so
 * pigtail – splice – cable – splice – pigtail composes to a Type-A array map (GT-23). A ribbon
 * spliced reversed (colour i to n+1−i) is modelled by a tray with `order: 'ribbon-reversed'`.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant, type FiberType, type Gender, type Polish } from '../connectors';
import { partId } from '../ids';
import type {
  CableEndDef,
  CableFiber,
  CablePart,
  InternalLink,
  LossGrade,
  ModulePart,
  PortDef,
  SpliceMethod,
} from '../parts';
import type { DuplexVariant } from './duplexCables';

const SPLICED = { variant: 'spliced', gender: 'n/a', polish: 'n/a' } as const;
const short = (v: ConnectorVariant): string => v.replace('-duplex', '').replace('-', '');
const splicedEnd = (key: string, label: string): CableEndDef => ({
  key,
  label,
  connector: SPLICED,
  lossGrade: 'unknown',
});

/** Options of a pigtail: its connector, and the fibers that leave it for splicing. */
export interface PigtailOptions {
  readonly variant: ConnectorVariant;
  readonly gender: Gender;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
}

/**
 * Builds a pigtail: end `A` is the connector, end `S` the bare fibers. Fiber k (TIA-598 colour k,
 * k-th populated position of the connector) runs from plug position p to spliced position k —
 * for MPO-12/16 that is p → p (§15.2 CONVENTION), for MPO-8 positions 1–4, 9–12 → fibers 1–8,
 * for a duplex connector A → 1, B → 2.
 */
export function makePigtail(o: PigtailOptions): CablePart {
  const lossGrade = o.lossGrade ?? 'low-loss';
  const positions = CONNECTOR_VARIANTS[o.variant].positions;
  const fibers: CableFiber[] = positions.map((p, i) => ({
    fiber: i + 1,
    from: { end: 0, position: p },
    to: { end: 1, position: i + 1 },
  }));
  const g = o.gender === 'male' ? '-m' : o.gender === 'female' ? '-f' : '';
  const gWord = o.gender === 'male' ? ' male' : o.gender === 'female' ? ' female' : '';
  const grade = lossGrade === 'low-loss' ? '' : `-${lossGrade}`;
  return {
    kind: 'cable',
    id: partId(`cable/pigtail-${short(o.variant)}${g}-${o.polish.toLowerCase()}${grade}`),
    name: `${CONNECTOR_VARIANTS[o.variant].name}${gWord} ${o.polish} pigtail, ${positions.length}F for splicing`,
    cableClass: 'pigtail',
    ends: [
      {
        key: 'A',
        label: 'Connector',
        connector: { variant: o.variant, gender: o.gender, polish: o.polish },
        lossGrade,
      },
      splicedEnd('S', 'Spliced end'),
    ],
    fibers,
    fiberCount: positions.length,
    defaultFiberType: o.polish === 'APC' ? 'OS2' : 'OM4',
    swapGroup: `pigtail:${o.variant}:${o.gender}:${o.polish}:${lossGrade}`,
    provenance: { source: 'pigtail: colour i at plug position i, REFERENCE-2 §15.2 (CONVENTION) [S1]' },
  };
}

/**
 * Builds a spliced cable (bulk cable spliced at both ends): `groups` buffer tubes or ribbons of
 * `fibers` each, end `A<k>` ↔ end `B<k>`, fiber i ↔ fiber i (colour order, §15.2).
 */
export function makeBulkCable(fibers: number, groups = 1): CablePart {
  const ends: CableEndDef[] = [];
  for (const side of ['A', 'B'] as const)
    for (let k = 1; k <= groups; k++)
      ends.push(
        splicedEnd(groups === 1 ? side : `${side}${k}`, groups === 1 ? `End ${side}` : `End ${side} group ${k}`),
      );
  const list: CableFiber[] = [];
  for (let k = 0; k < groups; k++)
    for (let i = 1; i <= fibers; i++)
      list.push({ fiber: k * fibers + i, from: { end: k, position: i }, to: { end: groups + k, position: i } });
  return {
    kind: 'cable',
    id: partId(`cable/bulk-${fibers * groups}f${groups === 1 ? '' : `-${groups}x${fibers}`}`),
    name: `${fibers * groups}F cable for splicing${groups === 1 ? '' : ` (${groups}× ${fibers}F)`}`,
    cableClass: 'bulk-cable',
    ends,
    fibers: list,
    fiberCount: fibers * groups,
    defaultFiberType: 'OS2',
    swapGroup: `bulk:${fibers}:${groups}`,
    provenance: { source: 'fibers by TIA-598 colour, REFERENCE §2 [S1]; spliced ends REFERENCE-2 §15.2' },
  };
}

/** Fiber order of a splice: colour to colour (§15.2), or a ribbon spliced reversed (a mis-splice). */
export type SpliceOrder = 'colour' | 'ribbon-reversed';

/** Options of a splice tray (or closure): `groups` splice positions of `fibers` fibers each. */
export interface SpliceTrayOptions {
  readonly fibers: number;
  readonly groups?: number;
  readonly method: SpliceMethod;
  readonly order?: SpliceOrder;
}

/**
 * Builds a splice tray: ports `a-k` / `b-k` take spliced ends and are joined by one splice per
 * fiber (mate `splice` with `peer`); links (a-k, i) ↔ (b-k, i), or (b-k, n+1−i) ribbon-reversed.
 */
export function makeSpliceTray(o: SpliceTrayOptions): ModulePart {
  const groups = o.groups ?? 1;
  const order = o.order ?? 'colour';
  const ports: PortDef[] = [];
  const links: InternalLink[] = [];
  for (let k = 1; k <= groups; k++) {
    for (const [side, face, peer] of [
      ['a', 'rear', 'b'],
      ['b', 'front', 'a'],
    ] as const)
      ports.push({
        key: `${side}-${k}`,
        label: `Splice ${k}${side.toUpperCase()}`,
        face,
        index: k,
        accepts: 'spliced',
        mate: { kind: 'splice', method: o.method, peer: `${peer}-${k}` },
      });
    for (let i = 1; i <= o.fibers; i++)
      links.push({
        a: { port: `a-${k}`, position: i },
        b: { port: `b-${k}`, position: order === 'colour' ? i : o.fibers + 1 - i },
      });
  }
  const reversed = order === 'ribbon-reversed';
  return {
    kind: 'module',
    id: partId(`module/splice-tray-${groups}x${o.fibers}f-${o.method}${reversed ? '-ribbon-reversed' : ''}`),
    name: `Splice tray, ${groups}× ${o.fibers}F ${o.method}${reversed ? ' (ribbon spliced reversed: mis-splice)' : ''}`,
    moduleClass: 'splice',
    formFactor: 'splice-tray',
    ports,
    links,
    fiberType: 'unknown',
    loss: { kind: 'pairs' },
    fiberCount: groups * o.fibers,
    swapGroup: `splice-tray:${groups}:${o.fibers}`,
    provenance: {
      source: reversed
        ? 'ribbon spliced reversed (colour i to n+1−i): composes to Type B, REFERENCE-2 §15.2'
        : 'splice = identity on fiber position (colour to colour), REFERENCE-2 §15.2',
    },
  };
}

/** Options of a pigtail splice cassette: front duplex ports with pigtails spliced to one cable. */
export interface SpliceCassetteOptions {
  readonly front: DuplexVariant;
  readonly ports: number;
  readonly fiberType: FiberType;
  readonly method: SpliceMethod;
  readonly frontPolish?: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly lossGrade?: LossGrade;
}

/**
 * Builds a pigtail splice cassette (REFERENCE-2 §15.4, [S131]): front ports `front-p` (fixed
 * duplex connectors) and one splice port `splice-1` taking the cable's spliced end. Per fiber:
 * one front mated pair and one splice, no rear MPO pair. Map (CONVENTION §15.4): port p A/B ↔
 * fibers 2p−1 / 2p.
 */
export function makeSpliceCassette(o: SpliceCassetteOptions): ModulePart {
  const polish = o.frontPolish ?? (o.fiberType.startsWith('OS') ? 'APC' : 'UPC');
  const lossGrade = o.lossGrade ?? (o.front === 'lc-duplex' ? 'low-loss' : 'standard');
  const ports: PortDef[] = [
    {
      key: 'splice-1',
      label: 'Splice',
      face: 'rear',
      index: 1,
      accepts: 'spliced',
      mate: { kind: 'splice', method: o.method },
    },
  ];
  const links: InternalLink[] = [];
  for (let p = 1; p <= o.ports; p++) {
    ports.push({
      key: `front-${p}`,
      label: `Port ${p}`,
      face: 'front',
      index: p,
      accepts: o.front,
      mate: { kind: 'fixed', connector: { variant: o.front, gender: 'n/a', polish }, lossGrade },
    });
    links.push({ a: { port: `front-${p}`, position: 1 }, b: { port: 'splice-1', position: 2 * p - 1 } });
    links.push({ a: { port: `front-${p}`, position: 2 }, b: { port: 'splice-1', position: 2 * p } });
  }
  const frontName = CONNECTOR_VARIANTS[o.front].name.replace(' duplex', '');
  return {
    kind: 'module',
    id: partId(
      `module/splice-cassette-${o.ports}x${short(o.front)}-${polish.toLowerCase()}-${o.fiberType.toLowerCase()}-${o.method}`,
    ),
    name: `Pigtail splice cassette, ${o.ports}× ${frontName} ${polish}, ${2 * o.ports}F ${o.fiberType}, ${o.method} splices`,
    moduleClass: 'splice-cassette',
    formFactor: 'cassette',
    ports,
    links,
    fiberType: o.fiberType,
    loss: { kind: 'pairs' },
    fiberCount: 2 * o.ports,
    swapGroup: `splice-cassette:${o.front}:${o.ports}:${polish}`,
    provenance: {
      source: 'pigtail splice cassette, REFERENCE-2 §15.4 [S131]; map port p A/B ↔ fibers 2p−1/2p (CONVENTION)',
    },
  };
}

/** Every built-in splice part: pigtails, spliced cables, splice trays and splice cassettes. */
export const SPLICE_PARTS: readonly (CablePart | ModulePart)[] = [
  ...(['male', 'female'] as const).flatMap((gender) =>
    (['mpo-12', 'mpo-16'] as const).flatMap((variant) =>
      (['APC', 'UPC'] as const).map((polish) => makePigtail({ variant, gender, polish })),
    ),
  ),
  makePigtail({ variant: 'lc-duplex', gender: 'n/a', polish: 'UPC' }),
  makePigtail({ variant: 'lc-duplex', gender: 'n/a', polish: 'APC' }),
  makeBulkCable(12),
  makeBulkCable(16),
  makeBulkCable(24),
  makeBulkCable(12, 12),
  ...(['fusion', 'mass-fusion', 'mechanical'] as const).map((method) => makeSpliceTray({ fibers: 12, method })),
  makeSpliceTray({ fibers: 16, method: 'fusion' }),
  makeSpliceTray({ fibers: 12, groups: 12, method: 'mass-fusion' }),
  makeSpliceTray({ fibers: 12, method: 'mass-fusion', order: 'ribbon-reversed' }),
  makeSpliceCassette({ front: 'lc-duplex', ports: 12, fiberType: 'OS2', method: 'fusion' }),
  makeSpliceCassette({ front: 'lc-duplex', ports: 12, fiberType: 'OM4', method: 'fusion' }),
  makeSpliceCassette({ front: 'mdc-duplex', ports: 12, fiberType: 'OS2', method: 'fusion', frontPolish: 'UPC' }),
];
