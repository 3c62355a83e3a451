/**
 * The facts of a custom (imported) part the user can set by hand: connector gender, polish, adapter
 * orientation and loss grade per group of ports (face × connector family), and the fiber type.
 * NetBox cannot state these (PEERS §4.1), so the importer leaves them `unknown` and traces
 * through the part report `unchecked` (REFERENCE §1.8) until they are set here. Pure.
 */
import { CONNECTOR_VARIANTS, FIBER_TYPES, type ConnectorFamily } from '../core/connectors';
import { adapterPosition } from '../core/catalogue/positionMaps';
import { LIMITS } from '../io/designSchema';
import type { InternalLink, ModulePart, Part, PortDef, PortMate, RackPart } from '../core/parts';

/** A fact that can be set: a select over `options`; `value` is `mixed` when ports disagree. */
export interface EditableFact {
  /** Stable key: `gender:rear:mpo`, `polish:front:lc`, `adapter:rear:mpo`, `loss:rear:mpo`, `fiberType`. */
  readonly key: string;
  /** e.g. "Rear MPO gender". */
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** True while the value is `unknown` (or mixed): the engine reports traces as unchecked. */
  readonly unknown: boolean;
}

/** A part that has ports (module or rack equipment): the only kinds NetBox imports produce. */
type PortedPart = ModulePart | RackPart;
type FactKind = 'gender' | 'polish' | 'adapter' | 'loss';

const UNKNOWN = { value: 'unknown', label: 'unknown (traces unchecked)' } as const;
const OPTIONS: Readonly<Record<FactKind, readonly { value: string; label: string }[]>> = {
  gender: [UNKNOWN, { value: 'male', label: 'pinned (male)' }, { value: 'female', label: 'unpinned (female)' }],
  polish: [UNKNOWN, { value: 'UPC', label: 'UPC' }, { value: 'APC', label: 'APC' }],
  adapter: [
    UNKNOWN,
    { value: 'key-up-key-down', label: 'key-up/key-down (Type A)' },
    { value: 'key-up-key-up', label: 'key-up/key-up (Type B)' },
  ],
  loss: [
    UNKNOWN,
    { value: 'tia-max', label: 'TIA maximum' },
    { value: 'standard', label: 'standard' },
    { value: 'low-loss', label: 'low loss' },
    { value: 'elite', label: 'elite' },
  ],
};
const KIND_LABEL: Readonly<Record<FactKind, string>> = {
  gender: 'gender',
  polish: 'polish',
  adapter: 'adapter orientation',
  loss: 'loss grade',
};
const FAMILY_LABEL: Readonly<Record<ConnectorFamily, string>> = {
  lc: 'LC',
  sc: 'SC',
  mdc: 'MDC',
  sn: 'SN',
  cs: 'CS',
  mpo: 'MPO',
  splice: 'splice',
};

const familyOf = (p: PortDef): ConnectorFamily => CONNECTOR_VARIANTS[p.accepts].family;
/**
 * The fact key a port's value of `kind` belongs to: `kind:face:family`, except the adapter of a
 * through port, which its peer on the other face shares: `adapter:through:family`.
 */
const factKey = (p: PortDef, kind: FactKind): string =>
  `${kind}:${kind === 'adapter' && p.mate.kind === 'through' ? 'through' : p.face}:${familyOf(p)}`;
const FACE_ORDER: Readonly<Record<string, number>> = { rear: 0, through: 1, front: 2 };

/** The value of one fact kind on one port, or undefined when the port has no such fact. */
function portValue(p: PortDef, kind: FactKind): string | undefined {
  const m = p.mate;
  if (m.kind === 'through') return kind === 'adapter' && familyOf(p) === 'mpo' ? m.adapter : undefined;
  if (m.kind === 'splice') return undefined;
  switch (kind) {
    case 'gender':
      return m.connector.gender === 'n/a' ? undefined : m.connector.gender;
    case 'polish':
      return m.connector.polish;
    case 'adapter':
      return m.adapter;
    case 'loss':
      return m.lossGrade;
  }
}

/** The mate of a port with one fact kind set to `value`. */
function withValue(m: PortMate, kind: FactKind, value: string): PortMate {
  if (m.kind === 'through') return kind === 'adapter' ? { ...m, adapter: value as typeof m.adapter } : m;
  if (m.kind === 'splice') return m;
  switch (kind) {
    case 'gender':
      return m.connector.gender === 'n/a'
        ? m
        : { ...m, connector: { ...m.connector, gender: value as typeof m.connector.gender } };
    case 'polish':
      return { ...m, connector: { ...m.connector, polish: value as typeof m.connector.polish } };
    case 'adapter':
      return m.adapter === undefined ? m : { ...m, adapter: value as NonNullable<typeof m.adapter> };
    case 'loss':
      return { ...m, lossGrade: value as typeof m.lossGrade };
  }
}

const ported = (p: Part): p is PortedPart => p.kind === 'module' || p.kind === 'rack-equipment';

/**
 * The settable facts of a part, in the order an engineer fills them in (rear before front,
 * gender, polish, adapter, loss). Parts without ports (cables, transceivers, an enclosure of
 * slots only) give only what applies; a part with nothing settable gives `[]`.
 */
export function editableFacts(part: Part): EditableFact[] {
  if (!ported(part)) return [];
  const out: (EditableFact & { order: string })[] = [];
  const kinds = ['gender', 'polish', 'adapter', 'loss'] as const;
  const values = new Map<string, Set<string>>();
  for (const p of part.ports) {
    for (const kind of kinds) {
      const v = portValue(p, kind);
      if (v === undefined) continue;
      const key = factKey(p, kind);
      values.set(key, (values.get(key) ?? new Set()).add(v));
    }
  }
  for (const [key, set] of values) {
    const [kind, face, family] = key.split(':') as [FactKind, string, ConnectorFamily];
    const list = [...set];
    const value = list.length === 1 ? (list[0] as string) : 'mixed';
    const options =
      value === 'mixed'
        ? [{ value: 'mixed', label: `mixed (${list.join(', ')})` }, ...OPTIONS[kind]]
        : OPTIONS[kind].some((o) => o.value === value)
          ? OPTIONS[kind]
          : [{ value, label: value }, ...OPTIONS[kind]];
    const where =
      face === 'through'
        ? `${FAMILY_LABEL[family]} through-adapter`
        : `${face === 'rear' ? 'Rear' : 'Front'} ${FAMILY_LABEL[family]}`;
    out.push({
      key,
      label: `${where} ${KIND_LABEL[kind]}`,
      value,
      options,
      unknown: value === 'unknown' || value === 'mixed',
      order: `${FACE_ORDER[face] ?? 3}:${family}:${kinds.indexOf(kind)}`,
    });
  }
  out.sort((a, b) => a.order.localeCompare(b.order));
  const facts: EditableFact[] = out.map(({ order: _order, ...f }) => f);
  if (part.ports.length > 0) {
    facts.push({
      key: 'fiberType',
      label: 'Fiber type',
      value: part.fiberType,
      options: [UNKNOWN, ...FIBER_TYPES.map((f) => ({ value: f, label: f }))],
      unknown: part.fiberType === 'unknown',
    });
  }
  return facts;
}

/** Links of an adapter plate from its through ports, or `unknown` while any adapter is unknown. */
function throughLinks(ports: readonly PortDef[]): InternalLink[] | 'unknown' {
  const links: InternalLink[] = [];
  for (const p of ports) {
    if (p.mate.kind !== 'through' || p.face !== 'front') continue;
    for (const pos of CONNECTOR_VARIANTS[p.accepts].positions) {
      const to = adapterPosition(p.mate.adapter, p.accepts, pos);
      if (to === null) return 'unknown';
      links.push({ a: { port: p.key, position: pos }, b: { port: p.mate.peer, position: to } });
    }
  }
  return links;
}

/**
 * Substitution group of an imported module after an edit: the importer's group ends in the rear
 * connector's `gender:polish` (io/netbox/importNetbox.ts), which must follow the new values.
 */
function swapGroupOf(part: ModulePart, ports: readonly PortDef[]): string {
  const seg = part.swapGroup.split(':');
  const rear = ports.find((p) => p.face === 'rear' && p.mate.kind === 'fixed');
  if (!part.swapGroup.startsWith('netbox-') || seg.length < 6 || rear?.mate.kind !== 'fixed') return part.swapGroup;
  return [...seg.slice(0, -2), rear.mate.connector.gender, rear.mate.connector.polish].join(':');
}

/**
 * The provenance text with a note appended, kept within the schema's free-text limit
 * (`LIMITS.textChars`): when too long, the middle of the older text gives way to `…`, so the file
 * the part came from (the start) and the latest notes (the end) stay.
 */
export function withNote(source: string, note: string): string {
  const full = `${source}; ${note}`;
  if (full.length <= LIMITS.textChars) return full;
  const keep = Math.max(0, LIMITS.textChars - note.length - 3);
  return `${source.slice(0, keep)}…; ${note}`.slice(0, LIMITS.textChars);
}

/**
 * The part with one fact set (`key` from `editableFacts`). Returns the part unchanged for an
 * unknown key, a `mixed` value or a part without ports. Setting every through-port adapter of an
 * adapter plate whose map was unknown derives its links (REFERENCE §0.2, §1.4). The provenance
 * records the user's choice.
 */
export function setFact(part: Part, key: string, value: string): Part {
  if (!ported(part) || value === 'mixed') return part;
  const fact = editableFacts(part).find((f) => f.key === key);
  if (!fact || fact.value === value) return part;
  const note = `${fact.label} set by user: ${value}`;
  const provenance = { ...part.provenance, source: withNote(part.provenance.source, note) };
  if (key === 'fiberType') return { ...part, fiberType: value as PortedPart['fiberType'], provenance } as Part;
  const kind = key.split(':')[0] as FactKind;
  const ports = part.ports.map((p) => (factKey(p, kind) === key ? { ...p, mate: withValue(p.mate, kind, value) } : p));
  const allThrough = ports.length > 0 && ports.every((p) => p.mate.kind === 'through');
  const links = kind === 'adapter' && allThrough ? throughLinks(ports) : part.links;
  if (part.kind === 'module') return { ...part, ports, links, swapGroup: swapGroupOf(part, ports), provenance };
  return { ...part, ports, links, provenance };
}

/** The number of settable facts still unknown (or mixed). */
export const unknownFactCount = (part: Part): number => editableFacts(part).filter((f) => f.unknown).length;

/** What a part is, in NetBox's and the designer's words. */
export function partKindLabel(p: Part): string {
  switch (p.kind) {
    case 'module':
      return p.moduleClass === 'adapter-plate'
        ? 'Adapter plate (NetBox module type)'
        : `Cassette ${p.moduleClass} (NetBox module type)`;
    case 'rack-equipment':
      return `${p.role === 'enclosure' ? 'Enclosure' : p.role === 'switch' ? 'Switch' : 'Patch panel'} (NetBox device type)`;
    case 'cable':
      return 'Cable';
    case 'transceiver':
      return 'Transceiver';
  }
}
