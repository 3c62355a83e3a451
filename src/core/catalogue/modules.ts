/**
 * Module parts that go into enclosure slots: MPO-to-LC cassettes (MOD-A, MOD-B1, MOD-B2, MOD-U1,
 * MOD-U2, Base-8 MOD-U1-8, 24-fiber modules from 2× MPO-12 or 3× MPO-8 rear groups), MPO and LC
 * adapter plates, and conversion modules (24F → 3× 8F, 2× 12F ↔ 24F).
 *
 * Every cassette is stored by its trunk-side map (REFERENCE §5.1): rear port `mpoN` position j
 * ↔ front port `front-p` position A/B of the cord plug, rear adapter and front mirror folded in.
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant, type FiberType, type Gender, type Polish } from '../connectors';
import { partId } from '../ids';
import type { AdapterType, InternalLink, LossGrade, ModuleClass, ModulePart, PortDef } from '../parts';
import { ADAPTER_WORDS, throughAdapters } from './adapters';
import { CASSETTE_MAP_U1_8, CASSETTE_MAPS_12, CASSETTE_REAR_ADAPTER, type CanonicalModule12 } from './positionMaps';

/** Options of a generated cassette. */
export interface CassetteOptions {
  /** Canonical class, one rear group per entry of `groups`. */
  readonly moduleClass: CanonicalModule12 | 'MOD-U1-8';
  /** Number of rear MPO groups (1, 2 for 24F from 2× MPO-12, 3 for 24F from 3× MPO-8). */
  readonly groups?: number;
  /** Gender of the module's internal (rear) MPO connector. */
  readonly rearGender: Gender;
  readonly rearPolish: Exclude<Polish, 'unknown'>;
  readonly fiberType: FiberType;
  readonly lossGrade?: LossGrade;
  readonly formFactor?: string;
}

const FRONT_LC = { variant: 'lc-duplex', gender: 'n/a', polish: 'UPC' } as const;

/** Front LC port definition number `p` (fixed internal LC, UPC). */
function lcFrontPort(p: number, lossGrade: LossGrade): PortDef {
  return {
    key: `front-${p}`,
    label: `Port ${p}`,
    face: 'front',
    index: p,
    accepts: 'lc-duplex',
    mate: { kind: 'fixed', connector: FRONT_LC, lossGrade },
  };
}

/**
 * Builds a cassette from a canonical trunk-side map (§5.2), repeated for each rear group.
 * Ports per group: 6 for MPO-12 classes, 4 for MOD-U1-8.
 */
export function makeCassette(o: CassetteOptions): ModulePart {
  const groups = o.groups ?? 1;
  const lossGrade = o.lossGrade ?? 'low-loss';
  const base8 = o.moduleClass === 'MOD-U1-8';
  const rearVariant: ConnectorVariant = base8 ? 'mpo-8' : 'mpo-12';
  const portsPerGroup = base8 ? 4 : 6;
  const rows: (readonly [number, number, number])[] = base8
    ? [...CASSETTE_MAP_U1_8]
    : CASSETTE_MAPS_12[o.moduleClass as CanonicalModule12].map(([p, x], j) => [j + 1, p, x] as const);
  const ports: PortDef[] = [];
  const links: InternalLink[] = [];
  for (let g = 0; g < groups; g++) {
    const rearKey = `mpo${g + 1}`;
    ports.push({
      key: rearKey,
      label: `MPO${g + 1}`,
      face: 'rear',
      index: g + 1,
      accepts: rearVariant,
      mate: {
        kind: 'fixed',
        connector: { variant: rearVariant, gender: o.rearGender, polish: o.rearPolish },
        lossGrade,
        adapter: CASSETTE_REAR_ADAPTER[o.moduleClass],
      },
    });
    for (let p = 1; p <= portsPerGroup; p++) ports.push(lcFrontPort(g * portsPerGroup + p, lossGrade));
    for (const [j, p, x] of rows)
      links.push({ a: { port: rearKey, position: j }, b: { port: `front-${g * portsPerGroup + p}`, position: x } });
  }
  const fiberCount = groups * portsPerGroup * 2;
  const mode = o.fiberType.startsWith('OS') ? 'sm' : 'mm';
  const moduleClass: ModuleClass = o.moduleClass;
  const rearAdapter = CASSETTE_REAR_ADAPTER[o.moduleClass];
  const rearWord =
    groups === 1 ? CONNECTOR_VARIANTS[rearVariant].name : `${groups}× ${CONNECTOR_VARIANTS[rearVariant].name}`;
  const pin = o.rearGender === 'male' ? 'pinned' : 'unpinned';
  const unverified = o.moduleClass === 'MOD-B2' || o.moduleClass.startsWith('MOD-U');
  return {
    kind: 'module',
    id: partId(
      `module/${o.moduleClass.toLowerCase()}-${fiberCount}f-${groups}x${rearVariant.replace('-', '')}-${o.rearGender === 'male' ? 'm' : 'f'}-${o.rearPolish.toLowerCase()}-${o.fiberType.toLowerCase()}${lossGrade === 'low-loss' ? '' : `-${lossGrade}`}`,
    ),
    name: `${o.moduleClass} cassette ${fiberCount}F, ${rearWord} ${pin} ${o.rearPolish} to ${groups * portsPerGroup}× LC, ${o.fiberType}`,
    moduleClass,
    formFactor: o.formFactor ?? 'cassette',
    ports,
    links,
    fiberType: o.fiberType,
    loss: { kind: 'pairs' },
    fiberCount,
    swapGroup: `cassette:${rearVariant}:${groups}:${o.rearGender}:${o.rearPolish}:${mode}:${lossGrade}`,
    provenance: {
      source: `TIA-568.3-E ${o.moduleClass} (rear adapter ${rearAdapter}); REFERENCE §5.2 trunk-side map`,
      ...(unverified ? { unverified: true } : {}),
    },
  };
}

/** Options of an adapter plate: `count` pass-through adapters of one variant and orientation. */
export interface AdapterPlateOptions {
  readonly variant: ConnectorVariant;
  readonly count: number;
  readonly adapter: AdapterType;
  readonly formFactor?: string;
}

/**
 * Builds an adapter plate: `count` couplers, front `front-k` ↔ rear `rear-k`, each position
 * mapped by the adapter rule of §0.2/§1.4 (key-up/key-down i↔i, key-up/key-up i↔N+1−i, LC A↔B).
 */
export function makeAdapterPlate(o: AdapterPlateOptions): ModulePart {
  const { ports, links } = throughAdapters(o.variant, o.count, o.adapter);
  const { slug: short, words: adapterWord } = ADAPTER_WORDS[o.adapter];
  return {
    kind: 'module',
    id: partId(`module/adapter-plate-${o.count}x${o.variant.replace('-', '')}-${short}`),
    name: `Adapter plate ${o.count}× ${CONNECTOR_VARIANTS[o.variant].name}${adapterWord ? `, ${adapterWord}` : ' adapters'}`,
    moduleClass: 'adapter-plate',
    formFactor: o.formFactor ?? 'cassette',
    ports,
    links,
    fiberType: 'unknown',
    loss: { kind: 'pairs' },
    fiberCount: o.count * CONNECTOR_VARIANTS[o.variant].positions.length,
    swapGroup: `adapter-plate:${o.variant}:${o.count}`,
    provenance: {
      source: 'REFERENCE §0.2, §1.4 [S10][S59]',
      ...(CONNECTOR_VARIANTS[o.variant].rows === 2 ? { unverified: true } : {}),
    },
  };
}

/**
 * Conversion module 24F → 3× 8F: rear one MPO-24 (male internal, key-up/key-down folded in),
 * front 3× MPO-8 ports, fibers in order (row 1 first). Two-row mapping UNVERIFIED (§3.4).
 */
export function makeConversionModule(
  kind: '24-to-3x8' | '24-to-2x12',
  polish: Exclude<Polish, 'unknown'>,
  fiberType: FiberType,
): ModulePart {
  const legVariant: ConnectorVariant = kind === '24-to-3x8' ? 'mpo-8' : 'mpo-12';
  const legs = kind === '24-to-3x8' ? 3 : 2;
  const ports: PortDef[] = [
    {
      key: 'mpo1',
      label: 'MPO-24',
      face: 'rear',
      index: 1,
      accepts: 'mpo-24',
      mate: { kind: 'fixed', connector: { variant: 'mpo-24', gender: 'female', polish }, lossGrade: 'low-loss' },
    },
  ];
  const links: InternalLink[] = [];
  let fiber = 0;
  for (let k = 1; k <= legs; k++) {
    ports.push({
      key: `front-${k}`,
      label: `MPO${k}`,
      face: 'front',
      index: k,
      accepts: legVariant,
      mate: { kind: 'fixed', connector: { variant: legVariant, gender: 'female', polish }, lossGrade: 'low-loss' },
    });
    for (const pos of CONNECTOR_VARIANTS[legVariant].positions) {
      fiber += 1;
      links.push({ a: { port: 'mpo1', position: fiber }, b: { port: `front-${k}`, position: pos } });
    }
  }
  return {
    kind: 'module',
    id: partId(`module/conversion-${kind}-${polish.toLowerCase()}-${fiberType.toLowerCase()}`),
    name: `Conversion module MPO-24 to ${legs}× ${CONNECTOR_VARIANTS[legVariant].name}, ${polish}, ${fiberType}`,
    moduleClass: 'conversion',
    formFactor: 'cassette',
    ports,
    links,
    fiberType,
    loss: { kind: 'pairs' },
    fiberCount: 24,
    swapGroup: `conversion:${kind}:${polish}`,
    provenance: { source: 'REFERENCE §3.4 two-row convention', unverified: true },
  };
}

const CLASSES_MM: readonly CanonicalModule12[] = ['MOD-A', 'MOD-B1', 'MOD-B2', 'MOD-U1', 'MOD-U2'];

/** Every built-in module part. */
export const MODULE_PARTS: readonly ModulePart[] = [
  // Multimode UPC cassettes, unpinned and pinned rear.
  ...CLASSES_MM.flatMap((moduleClass) =>
    (['female', 'male'] as const).map((rearGender) =>
      makeCassette({ moduleClass, rearGender, rearPolish: 'UPC', fiberType: 'OM4' }),
    ),
  ),
  ...CLASSES_MM.map((moduleClass) =>
    makeCassette({ moduleClass, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4', lossGrade: 'standard' }),
  ),
  // Single-mode APC: only key-up/key-down rear adapters (V4), so MOD-A and MOD-U1.
  ...(['MOD-A', 'MOD-U1'] as const).flatMap((moduleClass) =>
    (['female', 'male'] as const).map((rearGender) =>
      makeCassette({ moduleClass, rearGender, rearPolish: 'APC', fiberType: 'OS2' }),
    ),
  ),
  // Base-8.
  ...(['female', 'male'] as const).map((rearGender) =>
    makeCassette({ moduleClass: 'MOD-U1-8', rearGender, rearPolish: 'UPC', fiberType: 'OM4' }),
  ),
  makeCassette({ moduleClass: 'MOD-U1-8', rearGender: 'female', rearPolish: 'APC', fiberType: 'OS2' }),
  // 24-fiber modules from 2× MPO-12 and 3× MPO-8 rear groups.
  makeCassette({ moduleClass: 'MOD-U1', groups: 2, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
  makeCassette({ moduleClass: 'MOD-A', groups: 2, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
  makeCassette({ moduleClass: 'MOD-U1-8', groups: 3, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
  // Adapter plates.
  ...(['key-up-key-down', 'key-up-key-up'] as const).flatMap((adapter) => [
    makeAdapterPlate({ variant: 'mpo-12', count: 6, adapter }),
    makeAdapterPlate({ variant: 'mpo-16', count: 6, adapter }),
    makeAdapterPlate({ variant: 'mpo-24', count: 6, adapter }),
  ]),
  makeAdapterPlate({ variant: 'lc-duplex', count: 12, adapter: 'duplex' }),
  // Conversion modules.
  makeConversionModule('24-to-3x8', 'UPC', 'OM4'),
  makeConversionModule('24-to-2x12', 'UPC', 'OM4'),
];
