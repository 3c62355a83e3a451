/**
 * One summary record per catalogue part, for headless listings (`npm run catalogue`) and search:
 * the facts an engineer orders and checks by — connectors, fiber count, gender, polish, fiber
 * type, polarity type or fiber-map status, loss grade, maker and part number — and the flags that
 * matter for verdicts: UNVERIFIED data and facts that are unknown (→ `unchecked`).
 */
import { CONNECTOR_VARIANTS, type ConnectorSpec } from '../connectors';
import { portsOf, type LossGrade, type Part, type PortDef } from '../parts';

/** Where a part comes from. */
export type PartOrigin = 'built-in' | 'preset' | 'builder' | 'bundled' | 'design';

/** The summary of one part. */
export interface PartSummary {
  readonly id: string;
  readonly origin: PartOrigin;
  readonly kind: Part['kind'];
  readonly name: string;
  /** Connectors, counted: "2× MPO-12 female APC", "6× LC duplex UPC (front)". */
  readonly connectors: readonly string[];
  readonly fibers: number | null;
  /** Genders of the MPO connectors ("male", "female/male", "unknown"); null when none is gendered. */
  readonly gender: string | null;
  readonly polish: string | null;
  readonly fiberType: string | null;
  /** "Type B", "A-to-B", "MOD-U1", "adapters key-up/key-down", "map unknown", or the application. */
  readonly polarity: string | null;
  readonly lossGrade: string | null;
  readonly maker: string;
  readonly partNumber: string | null;
  readonly unverified: boolean;
  /** Facts that are unknown (each makes a rule or trace `unchecked`). */
  readonly unknown: readonly string[];
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];
const joinOrNull = (xs: readonly string[]): string | null => (xs.length === 0 ? null : uniq(xs).join('/'));

/** "MPO-12 female APC", "LC duplex UPC". */
const connectorWords = (c: ConnectorSpec): string =>
  [CONNECTOR_VARIANTS[c.variant].name, c.gender === 'n/a' ? '' : c.gender, c.polish === 'n/a' ? '' : c.polish]
    .filter((s) => s !== '')
    .join(' ');

function counted(items: readonly string[]): string[] {
  const m = new Map<string, number>();
  for (const s of items) m.set(s, (m.get(s) ?? 0) + 1);
  return [...m].map(([s, n]) => (n === 1 ? s : `${n}× ${s}`));
}

/** The connector a port presents (fixed connector, adapter, or splice) with its face. */
function portWords(p: PortDef): string {
  const m = p.mate;
  const what =
    m.kind === 'fixed'
      ? connectorWords(m.connector)
      : m.kind === 'through'
        ? `${CONNECTOR_VARIANTS[p.accepts].name} adapter`
        : `${m.method} splice`;
  return `${what} (${p.face})`;
}

/**
 * The summary of a part. `origin` is given by the caller (the catalogue knows which list a part
 * came from); `prompts` are importer prompts of a bundled part, added to the unknown facts.
 */
export function summarisePart(part: Part, origin: PartOrigin, prompts: readonly string[] = []): PartSummary {
  const unknown: string[] = [];
  const conns: ConnectorSpec[] = [];
  const grades: LossGrade[] = [];
  let connectors: string[];
  let fibers: number | null;
  let fiberType: string | null;
  let polarity: string | null;
  if (part.kind === 'cable') {
    for (const e of part.ends) {
      conns.push(e.connector);
      if (e.connector.variant !== 'spliced') grades.push(e.lossGrade);
    }
    connectors = counted(part.ends.map((e) => connectorWords(e.connector)));
    fibers = part.fiberCount;
    fiberType = part.defaultFiberType;
    polarity = part.polarity
      ? `Type ${part.polarity}`
      : (part.cordType ?? (part.fibers === 'unknown' ? 'map unknown' : part.cableClass));
    if (part.fibers === 'unknown') unknown.push('fiber map');
  } else {
    const ports = portsOf(part);
    for (const p of ports)
      if (p.mate.kind === 'fixed') {
        conns.push(p.mate.connector);
        grades.push(p.mate.lossGrade);
      }
    connectors = counted(ports.map(portWords));
    fibers = part.kind === 'module' ? part.fiberCount : part.kind === 'rack-equipment' ? part.maxFibers || null : null;
    fiberType = part.kind === 'transceiver' ? part.fiberMode : part.fiberType;
    const links =
      part.kind === 'transceiver'
        ? part.lanes === 'unknown'
          ? 'unknown'
          : 'known'
        : part.links === 'unknown'
          ? 'unknown'
          : 'known';
    const through = ports.find((p) => p.mate.kind === 'through');
    polarity =
      part.kind === 'transceiver'
        ? part.application
        : links === 'unknown'
          ? 'map unknown'
          : part.kind === 'module' && part.moduleClass !== 'adapter-plate'
            ? part.moduleClass
            : through?.mate.kind === 'through'
              ? `adapters ${through.mate.adapter}`
              : null;
    if (links === 'unknown') unknown.push(part.kind === 'transceiver' ? 'lane map' : 'fiber map');
    if (through?.mate.kind === 'through' && through.mate.adapter === 'unknown') unknown.push('adapter orientation');
    if (fiberType === 'unknown' && part.kind === 'module' && part.moduleClass !== 'adapter-plate')
      unknown.push('fiber type');
  }
  const genders = conns.filter((c) => CONNECTOR_VARIANTS[c.variant].family === 'mpo').map((c) => c.gender);
  const polishes = conns.map((c) => c.polish).filter((p) => p !== 'n/a');
  if (genders.includes('unknown')) unknown.push('gender');
  if (polishes.includes('unknown')) unknown.push('polish');
  if (grades.includes('unknown') && !(part.kind === 'module' && part.loss.kind === 'module'))
    unknown.push('loss grade');
  return {
    id: part.id,
    origin,
    kind: part.kind,
    name: part.name,
    connectors,
    fibers,
    gender: joinOrNull(genders),
    polish: joinOrNull(polishes),
    fiberType: fiberType === 'unknown' ? null : fiberType,
    polarity,
    lossGrade:
      part.kind === 'module' && part.loss.kind === 'module'
        ? `module ${part.loss.loss.maxDb} dB max`
        : joinOrNull(grades),
    maker: part.manufacturer ?? 'generic',
    partNumber: part.partNumber ?? null,
    unverified: part.provenance.unverified === true,
    // An importer's prompts say the same as the generic flags, in words a user can act on.
    unknown: prompts.length > 0 ? uniq(prompts) : uniq(unknown),
  };
}

/** Lower-case text a summary is searched by (name, id, maker, part number and every fact). */
export function summaryText(s: PartSummary): string {
  return [
    s.name,
    s.id,
    s.maker,
    s.partNumber ?? '',
    ...s.connectors,
    s.fiberType ?? '',
    s.polarity ?? '',
    s.lossGrade ?? '',
    s.origin,
  ]
    .join(' ')
    .toLowerCase();
}

/** Summaries matching every word of `query` (case-insensitive; empty query = all). */
export function searchSummaries(list: readonly PartSummary[], query: string): PartSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((s) => {
    const t = summaryText(s);
    return words.every((w) => t.includes(w));
  });
}
