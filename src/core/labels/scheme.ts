/**
 * Label grammar of both labeling schemes (REFERENCE §9): the project convention
 * `R12-P1-C3-Port4` (§9.2, CONVENTION) and a TIA-606-B style identifier `AJ05-14:C3-04`
 * (§9.1 [S51][S52], mapping of §9.2, CONVENTION). Formatting only: the parts of a label are
 * computed from the design by `labelIndex.ts`; parsing is in `parse.ts`.
 *
 * Rules (CONVENTION, documented in the module docs of `labelIndex.ts`):
 * - rack: project `R{n}` with n = `rack.number ?? rack.order + 1`; 606 cabinet id = the rack
 *   name when it is a site identifier (`AJ05`, `1A-AJ05`), else row letter + 2-digit number.
 * - rack equipment: project `P{k}` (patch panels and enclosures) or `SW{k}` (switches), k = the
 *   ordinal within the rack counted from the top; 606: the equipment's lowest rack unit, 2 digits.
 * - slot / cassette: `C{s}`, s = the slot's position in the enclosure (1-based).
 * - port: `Port{n}` (LC/SC duplex), `MPO{n}` (array port, e.g. a cassette's rear MPO),
 *   `Eth{n}` (switch cage); the rear side of a pass-through adapter adds `-Rear`.
 * - one fiber of a port: project `:A`/`:B` (duplex) or `:{position}` (MPO); 606 `.A`/`.B`.
 * - link / cable: `near/far` ("/" separates the ends as in 606-B [S52]).
 */
import type { LabelScheme } from '../design';

/** The word that names a port in a label: duplex port, array (MPO) port or switch port. */
export type PortToken = 'Port' | 'MPO' | 'Eth';

/** Role of rack equipment in labels: panels (patch panels, enclosures) or switches. */
export type EquipmentRole = 'panel' | 'switch';

/** What identifies a rack in both schemes. */
export interface RackLabelParts {
  /** Project rack number (`R12` → 12). */
  readonly number: number;
  /** TIA-606 cabinet identifier, e.g. `AJ05`. */
  readonly cabinet: string;
}

/** What identifies a piece of rack equipment in both schemes. */
export interface EquipmentLabelParts {
  readonly rack: RackLabelParts;
  readonly role: EquipmentRole;
  /** Ordinal among equipment of the same role in the rack, counted from the top (1 = topmost). */
  readonly ordinal: number;
  /** Lowest rack unit the equipment occupies (TIA-606 panel position). */
  readonly ru: number;
}

/** What identifies a port in both schemes. */
export interface PortLabelParts {
  readonly equipment: EquipmentLabelParts;
  /** Slot (cassette) number, or null for ports built into the rack equipment. */
  readonly cassette: number | null;
  readonly token: PortToken;
  /** Port number (1-based). */
  readonly index: number;
  /** True for the rear side of a pass-through adapter whose front carries the same name. */
  readonly rear: boolean;
}

/** Project-scheme prefix of each equipment role. */
export const ROLE_PREFIX: Readonly<Record<EquipmentRole, string>> = { panel: 'P', switch: 'SW' };

/** Suffix of the rear side of a pass-through adapter (both schemes). */
export const REAR_SUFFIX = '-Rear';

/** Text shown for a cable end that is not plugged in. */
export const OPEN_END = 'open';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Per-scheme formatting rules (a data table: one row per scheme). */
interface SchemeFormat {
  readonly rack: (r: RackLabelParts) => string;
  readonly equipment: (e: EquipmentLabelParts) => string;
  readonly slot: (e: EquipmentLabelParts, cassette: number) => string;
  readonly port: (p: PortLabelParts) => string;
  /** Separator before a fiber position of a port. */
  readonly positionSeparator: string;
}

const projectEquipment = (e: EquipmentLabelParts): string => `R${e.rack.number}-${ROLE_PREFIX[e.role]}${e.ordinal}`;
const tiaEquipment = (e: EquipmentLabelParts): string => `${e.rack.cabinet}-${pad2(e.ru)}`;
const tiaPortField = (p: PortLabelParts): string => (p.token === 'MPO' ? `MPO${p.index}` : pad2(p.index));

/** The two schemes of REFERENCE §9. */
export const SCHEME_FORMATS: Readonly<Record<LabelScheme, SchemeFormat>> = {
  project: {
    rack: (r) => `R${r.number}`,
    equipment: projectEquipment,
    slot: (e, c) => `${projectEquipment(e)}-C${c}`,
    port: (p) =>
      `${projectEquipment(p.equipment)}${p.cassette === null ? '' : `-C${p.cassette}`}-${p.token}${p.index}${p.rear ? REAR_SUFFIX : ''}`,
    positionSeparator: ':',
  },
  'tia-606': {
    rack: (r) => r.cabinet,
    equipment: tiaEquipment,
    slot: (e, c) => `${tiaEquipment(e)}:C${c}`,
    port: (p) =>
      `${tiaEquipment(p.equipment)}:${p.cassette === null ? '' : `C${p.cassette}-`}${tiaPortField(p)}${p.rear ? REAR_SUFFIX : ''}`,
    positionSeparator: '.',
  },
};

/**
 * Formats the label of a port, optionally of one fiber position of it (`'A'`/`'B'` for duplex
 * ports, a number for MPO positions). Examples: project `R12-P1-C3-Port4:B`, `R12-P1-C3-MPO1`,
 * `R1-SW1-Eth3`; tia-606 `AJ05-14:C3-04.B`. Source: REFERENCE §9.2 (CONVENTION), §9.1 [S52].
 */
export function formatPortLabel(scheme: LabelScheme, parts: PortLabelParts, position?: string | number | null): string {
  const f = SCHEME_FORMATS[scheme];
  const base = f.port(parts);
  return position === undefined || position === null || position === ''
    ? base
    : `${base}${f.positionSeparator}${position}`;
}

/** Formats a rack label: project `R12`, tia-606 the cabinet id (REFERENCE §9). */
export const formatRackLabel = (scheme: LabelScheme, rack: RackLabelParts): string => SCHEME_FORMATS[scheme].rack(rack);

/** Formats a rack-equipment label: project `R12-P1` / `R12-SW1`, tia-606 `AJ05-14` (REFERENCE §9). */
export const formatEquipmentLabel = (scheme: LabelScheme, e: EquipmentLabelParts): string =>
  SCHEME_FORMATS[scheme].equipment(e);

/** Formats a slot (cassette position) label: project `R12-P1-C3`, tia-606 `AJ05-14:C3`. */
export const formatSlotLabel = (scheme: LabelScheme, e: EquipmentLabelParts, cassette: number): string =>
  SCHEME_FORMATS[scheme].slot(e, cassette);

/**
 * Formats a link / cable identifier from its end labels: `near/far` (REFERENCE §9.2 link-id,
 * "/" per 606-B [S52]). A cable with more than two ends (harness legs) lists the far ends
 * separated by commas; an unplugged end reads `open`.
 */
export function formatLinkLabel(near: string | null, far: readonly (string | null)[]): string {
  const f = far.length === 0 ? [null] : far;
  return `${near ?? OPEN_END}/${f.map((x) => x ?? OPEN_END).join(',')}`;
}

/**
 * Panel and switch numbers within one rack (the `P1`/`SW2` of REFERENCE §9.2), for `items` listed
 * top down: a device named like its own label token (`P2`, `sw3`) keeps that number when no other
 * device of its role in the rack took it first, so a panel named "P2" is labelled `R…-P2` and never
 * `R…-P1`; every other device gets the lowest free number, top down. Returns id → number.
 */
export function equipmentOrdinals<Id>(
  items: readonly { readonly id: Id; readonly role: EquipmentRole; readonly name: string }[],
): Map<Id, number> {
  const out = new Map<Id, number>();
  const taken: Record<EquipmentRole, Set<number>> = { panel: new Set(), switch: new Set() };
  for (const it of items) {
    const m = new RegExp(`^${ROLE_PREFIX[it.role]}([1-9]\\d*)$`, 'i').exec(it.name.trim());
    const n = m ? Number(m[1]) : 0;
    if (n > 0 && !taken[it.role].has(n)) {
      taken[it.role].add(n);
      out.set(it.id, n);
    }
  }
  for (const it of items) {
    if (out.has(it.id)) continue;
    let n = 1;
    while (taken[it.role].has(n)) n += 1;
    taken[it.role].add(n);
    out.set(it.id, n);
  }
  return out;
}

/**
 * Label of something that has no location (an unplaced device, or one whose rack or parent is
 * missing): its name in square brackets, e.g. `[QSFP-1]`. Never parsed back; found by search.
 */
export const unlocatedLabel = (name: string): string => `[${name}]`;

/**
 * TIA-606 cabinet identifier of a rack (CONVENTION, REFERENCE §9.1–§9.2): the rack name, upper
 * case, when it already is a site identifier (letters/digits joined by `-` or `.`, e.g. `AJ05`,
 * `1A-AJ05`); otherwise the row's last word plus the 2-digit rack number (`Row A`, rack 3 → `A03`).
 */
export function cabinetId(name: string, row: string, rackNumber: number): string {
  const n = name.trim().toUpperCase();
  if (/^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/.test(n)) return n;
  const words = row.toUpperCase().match(/[A-Z0-9]+/g);
  const rowId = words?.[words.length - 1] ?? 'R';
  return `${rowId}${pad2(rackNumber)}`;
}
