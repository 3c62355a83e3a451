/**
 * Parsing of labels in both schemes (REFERENCE §9.2 grammar, §9.1 606-B style) and their
 * resolution against a design (GT-15):
 *
 * ```
 * port-id   := "R" rack "-P" panel ["-C" cassette] "-Port" port ["-Rear"] [":" ("A"|"B")]
 *            | "R" rack "-SW" switch "-Eth" port [":" ("A"|"B"|position)]
 * mpo-id    := "R" rack "-P" panel ["-C" cassette] "-MPO" n ["-Rear"] [":" position]
 * link-id   := port-id "/" port-id
 * 606 port  := cabinet "-" RU ":" ["C" cassette "-"] (NN | "MPO" n) ["-Rear"] ["." (A|B|position)]
 * ```
 * Numbers may carry leading zeros (`R07`, as in the GT-15 link example); matching is
 * case-insensitive. The cassette is optional only for ports built into a fixed panel (an
 * extension of §9.2, which always has one). Labels are plain text: nothing is interpreted.
 */
import type { Design, LabelScheme, PortRef } from '../design';
import { CONNECTOR_VARIANTS } from '../connectors';
import type { LabelEntry } from './labelEntry';
import { labelsFor, positionText, type LabelIndex } from './labelIndex';
import { normalizeLabel } from './labelText';
import { formatPortLabel, type PortToken } from './scheme';

/** What a label names. */
export type ParsedKind = 'rack' | 'panel' | 'switch' | 'equipment' | 'slot' | 'port' | 'mpo';

/**
 * A parsed location label. Fields a scheme does not carry are null: project labels carry
 * `rack`/`panel`/`switch`, TIA-606 labels `cabinet`/`ru` (whose role is known only from the design).
 */
export interface ParsedLocation {
  readonly kind: ParsedKind;
  readonly scheme: LabelScheme;
  /** Project rack number (`R12` → 12). */
  readonly rack: number | null;
  /** TIA-606 cabinet identifier (`AJ05`). */
  readonly cabinet: string | null;
  /** Project panel ordinal (`P1` → 1). */
  readonly panel: number | null;
  /** Project switch ordinal (`SW1` → 1). */
  readonly switch: number | null;
  /** TIA-606 rack unit of the equipment. */
  readonly ru: number | null;
  readonly cassette: number | null;
  /** Port number (`Port4`, `Eth3`, 606 `04`) or MPO number (`MPO1`, kind `mpo`). */
  readonly port: number | null;
  /** Port word as written (`Port`, `MPO`, `Eth`); 606 plain numbers are `Port` or `Eth`, so null. */
  readonly token: PortToken | null;
  /** Rear side of a pass-through adapter (`-Rear`). */
  readonly rear: boolean;
  /** One fiber of the port: `A`/`B` or an MPO position; null for the whole port. */
  readonly position: 'A' | 'B' | number | null;
}

/** A link identifier `near/far` (REFERENCE §9.2 link-id). */
export interface ParsedLink {
  readonly kind: 'link';
  readonly near: ParsedLocation;
  readonly far: ParsedLocation;
}

/** Any parsed label. */
export type ParsedLabel = ParsedLocation | ParsedLink;

/** Why a label was rejected: bad syntax, or (with a design) no such thing in it. */
export type LabelErrorCode =
  'syntax' | 'no-such-rack' | 'no-such-equipment' | 'no-such-slot' | 'empty-slot' | 'no-such-port' | 'bad-position';

/** Outcome of parsing (and, with a design, resolving) one label. */
export type LabelParse =
  | {
      readonly ok: true;
      readonly label: ParsedLabel;
      /** Resolved entries in the design (one, two for a link); empty without a design. */
      readonly entries: readonly LabelEntry[];
      /** Resolved ports (for port, mpo and link labels); empty without a design. */
      readonly refs: readonly PortRef[];
    }
  | { readonly ok: false; readonly code: LabelErrorCode; readonly error: string; readonly label: ParsedLabel | null };

const N = '0*([1-9]\\d*)';
const RU = '0*(\\d+)';
const CAB = '([A-Z0-9]+(?:[-.][A-Z0-9]+)*)';
const POS = '([AB]|\\d+)';
const PROJECT_PORT = new RegExp(`^R${N}-(P|SW)${N}(?:-C${N})?-(PORT|MPO|ETH)${N}(-REAR)?(?::${POS})?$`);
const PROJECT_LOC = new RegExp(`^R${N}(?:-(P|SW)${N}(?:-C${N})?)?$`);
const TIA_PORT = new RegExp(`^${CAB}-${RU}:(?:C${N}-)?(MPO)?${N}(-REAR)?(?:\\.${POS})?$`);
const TIA_SLOT = new RegExp(`^${CAB}-${RU}:C${N}$`);
const TIA_EQUIPMENT = new RegExp(`^${CAB}-${RU}$`);
const TIA_RACK = new RegExp(`^${CAB}$`);
const PROJECT_LIKE = /^R\d+-(?:P|SW)\d/;

const BLANK: Omit<ParsedLocation, 'kind' | 'scheme'> = {
  rack: null,
  cabinet: null,
  panel: null,
  switch: null,
  ru: null,
  cassette: null,
  port: null,
  token: null,
  rear: false,
  position: null,
};

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const pos = (s: string | undefined): 'A' | 'B' | number | null =>
  s === undefined ? null : s === 'A' || s === 'B' ? s : Number(s);
const TOKEN: Readonly<Record<string, PortToken>> = { PORT: 'Port', MPO: 'MPO', ETH: 'Eth' };

/** Parses one location label (no "/"), or returns null on a syntax error. */
function parseLocation(raw: string): ParsedLocation | null {
  const t = normalizeLabel(raw);
  let m = PROJECT_PORT.exec(t);
  if (m) {
    const [, rack, role, ord, cas, tok, n, rear, p] = m;
    const token = TOKEN[tok as string] as PortToken;
    if ((role === 'SW') !== (token === 'Eth') || (role === 'SW' && cas !== undefined)) return null;
    if (token === 'Port' && p !== undefined && p !== 'A' && p !== 'B') return null;
    return {
      ...BLANK,
      kind: token === 'MPO' ? 'mpo' : 'port',
      scheme: 'project',
      rack: num(rack),
      panel: role === 'P' ? num(ord) : null,
      switch: role === 'SW' ? num(ord) : null,
      cassette: num(cas),
      port: num(n),
      token,
      rear: rear !== undefined,
      position: pos(p),
    };
  }
  m = PROJECT_LOC.exec(t);
  if (m) {
    const [, rack, role, ord, cas] = m;
    if (role === 'SW' && cas !== undefined) return null;
    const kind: ParsedKind = cas !== undefined ? 'slot' : role === 'P' ? 'panel' : role === 'SW' ? 'switch' : 'rack';
    return {
      ...BLANK,
      kind,
      scheme: 'project',
      rack: num(rack),
      panel: role === 'P' ? num(ord) : null,
      switch: role === 'SW' ? num(ord) : null,
      cassette: num(cas),
    };
  }
  m = TIA_PORT.exec(t);
  if (m) {
    const [, cab, ru, cas, mpo, n, rear, p] = m;
    return {
      ...BLANK,
      kind: mpo ? 'mpo' : 'port',
      scheme: 'tia-606',
      cabinet: cab ?? null,
      ru: num(ru),
      cassette: num(cas),
      port: num(n),
      token: mpo ? 'MPO' : null,
      rear: rear !== undefined,
      position: pos(p),
    };
  }
  m = TIA_SLOT.exec(t);
  if (m)
    return { ...BLANK, kind: 'slot', scheme: 'tia-606', cabinet: m[1] ?? null, ru: num(m[2]), cassette: num(m[3]) };
  // A malformed project label (`R12-P1-C3-Port`) must not pass as a TIA-606 cabinet or RU id.
  if (PROJECT_LIKE.test(t)) return null;
  m = TIA_EQUIPMENT.exec(t);
  if (m) return { ...BLANK, kind: 'equipment', scheme: 'tia-606', cabinet: m[1] ?? null, ru: num(m[2]) };
  m = TIA_RACK.exec(t);
  if (m) return { ...BLANK, kind: 'rack', scheme: 'tia-606', cabinet: m[1] ?? null };
  return null;
}

/** Canonical text of a parsed location without its fiber position, in its own scheme. */
export function canonicalText(l: ParsedLocation): string {
  if (l.scheme === 'project') {
    const eq = l.panel !== null ? `-P${l.panel}` : l.switch !== null ? `-SW${l.switch}` : '';
    const cas = l.cassette !== null ? `-C${l.cassette}` : '';
    const port = l.port !== null ? `-${l.token}${l.port}${l.rear ? '-Rear' : ''}` : '';
    return `R${l.rack}${eq}${cas}${port}`;
  }
  if (l.kind === 'rack') return l.cabinet ?? '';
  const eq = `${l.cabinet}-${String(l.ru).padStart(2, '0')}`;
  if (l.kind === 'equipment') return eq;
  if (l.kind === 'slot') return `${eq}:C${l.cassette}`;
  const field = l.token === 'MPO' ? `MPO${l.port}` : String(l.port).padStart(2, '0');
  return `${eq}:${l.cassette !== null ? `C${l.cassette}-` : ''}${field}${l.rear ? '-Rear' : ''}`;
}

/** The entry of one of `kinds` whose identifier in `scheme` is `text` (normalised). */
function lookup(
  index: LabelIndex,
  scheme: LabelScheme,
  text: string,
  kinds: readonly LabelEntry['kind'][],
): LabelEntry | undefined {
  const key = normalizeLabel(text);
  return index.byText
    .get(key)
    ?.find((e) => kinds.includes(e.kind) && normalizeLabel(scheme === 'project' ? e.project : e.tia606) === key);
}

/** The parent chain of a location, most specific first, for "which part is missing" errors. */
function parents(
  l: ParsedLocation,
): { text: string; kinds: LabelEntry['kind'][]; code: LabelErrorCode; what: string }[] {
  const up = (patch: Partial<ParsedLocation>): string => canonicalText({ ...l, ...patch });
  const out: { text: string; kinds: LabelEntry['kind'][]; code: LabelErrorCode; what: string }[] = [];
  if (l.cassette !== null)
    out.push({
      text: up({ kind: 'slot', port: null, token: null, rear: false }),
      kinds: ['slot'],
      code: 'no-such-slot',
      what: 'slot',
    });
  if (l.panel !== null || l.switch !== null || l.ru !== null)
    out.push({
      text: up({ kind: 'equipment', cassette: null, port: null, token: null, rear: false }),
      kinds: ['panel', 'switch'],
      code: 'no-such-equipment',
      what: 'panel or switch',
    });
  out.push({
    text: l.scheme === 'project' ? `R${l.rack}` : (l.cabinet ?? ''),
    kinds: ['rack'],
    code: 'no-such-rack',
    what: 'rack',
  });
  return out;
}

/** Explains why a location is not in the design: the first missing level from the top. */
function explainMissing(index: LabelIndex, design: Design, l: ParsedLocation, text: string): LabelParse {
  const chain = parents(l).reverse();
  for (const level of chain) {
    if (!lookup(index, l.scheme, level.text, level.kinds))
      return { ok: false, code: level.code, error: `${text}: no ${level.what} ${level.text} in the design`, label: l };
  }
  if (l.cassette !== null && l.port !== null) {
    const slot = lookup(index, l.scheme, chain[chain.length - 1]?.text ?? '', ['slot']);
    const mod = slot?.device
      ? Object.values(design.devices).find(
          (d) =>
            d.placement.kind === 'slot' &&
            d.placement.parent === slot.device &&
            index.slots.get(`${slot.device}#${d.placement.slot}`) === slot,
        )
      : undefined;
    if (!mod)
      return { ok: false, code: 'empty-slot', error: `${text}: slot ${slot?.text ?? ''} holds no module`, label: l };
    const same = [...index.ports.values()].filter(
      (e) =>
        e.device === mod.id && e.parts !== null && (l.token === null || e.parts.token === l.token) && !e.parts.rear,
    );
    const max = same.reduce((m, e) => Math.max(m, e.parts?.index ?? 0), 0);
    const word = l.token === 'MPO' ? 'MPO ports' : 'ports';
    return {
      ok: false,
      code: 'no-such-port',
      error: `${text}: ${mod.name} has ${word} 1–${max}; ${l.token ?? 'port'} ${l.port} does not exist`,
      label: l,
    };
  }
  return { ok: false, code: 'no-such-port', error: `${text}: no such port in the design`, label: l };
}

/** Resolves one location against the label index of a design. */
function resolve(index: LabelIndex, design: Design, l: ParsedLocation, text: string): LabelParse {
  const kinds: Readonly<Record<ParsedKind, LabelEntry['kind'][]>> = {
    rack: ['rack'],
    panel: ['panel'],
    switch: ['switch'],
    equipment: ['panel', 'switch'],
    slot: ['slot'],
    port: ['port'],
    mpo: ['port'],
  };
  let e = lookup(index, l.scheme, canonicalText(l), kinds[l.kind]);
  // A TIA-606 cabinet named like `RACK-1` also parses as equipment at RU 1: try the cabinet.
  if (!e && l.kind === 'equipment') e = lookup(index, l.scheme, text, ['rack']);
  if (!e) return explainMissing(index, design, l, text);
  if (l.position !== null && e.port) {
    const variant = e.variant;
    const info = variant ? CONNECTOR_VARIANTS[variant] : null;
    const n = typeof l.position === 'number' ? l.position : l.position === 'A' ? 1 : 2;
    const duplex = info !== null && info.family !== 'mpo' && info.rowWidth === 2;
    const fits =
      info === null ||
      (duplex ? typeof l.position === 'string' : typeof l.position === 'number' && info.positions.includes(n));
    if (!fits)
      return {
        ok: false,
        code: 'bad-position',
        error: `${text}: ${l.position} is not a position of a ${info?.name ?? 'this'} port${duplex ? ' (A or B)' : ''}`,
        label: l,
      };
  }
  return { ok: true, label: l, entries: [e], refs: e.port ? [e.port] : [] };
}

/**
 * Parses a label of either scheme and, when `design` is given, resolves it to the thing it names
 * (GT-15): `R12-P1-C3-Port4` → rack 12, panel 1, cassette 3, port 4; `…-Port4:B` adds position B;
 * `R12-P1-C3-MPO1` is rear array port 1; `a/b` is a link (near, far). With a design, a label whose
 * rack, panel, slot, module or port is missing is rejected with the first missing level, e.g.
 * `R12-P1-C3-Port7` on a 12-fiber cassette → `no-such-port` ("ports 1–6"). Never throws.
 * Source: REFERENCE §9.2 (CONVENTION), §9.1 [S52], §10 GT-15.
 */
export function parseLabel(text: string, design?: Design): LabelParse {
  const parts = text.split('/');
  if (parts.length > 2)
    return { ok: false, code: 'syntax', error: `${text}: a link has exactly one "/" (near/far)`, label: null };
  const locs = parts.map(parseLocation);
  const bad = locs.findIndex((l) => l === null);
  if (bad >= 0)
    return {
      ok: false,
      code: 'syntax',
      error: `${parts[bad]?.trim() || text} is not a label of the project (R12-P1-C3-Port4) or TIA-606 (AJ05-14:C3-04) scheme`,
      label: null,
    };
  const [near, far] = locs as ParsedLocation[];
  if (!near) return { ok: false, code: 'syntax', error: 'empty label', label: null };
  if (far && (!isPort(near) || !isPort(far)))
    return { ok: false, code: 'syntax', error: `${text}: both ends of a link must be ports`, label: null };
  const label: ParsedLabel = far ? { kind: 'link', near, far } : near;
  if (!design) return { ok: true, label, entries: [], refs: [] };
  const index = labelsFor(design);
  const results = (far ? [near, far] : [near]).map((l, i) => resolve(index, design, l, parts[i]?.trim() ?? text));
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { ...failed, label };
  const entries = results.flatMap((r) => (r.ok ? r.entries : []));
  return { ok: true, label, entries, refs: entries.flatMap((e) => (e.port ? [e.port] : [])) };
}

const isPort = (l: ParsedLocation): boolean => l.kind === 'port' || l.kind === 'mpo';

/**
 * Formats a parsed port back to text in `scheme`, when the design places it (e.g. converting a
 * project id to its TIA-606 id): looks the port up and formats its parts. Returns null when the
 * label does not resolve. Source: REFERENCE §9.2 ("never parse one from the other without a site
 * table": the design is the site table).
 */
export function convertLabel(text: string, design: Design, scheme: LabelScheme): string | null {
  const r = parseLabel(text, design);
  if (!r.ok || r.label.kind === 'link') return null;
  const e = r.entries[0];
  if (!e) return null;
  const position = r.label.position;
  if (!e.parts) return scheme === 'project' ? e.project : e.tia606;
  const p =
    position === null
      ? null
      : positionText(e.variant, typeof position === 'number' ? position : position === 'A' ? 1 : 2);
  return formatPortLabel(scheme, e.parts, p);
}
