/**
 * What NetBox cannot say, read from a vendor file's free text: polarity method, MPO gender,
 * fiber count per MPO, polish, fiber type, insertion loss, adapter orientation, per-port strands.
 *
 * A data table of regex → fact (`PART_FACT_RULES`, `PORT_FACT_RULES`); anything not written
 * stays absent, and the importer turns absence into `unknown` (so traces are unchecked).
 * Source: PEERS §4.1 "Semantics we must infer", §5.3 #4; REFERENCE §5.6.
 */
import type { FiberType, Polish } from '../../core/connectors';
import type { AdapterType, LossGrade } from '../../core/parts';

/** Polarity words of vendor text: TIA-568.3-E Methods A/B/C/U1/U2, or "Universal" (U1 or U2). */
export type PolarityWord = 'A' | 'B' | 'C' | 'U' | 'U1' | 'U2';

/** Facts about a whole part, each optional (absent = not written). */
export interface PartFacts {
  /** "Method B", "Universal Polarity", "Method U1". */
  readonly polarity?: PolarityWord;
  /** "Type A" / "(Type B)": a cassette's method class, or an adapter panel's TIA adapter type. */
  readonly typeLetter?: 'A' | 'B' | 'C';
  /** "Key Up to Key Up", "Key Up to Key Down". */
  readonly adapter?: Exclude<AdapterType, 'duplex' | 'unknown'>;
  /** "(Male)", "(pinned)", "unpinned", "(Female)": the module's MPO connector. */
  readonly gender?: 'male' | 'female';
  /** Polish written next to "LC". */
  readonly frontPolish?: Exclude<Polish, 'unknown'>;
  /** Polish written next to "MTP"/"MPO". */
  readonly rearPolish?: Exclude<Polish, 'unknown'>;
  /** Polish written without a connector word (applies to both faces when no specific one). */
  readonly polish?: Exclude<Polish, 'unknown'>;
  readonly fiberType?: FiberType;
  /** Fibers of one MPO: "MTP-8", "MTP 12 F", "MPO-24". */
  readonly mpoFibers?: number;
  /** Fibers of the whole part: "8-Strand", "24 Fibers", "144 Fibers". */
  readonly totalFibers?: number;
  /** Vendor maximum insertion loss of the whole module, dB: "0.35dB Max", "(0.90dB)". */
  readonly lossMaxDb?: number;
  /** "ULL", "Elite", "Low Loss", "Standard Loss". */
  readonly lossGrade?: Exclude<LossGrade, 'unknown'>;
  /** "mesh" or "shuffle": a fixed fiber shuffle (PEERS §5.3 #3). */
  readonly mesh?: true;
  /** "Form factor: corning-edge": slot form factor, as this tool exports it. */
  readonly formFactor?: string;
}

/** Keys of `PartFacts`. */
export type FactKey = keyof PartFacts;
type FactValue = PartFacts[FactKey];

/** One regex → fact rule. `re` must be global; `value` reads the match (undefined = ignore). */
export interface FactRule {
  readonly key: FactKey;
  readonly re: RegExp;
  readonly value: (m: RegExpExecArray) => FactValue | undefined;
}

const upper = (s: string | undefined): string => (s ?? '').toUpperCase();
const FIBER_TYPE_WORDS: Readonly<Record<string, FiberType>> = {
  OM3: 'OM3',
  OM4: 'OM4',
  OM5: 'OM5',
  OS2: 'OS2',
  OS1A: 'OS1a',
};
const POLISH_WORDS: Readonly<Record<string, Exclude<Polish, 'unknown'>>> = { UPC: 'UPC', APC: 'APC', PC: 'PC' };
const num = (s: string | undefined): number | undefined => {
  const n = Number(s);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};
const mpoCount = (s: string | undefined): number | undefined => {
  const n = num(s);
  return n !== undefined && [8, 12, 16, 24, 32].includes(n) ? n : undefined;
};

/**
 * Left edge of a token: not preceded by a letter, or preceded by a count written against it
 * ("6xOM4", "1xMTP12", "4×MDC"), which `\b` cannot see because `x` is a word character.
 */
const L = String.raw`(?:(?<![A-Za-z])|(?<=\d[x×]))`;
/** Right edge of a token: not followed by a letter or digit ("OM4," "UPC)" "OS2/APC"). */
const R = String.raw`(?![A-Za-z0-9])`;
/** Tag: a global, case-insensitive regex from raw template text with the `L`/`R` edges spliced in. */
const re = (strings: TemplateStringsArray, ...subs: string[]): RegExp =>
  new RegExp(String.raw({ raw: strings.raw }, ...subs), 'gi');

/**
 * The part-level fact table, in priority order. Rules for the same key either conflict (two
 * different values → the fact stays unknown and a `fact-conflict` finding is raised) or take
 * the first match (see `FACT_MERGE`).
 */
export const PART_FACT_RULES: readonly FactRule[] = [
  { key: 'polarity', re: /\b(?:method|type)[\s-]*(U[12])\b/gi, value: (m) => upper(m[1]) as PolarityWord },
  { key: 'polarity', re: /\buniversal\b/gi, value: () => 'U' },
  { key: 'polarity', re: /\bmethod[\s-]*([ABC])\b/gi, value: (m) => upper(m[1]) as PolarityWord },
  { key: 'typeLetter', re: /\btype[\s-]*([ABC])\b/gi, value: (m) => upper(m[1]) as 'A' | 'B' | 'C' },
  {
    key: 'adapter',
    re: /\bkey[\s-]*up\s*(?:to|\/|-|–)\s*key[\s-]*up\b|\baligned[\s-]key\b/gi,
    value: () => 'key-up-key-up',
  },
  {
    key: 'adapter',
    re: /\bkey[\s-]*up\s*(?:to|\/|-|–)\s*key[\s-]*down\b|\bopposed[\s-]key\b/gi,
    value: () => 'key-up-key-down',
  },
  { key: 'gender', re: /\b(?:female|unpinned|non[\s-]?pinned|without pins)\b/gi, value: () => 'female' },
  { key: 'gender', re: /(?<![\w-])(?:male|pinned|with pins)\b/gi, value: () => 'male' },
  // "LC", "LCD" (LC duplex), "LCQ" (LC quad) followed by its polish.
  {
    key: 'frontPolish',
    re: re`${L}LC[DQ]?${R}[^.,;:()\n]*?${L}(UPC|APC|PC)${R}`,
    value: (m) => POLISH_WORDS[upper(m[1])],
  },
  {
    key: 'rearPolish',
    re: re`${L}(?:MTP|MPO)®?(?:[\s-]?\d{1,2})?${R}[^.,;:\n]*?${L}(UPC|APC)${R}`,
    value: (m) => POLISH_WORDS[upper(m[1])],
  },
  { key: 'polish', re: re`${L}(UPC|APC)${R}`, value: (m) => POLISH_WORDS[upper(m[1])] },
  { key: 'fiberType', re: re`${L}(OM[345]|OS2|OS1a)${R}`, value: (m) => FIBER_TYPE_WORDS[upper(m[1])] },
  // "MTP-12", "1xMTP12"; a list "MTP®-8/12/24" (an adapter taking every centre-key count) reads as 12,
  // the one-row ferrule MPO-8 plugs also fit (V7, REFERENCE §1.8).
  {
    key: 'mpoFibers',
    re: re`${L}(?:MTP|MPO)®?[\s-]?((?:8|12|16|24|32)(?:\/(?:8|12|16|24|32))*)${R}`,
    value: (m) => {
      const list = (m[1] ?? '').split('/').map(Number);
      return mpoCount(String(list.length > 1 && list.includes(12) ? 12 : list[0]));
    },
  },
  { key: 'totalFibers', re: /\b(\d{1,4})[\s-]?(?:strands?|fib(?:er|re)s?|F)\b/gi, value: (m) => num(m[1]) },
  { key: 'lossMaxDb', re: /\b(\d+(?:\.\d+)?)\s*dB\s*max(?:imum)?\b/gi, value: (m) => num(m[1]) },
  {
    key: 'lossMaxDb',
    re: /\bmax(?:imum)?\.?\s*(?:IL|insertion loss|loss)?\s*[:=]?\s*(\d+(?:\.\d+)?)\s*dB\b/gi,
    value: (m) => num(m[1]),
  },
  { key: 'lossMaxDb', re: /\((\d+(?:\.\d+)?)\s*dB\)/gi, value: (m) => num(m[1]) },
  { key: 'lossGrade', re: /\bULL\b|\bultra[\s-]low[\s-]loss\b|\belite\b/gi, value: () => 'elite' },
  { key: 'lossGrade', re: /(?<!ultra[\s-])\blow[\s-]loss\b/gi, value: () => 'low-loss' },
  { key: 'lossGrade', re: /\bstandard[\s-]loss\b/gi, value: () => 'standard' },
  { key: 'lossGrade', re: /\bTIA[\s-]max(?:imum)?[\s-]loss\b/gi, value: () => 'tia-max' },
  { key: 'mesh', re: /\bmesh\b|\bshuffle\b/gi, value: () => true },
  { key: 'formFactor', re: /\bform factor:\s*([a-z0-9][a-z0-9-]{0,40})/gi, value: (m) => m[1]?.toLowerCase() },
];

/**
 * How several matches of one key combine: `conflict` (different values → unknown + finding),
 * `first` (the first rule in table order wins: "ULL" beats the family word "Low Loss") or
 * `max` (a part's total is the largest count written: "12F" module in a "48 Fibers" panel).
 */
export const FACT_MERGE: Readonly<Record<FactKey, 'conflict' | 'first' | 'max'>> = {
  polarity: 'conflict',
  typeLetter: 'conflict',
  adapter: 'conflict',
  gender: 'conflict',
  frontPolish: 'conflict',
  rearPolish: 'conflict',
  polish: 'conflict',
  fiberType: 'conflict',
  mpoFibers: 'conflict',
  totalFibers: 'max',
  lossMaxDb: 'conflict',
  lossGrade: 'first',
  mesh: 'first',
  formFactor: 'first',
};

/** Refinements: "Universal" plus "Method U1" is U1 (the specific word wins), not a conflict. */
const REFINES: Readonly<Record<string, string>> = { 'U|U1': 'U1', 'U1|U': 'U1', 'U|U2': 'U2', 'U2|U': 'U2' };

/** A fact the text states twice with different values. */
export interface FactConflict {
  readonly key: FactKey;
  readonly values: readonly string[];
}

/** Result of reading a text: facts, the phrases that gave them, and conflicts. */
export interface FactReading {
  readonly facts: PartFacts;
  /** Matched phrases per key, for provenance and lint messages. */
  readonly evidence: Readonly<Partial<Record<FactKey, readonly string[]>>>;
  readonly conflicts: readonly FactConflict[];
}

/**
 * Reads part-level facts from free text (comments, description, model, part number) with
 * `PART_FACT_RULES`. Never throws; input longer than 20 000 characters is truncated.
 */
export function readPartFacts(text: string): FactReading {
  const src = text.slice(0, 20_000);
  const values = new Map<FactKey, FactValue[]>();
  const evidence: Partial<Record<FactKey, string[]>> = {};
  for (const rule of PART_FACT_RULES) {
    rule.re.lastIndex = 0;
    for (const m of src.matchAll(rule.re)) {
      const v = rule.value(m);
      if (v === undefined) continue;
      const list = values.get(rule.key) ?? [];
      if (!list.includes(v)) list.push(v);
      values.set(rule.key, list);
      (evidence[rule.key] ??= []).push(m[0].trim());
    }
  }
  const facts: Record<string, FactValue> = {};
  const conflicts: FactConflict[] = [];
  for (const [key, list] of values) {
    if (list.length === 1 || FACT_MERGE[key] === 'first') {
      facts[key] = list[0];
      continue;
    }
    if (FACT_MERGE[key] === 'max') {
      facts[key] = Math.max(...list.map(Number));
      continue;
    }
    const refined = list.length === 2 ? REFINES[list.join('|')] : undefined;
    if (refined) facts[key] = refined as FactValue;
    else conflicts.push({ key, values: list.map(String) });
  }
  // A connector-specific polish beats the bare word; the bare word is kept only when neither is written.
  if (facts.frontPolish !== undefined || facts.rearPolish !== undefined) {
    delete facts.polish;
    delete evidence.polish;
  }
  return { facts: facts as PartFacts, evidence, conflicts };
}

/** Facts about one port, from its description/comments/label. */
export interface PortFacts {
  /** Two strands of a duplex port ("Strands 1, 12", "Strands 1-2"), in the order written. */
  readonly strands?: readonly [number, number];
  /** A strand range of an MPO port ("strands 13-24"): first and last. */
  readonly range?: readonly [number, number];
  /** Explicit A/B of a duplex port, as exported by this tool: "A=12, B=1". */
  readonly ab?: { readonly a: number; readonly b: number };
  /** "MTP-12" written on the port. */
  readonly mpoFibers?: number;
}

const STRANDS_RE = /\bstrands?\s+(\d{1,3})\s*(,|-|–|and|&|\/)\s*(\d{1,3})\b/i;
const AB_RE = /\bA\s*=\s*(\d{1,3})\s*[,;]?\s*B\s*=\s*(\d{1,3})\b/;
const PORT_MPO_RE = new RegExp(String.raw`${L}(?:MTP|MPO)®?[\s-]?(8|12|16|24|32)${R}`, 'i');

/**
 * Reads per-port facts. A hyphenated pair `a-b` with `b = a + 1` or a comma pair counts as the
 * two strands of a duplex port; any `a-b` with `b > a` is also kept as a range (MPO ports).
 */
export function readPortFacts(text: string): PortFacts {
  const src = text.slice(0, 2_000);
  const out: {
    strands?: [number, number];
    range?: [number, number];
    ab?: { a: number; b: number };
    mpoFibers?: number;
  } = {};
  const s = STRANDS_RE.exec(src);
  if (s) {
    const x = Number(s[1]);
    const y = Number(s[3]);
    const hyphen = s[2] === '-' || s[2] === '–';
    if (!hyphen || y === x + 1) out.strands = [x, y];
    if (hyphen && y > x) out.range = [x, y];
  }
  const ab = AB_RE.exec(src);
  if (ab) out.ab = { a: Number(ab[1]), b: Number(ab[2]) };
  const mpo = PORT_MPO_RE.exec(src);
  if (mpo) out.mpoFibers = Number(mpo[1]);
  return out;
}
