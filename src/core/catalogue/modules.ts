/**
 * Module parts that go into enclosure slots: MPO-to-LC cassettes (MOD-A, MOD-B1, MOD-B2, MOD-U1,
 * MOD-U2, Base-8 MOD-U1-8, 24-fiber modules from 2× MPO-12 or 3× MPO-8 rear groups), MPO and LC
 * adapter plates, and conversion modules (24F → 3× 8F, 2× 12F ↔ 24F).
 *
 * Every cassette is stored by its trunk-side map (REFERENCE §5.1): rear port `mpoN` position j
 * ↔ front port `front-p` position A/B of the cord plug, rear adapter and front mirror folded in.
 */
import {
  CONNECTOR_VARIANTS,
  isVsff,
  type ConnectorVariant,
  type FiberType,
  type Gender,
  type Polish,
} from '../connectors';
import { partId } from '../ids';
import type { AdapterType, InternalLink, LossGrade, ModuleClass, ModulePart, PairLoss, PortDef } from '../parts';
import { ADAPTER_WORDS, throughAdapters } from './adapters';
import type { DuplexVariant } from './duplexCables';
import {
  CASSETTE_MAP_U1_8,
  CASSETTE_MAP_U16,
  CASSETTE_MAPS_12,
  CASSETTE_REAR_ADAPTER,
  type CanonicalModule12,
} from './positionMaps';

/** Options of a generated cassette. */
export interface CassetteOptions {
  /** Canonical class, one rear group per entry of `groups` (MOD-U16: MPO-16 → 8 ports, REFERENCE-2 §13.5). */
  readonly moduleClass: CanonicalModule12 | 'MOD-U1-8' | 'MOD-U16';
  /** Number of rear MPO groups (1, 2 for 24F from 2× MPO-12, 3 for 24F from 3× MPO-8). */
  readonly groups?: number;
  /** Gender of the module's internal (rear) MPO connector. */
  readonly rearGender: Gender;
  readonly rearPolish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly fiberType: FiberType;
  readonly lossGrade?: LossGrade;
  readonly formFactor?: string;
  /** Front duplex connector (LC by default; MDC, SN, CS for VSFF modules, REFERENCE-2 §13.5). */
  readonly front?: DuplexVariant;
  /** Front polish (UPC by default). */
  readonly frontPolish?: Exclude<Polish, 'unknown' | 'n/a'>;
  /** Loss grade of the front connectors (default: `lossGrade`; VSFF fronts default `standard`, §13.4). */
  readonly frontGrade?: LossGrade;
  /** A vendor's whole-module IL, used instead of the two mated pairs (REFERENCE §7.4). */
  readonly moduleLoss?: PairLoss;
}

const FRONT_LC = { variant: 'lc-duplex', gender: 'n/a', polish: 'UPC' } as const;

/** Front duplex port definition number `p` (fixed internal duplex connector, LC UPC by default). */
function lcFrontPort(
  p: number,
  lossGrade: LossGrade,
  variant: DuplexVariant = 'lc-duplex',
  polish: Exclude<Polish, 'unknown' | 'n/a'> = 'UPC',
): PortDef {
  return {
    key: `front-${p}`,
    label: `Port ${p}`,
    face: 'front',
    index: p,
    accepts: variant,
    mate: {
      kind: 'fixed',
      connector: variant === 'lc-duplex' && polish === 'UPC' ? FRONT_LC : { variant, gender: 'n/a', polish },
      lossGrade,
    },
  };
}

/** Trunk-side rows `[j, port, A/B]` and rear connector of a canonical class (§5.2, REFERENCE-2 §13.5). */
function classRows(cls: CassetteOptions['moduleClass']): {
  rows: (readonly [number, number, number])[];
  rearVariant: ConnectorVariant;
  portsPerGroup: number;
} {
  if (cls === 'MOD-U1-8') return { rows: [...CASSETTE_MAP_U1_8], rearVariant: 'mpo-8', portsPerGroup: 4 };
  if (cls === 'MOD-U16') return { rows: [...CASSETTE_MAP_U16], rearVariant: 'mpo-16', portsPerGroup: 8 };
  return {
    rows: CASSETTE_MAPS_12[cls].map(([p, x], j) => [j + 1, p, x] as const),
    rearVariant: 'mpo-12',
    portsPerGroup: 6,
  };
}

/**
 * Builds a cassette from a canonical trunk-side map (§5.2), repeated for each rear group.
 * Ports per group: 6 for MPO-12 classes, 4 for MOD-U1-8.
 */
export function makeCassette(o: CassetteOptions): ModulePart {
  const groups = o.groups ?? 1;
  const lossGrade = o.lossGrade ?? 'low-loss';
  const front = o.front ?? 'lc-duplex';
  const frontGrade = o.frontGrade ?? (front === 'lc-duplex' || front === 'sc-duplex' ? lossGrade : 'standard');
  const { rows, rearVariant, portsPerGroup } = classRows(o.moduleClass);
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
    for (let p = 1; p <= portsPerGroup; p++)
      ports.push(lcFrontPort(g * portsPerGroup + p, frontGrade, front, o.frontPolish ?? 'UPC'));
    for (const [j, p, x] of rows)
      links.push({ a: { port: rearKey, position: j }, b: { port: `front-${g * portsPerGroup + p}`, position: x } });
  }
  const fiberCount = groups * portsPerGroup * 2;
  const moduleClass: ModuleClass = o.moduleClass;
  const rearAdapter = CASSETTE_REAR_ADAPTER[o.moduleClass];
  const rearWord =
    groups === 1 ? CONNECTOR_VARIANTS[rearVariant].name : `${groups}× ${CONNECTOR_VARIANTS[rearVariant].name}`;
  const pin = o.rearGender === 'male' ? 'pinned' : 'unpinned';
  const vsff = front !== 'lc-duplex' && front !== 'sc-duplex';
  const unverified = o.moduleClass === 'MOD-B2' || o.moduleClass.startsWith('MOD-U');
  const frontName = CONNECTOR_VARIANTS[front].name.replace(' duplex', '');
  const frontSlug =
    front === 'lc-duplex'
      ? ''
      : `-${front.replace('-duplex', '')}${o.frontPolish && o.frontPolish !== 'UPC' ? o.frontPolish.toLowerCase() : ''}`;
  const vendorLoss = o.moduleLoss ? `-il${Math.round(o.moduleLoss.maxDb * 100)}` : '';
  const source = `TIA-568.3-E ${o.moduleClass} (rear adapter ${rearAdapter}); REFERENCE §5.2 trunk-side map${
    o.moduleClass === 'MOD-U16' ? '; MOD-U16 REFERENCE-2 §13.5 (positions UNVERIFIED)' : ''
  }${vsff ? `; ${frontName} fronts, A/B by CONVENTION (REFERENCE-2 §13.5)` : ''}`;
  return {
    kind: 'module',
    id: partId(
      `module/${o.moduleClass.toLowerCase()}-${fiberCount}f-${groups}x${rearVariant.replace('-', '')}-${o.rearGender === 'male' ? 'm' : 'f'}-${o.rearPolish.toLowerCase()}-${o.fiberType.toLowerCase()}${lossGrade === 'low-loss' ? '' : `-${lossGrade}`}${frontSlug}${vendorLoss}`,
    ),
    name: `${o.moduleClass} cassette ${fiberCount}F, ${rearWord} ${pin} ${o.rearPolish} to ${groups * portsPerGroup}× ${frontName}, ${o.fiberType}${o.moduleLoss ? `, ${o.moduleLoss.maxDb} dB max` : ''}`,
    moduleClass,
    formFactor: o.formFactor ?? 'cassette',
    ports,
    links,
    fiberType: o.fiberType,
    loss: o.moduleLoss ? { kind: 'module', loss: o.moduleLoss } : { kind: 'pairs' },
    fiberCount,
    swapGroup: `cassette:${rearVariant}:${groups}:${o.rearGender}:${o.rearPolish}:${o.fiberType}:${lossGrade}${vsff ? `:${front}` : ''}`,
    provenance: { source, ...(unverified ? { unverified: true } : {}) },
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
      source: isVsff(o.variant)
        ? 'VSFF duplex adapter = mirror A↔B as for LC: DERIVED + UNVERIFIED (REFERENCE-2 §13.2; MSA receptacle drawings [S97] not read)'
        : 'REFERENCE §0.2, §1.4 [S10][S59]',
      ...(CONNECTOR_VARIANTS[o.variant].rows === 2 || isVsff(o.variant) ? { unverified: true } : {}),
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
  // Issue 13: OM3 cassettes.
  ...CLASSES_MM.map((moduleClass) =>
    makeCassette({ moduleClass, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM3' }),
  ),
  // MPO-16 → 8 duplex (MOD-U16, REFERENCE-2 §13.5): DR8 (APC OS2) and SR8 (APC multimode) breakouts.
  ...(['female', 'male'] as const).map((rearGender) =>
    makeCassette({ moduleClass: 'MOD-U16', rearGender, rearPolish: 'APC', fiberType: 'OS2' }),
  ),
  makeCassette({ moduleClass: 'MOD-U16', rearGender: 'female', rearPolish: 'APC', fiberType: 'OM4' }),
  makeCassette({
    moduleClass: 'MOD-U16',
    rearGender: 'female',
    rearPolish: 'APC',
    fiberType: 'OS2',
    front: 'mdc-duplex',
  }),
  // MPO-12 → MDC (MOD-A-MDC for Method A, MOD-U1-MDC for Method U1 and DR4 breakouts, §13.5).
  ...(['MOD-A', 'MOD-U1'] as const).flatMap((moduleClass) => [
    ...(['female', 'male'] as const).map((rearGender) =>
      makeCassette({ moduleClass, rearGender, rearPolish: 'APC', fiberType: 'OS2', front: 'mdc-duplex' }),
    ),
    makeCassette({ moduleClass, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4', front: 'mdc-duplex' }),
  ]),
  makeCassette({
    moduleClass: 'MOD-A',
    groups: 4,
    rearGender: 'male',
    rearPolish: 'APC',
    fiberType: 'OS2',
    front: 'mdc-duplex',
  }),
  // VSFF adapter plates (mirror A↔B: DERIVED + UNVERIFIED, REFERENCE-2 §13.2).
  ...(['mdc-duplex', 'sn-duplex', 'cs-duplex'] as const).map((variant) =>
    makeAdapterPlate({ variant, count: 12, adapter: 'duplex' }),
  ),
];
