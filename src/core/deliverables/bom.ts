/**
 * Bill of materials / ordering list: one line per distinct part (cables: per part, length and
 * fiber type) with the quantity and the parameters a buyer orders by — fiber type and count,
 * connector, gender and polish on each end, polarity type or connectivity method (TIA-568.3-E,
 * REFERENCE §3–§5), loss grade (§7.3), length, form factor and part number where known.
 *
 * Modules preloaded in an enclosure (`RackPart.preloaded`) come with it: they are listed as
 * lines `includedWith` the enclosure part and are not ordered again when the design also
 * places them as devices.
 */
import { catalogueFor } from '../catalogue';
import { ADAPTER_WORDS } from '../catalogue/adapters';
import { CONNECTOR_VARIANTS, type ConnectorSpec } from '../connectors';
import type { Design } from '../design';
import type { PartId } from '../ids';
import { portsOf, type CablePart, type DevicePart, type LossGrade, type Part, type PortDef } from '../parts';
import { naturalCompare } from '../labels';
import { cablePolarity } from './fiberSteps';
import { own } from '../own';

/** BOM line categories, in list order. */
export type BomCategory = 'rack-equipment' | 'module' | 'transceiver' | 'cable' | 'unknown';

const CATEGORY_ORDER: Readonly<Record<BomCategory, number>> = {
  'rack-equipment': 0,
  module: 1,
  transceiver: 2,
  cable: 3,
  unknown: 4,
};

/** One BOM line. Fields that do not apply to the part are null. */
export interface BomLine {
  /** Stable key: part id (+ length and fiber type for cables, + `included` for preloaded modules). */
  readonly key: string;
  readonly category: BomCategory;
  readonly partId: PartId;
  readonly name: string;
  readonly quantity: number;
  /** Enclosure part this line comes preloaded in (not ordered separately), or null. */
  readonly includedWith: PartId | null;
  /** The maker's part number (vendor parts); null for generic parts. */
  readonly partNumber: string | null;
  /** The maker (vendor parts), `generic` for the designer's own parts, null for unknown ids. */
  readonly manufacturer: string | null;
  /**
   * What to order by: "<maker> <part number>" for a vendor part; for a generic part the
   * parameters a vendor needs (connectors, fibers, fiber type, polarity, polish, grade, length).
   */
  readonly orderingParameters: string;
  /** Fiber type (cable instance, module), or the transceiver's mode family. */
  readonly fiberType: string | null;
  readonly fiberCount: number | null;
  /** Connector per end or port group, e.g. `MPO-12 male UPC`, `6× LC duplex UPC (front)`. */
  readonly connectors: readonly string[];
  /** `Type B`, `A-to-B`, `MOD-U1 (Method U1)`, adapter orientation, or null. */
  readonly polarity: string | null;
  readonly polish: string | null;
  readonly lossGrade: LossGrade | null;
  /** Cable length as designed, m (the longest of the line's cables when stock lengths group them). */
  readonly lengthM: number | null;
  /** Length to order, m (the next stock length when stock lengths are given). */
  readonly orderLengthM: number | null;
  /** Module or transceiver form factor; slots/cages of rack equipment. */
  readonly formFactor: string | null;
  /** Rack units of rack equipment. */
  readonly heightU: number | null;
  /** IEEE 802.3 application of a transceiver. */
  readonly application: string | null;
  /** True when the part id is not in the catalogue (nothing but the id and quantity is known). */
  readonly unknownPart: boolean;
  /** True when the part's map or data is UNVERIFIED in REFERENCE. */
  readonly unverified: boolean;
}

/** Options of `billOfMaterials`. */
export interface BomOptions {
  /**
   * Stock cable lengths, m, ascending or not: each cable is ordered at the shortest stock length
   * ≥ its length (a cable longer than every stock length is ordered at its own length).
   */
  readonly stockLengthsM?: readonly number[];
}

const connectorText = (c: ConnectorSpec): string =>
  [CONNECTOR_VARIANTS[c.variant].name, c.gender === 'n/a' ? '' : c.gender, c.polish].filter((s) => s !== '').join(' ');

/** Groups equal strings with counts, in first-seen order: `2× LC duplex UPC`. */
function countedList(items: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => (n === 1 ? s : `${n}× ${s}`));
}

/** Connector of a port; a pass-through adapter is listed once (its front side). */
function portConnector(p: PortDef, withFace: boolean): string[] {
  const mate = p.mate;
  if (mate.kind === 'fixed')
    return [withFace ? `${connectorText(mate.connector)} (${p.face})` : connectorText(mate.connector)];
  if (mate.kind === 'splice') return [`${mate.method} splice (${p.face})`];
  return p.face === 'front'
    ? [
        `${CONNECTOR_VARIANTS[p.accepts].name} adapter${ADAPTER_WORDS[mate.adapter].words ? `, ${ADAPTER_WORDS[mate.adapter].words}` : ''}`,
      ]
    : [];
}

const MODULE_METHOD: Readonly<Record<string, string>> = {
  'MOD-A': 'MOD-A (Methods A, C)',
  'MOD-B1': 'MOD-B1 (Method B)',
  'MOD-B2': 'MOD-B2 (Method B)',
  'MOD-U1': 'MOD-U1 (Method U1)',
  'MOD-U2': 'MOD-U2 (Method U2)',
  'MOD-U1-8': 'MOD-U1-8 (Base-8, Method U1)',
};

type LineBody = Omit<BomLine, 'key' | 'quantity' | 'includedWith' | 'lengthM' | 'orderLengthM'>;

const BLANK: Omit<LineBody, 'category' | 'partId' | 'name'> = {
  partNumber: null,
  manufacturer: null,
  orderingParameters: '',
  fiberType: null,
  fiberCount: null,
  connectors: [],
  polarity: null,
  polish: null,
  lossGrade: null,
  formFactor: null,
  heightU: null,
  application: null,
  unknownPart: false,
  unverified: false,
};

/** The maker of the designer's own (built-in and builder) parts. */
export const GENERIC = 'generic';

/**
 * The ordering text of a line (issue 13 §3): "<maker> <part number>" when a maker is known, else
 * "generic: <parameters>" with the connectors, fibers and fiber type, polarity, polish, loss grade,
 * length and form factor the line carries.
 */
export function orderingText(l: Omit<BomLine, 'quantity' | 'orderingParameters'>): string {
  if (l.unknownPart) return `unknown part ${l.partId}`;
  if (l.manufacturer && l.manufacturer !== GENERIC)
    return [l.manufacturer, l.partNumber ?? l.name.replace(`${l.manufacturer} `, '')].join(' ');
  const fibers = [l.fiberCount === null ? '' : `${l.fiberCount}F`, l.fiberType ?? ''].filter((s) => s).join(' ');
  const params = [
    l.connectors.join(' / '),
    fibers,
    l.polarity ?? '',
    l.lossGrade && l.lossGrade !== 'unknown' ? `${l.lossGrade} grade` : '',
    l.orderLengthM === null ? '' : `${l.orderLengthM} m`,
    l.formFactor ?? '',
    l.heightU === null ? '' : `${l.heightU}U`,
    l.application ?? '',
  ].filter((s) => s !== '');
  return `${GENERIC}: ${params.join(', ')}`;
}

function common(part: Part): Pick<LineBody, 'partId' | 'name' | 'partNumber' | 'manufacturer' | 'unverified'> {
  return {
    partId: part.id,
    name: part.name,
    partNumber: part.partNumber ?? null,
    manufacturer: part.manufacturer ?? GENERIC,
    unverified: part.provenance.unverified === true,
  };
}

/** Ordering parameters of a device part (rack equipment, module, transceiver). */
function deviceBody(part: DevicePart): LineBody {
  const ports = portsOf(part);
  const withFace = new Set(ports.map((p) => p.face)).size > 1;
  const connectors = countedList(ports.flatMap((p) => portConnector(p, withFace)));
  if (part.kind === 'transceiver') {
    const c = part.port.mate.kind === 'fixed' ? part.port.mate.connector : null;
    return {
      ...BLANK,
      ...common(part),
      category: 'transceiver',
      fiberType: part.fiberMode,
      connectors,
      polish: c?.polish ?? null,
      formFactor: part.formFactor,
      application: part.application,
    };
  }
  if (part.kind === 'module') {
    const rear = portsOf(part).find((p) => p.face === 'rear' && p.mate.kind === 'fixed');
    const rearMate = rear?.mate.kind === 'fixed' ? rear.mate : null;
    const through = portsOf(part).find((p) => p.mate.kind === 'through');
    const polarity =
      MODULE_METHOD[part.moduleClass] ??
      (through?.mate.kind === 'through'
        ? `adapters ${ADAPTER_WORDS[through.mate.adapter].words || 'duplex'}`.trim()
        : part.moduleClass);
    return {
      ...BLANK,
      ...common(part),
      category: 'module',
      fiberType: part.fiberType === 'unknown' ? null : part.fiberType,
      fiberCount: part.fiberCount,
      connectors,
      polarity,
      polish: rearMate?.connector.polish ?? null,
      lossGrade: rearMate?.lossGrade ?? null,
      formFactor: part.formFactor,
    };
  }
  const slots =
    part.slots.length > 0
      ? `${part.slots.length}× ${part.slots[0]?.formFactor} slots`
      : part.cages.length > 0
        ? `${part.cages.length} cages`
        : null;
  return {
    ...BLANK,
    ...common(part),
    category: 'rack-equipment',
    fiberType: part.fiberType === 'unknown' ? null : part.fiberType,
    fiberCount: part.maxFibers || null,
    connectors,
    formFactor: slots,
    heightU: part.heightU,
  };
}

/** Ordering parameters of a cable part. */
function cableBody(part: CablePart, fiberType: string): LineBody {
  const polishes = [...new Set(part.ends.map((e) => e.connector.polish))];
  const grades = [...new Set(part.ends.map((e) => e.lossGrade))];
  return {
    ...BLANK,
    ...common(part),
    category: 'cable',
    fiberType,
    fiberCount: part.fiberCount,
    connectors: countedList(part.ends.map((e) => connectorText(e.connector))),
    polarity: cablePolarity(part),
    polish: polishes.join('/'),
    lossGrade: grades.length === 1 ? (grades[0] ?? null) : null,
  };
}

/** Shortest stock length ≥ `lengthM`, or `lengthM` itself. */
function orderLength(lengthM: number, stock: readonly number[] | undefined): number {
  const fit = (stock ?? []).filter((s) => s >= lengthM).sort((a, b) => a - b)[0];
  return fit ?? lengthM;
}

/**
 * Builds the BOM of a design: every device (rack equipment, modules, transceivers; modules
 * preloaded in an enclosure listed as included with it) and every cable (grouped by part, order
 * length and fiber type). Unknown part ids give `unknownPart` lines. Lines are sorted by category
 * (rack equipment, modules, transceivers, cables), name, then length. Pure; never throws.
 */
export function billOfMaterials(design: Design, options: BomOptions = {}): BomLine[] {
  const catalogue = catalogueFor(design);
  const lines = new Map<string, BomLine>();
  const add = (key: string, make: () => Omit<BomLine, 'quantity'>, n = 1) => {
    const cur = lines.get(key);
    lines.set(key, cur ? { ...cur, quantity: cur.quantity + n } : { ...make(), quantity: n });
  };
  const unknown = (id: PartId, category: BomCategory) => (): Omit<BomLine, 'quantity'> => ({
    ...BLANK,
    key: `${id}`,
    category,
    partId: id,
    name: id,
    includedWith: null,
    lengthM: null,
    orderLengthM: null,
    unknownPart: true,
  });
  for (const d of Object.values(design.devices)) {
    const part = catalogue.get(d.part);
    if (!part || part.kind === 'cable') {
      add(String(d.part), unknown(d.part, 'unknown'));
      continue;
    }
    if (d.placement.kind === 'slot') {
      const parent = own(design.devices, d.placement.parent);
      const pp = parent ? catalogue.get(parent.part) : undefined;
      if (pp?.kind === 'rack-equipment' && pp.preloaded?.[d.placement.slot] === d.part) continue;
    }
    add(String(part.id), () => ({
      ...deviceBody(part),
      key: String(part.id),
      includedWith: null,
      lengthM: null,
      orderLengthM: null,
    }));
    if (part.kind === 'rack-equipment' && part.preloaded) {
      for (const modId of Object.values(part.preloaded)) {
        const mod = catalogue.get(modId);
        const key = `${modId}~in~${part.id}`;
        if (!mod || mod.kind === 'cable')
          add(key, () => ({ ...unknown(modId, 'module')(), key, includedWith: part.id }));
        else add(key, () => ({ ...deviceBody(mod), key, includedWith: part.id, lengthM: null, orderLengthM: null }));
      }
    }
  }
  for (const c of Object.values(design.cables)) {
    const part = catalogue.get(c.part);
    const ordered = orderLength(c.lengthM, options.stockLengthsM);
    const key = `${c.part}~${ordered}m~${c.fiberType}`;
    if (!part || part.kind !== 'cable')
      add(key, () => ({
        ...unknown(c.part, 'cable')(),
        key,
        fiberType: c.fiberType,
        lengthM: c.lengthM,
        orderLengthM: ordered,
      }));
    else
      add(key, () => ({
        ...cableBody(part, c.fiberType),
        key,
        includedWith: null,
        lengthM: c.lengthM,
        orderLengthM: ordered,
      }));
    const line = lines.get(key);
    if (line && (line.lengthM ?? 0) < c.lengthM) lines.set(key, { ...line, lengthM: c.lengthM });
  }
  return [...lines.values()]
    .map((l) => ({ ...l, orderingParameters: orderingText(l) }))
    .sort(
      (a, b) =>
        CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
        (a.includedWith === null ? 0 : 1) - (b.includedWith === null ? 0 : 1) ||
        naturalCompare(a.name, b.name) ||
        (a.orderLengthM ?? 0) - (b.orderLengthM ?? 0) ||
        naturalCompare(a.key, b.key),
    );
}
