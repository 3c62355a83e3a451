/**
 * The import of tester results (issue 14 §3, §5, §6): a parsed table and a confirmed column
 * mapping become validated `TestResult` records matched to the design's permanent links.
 *
 * `planImport` reads every row and reports, without changing anything: the records matched
 * exactly, the near matches awaiting confirmation (grouped by the text written), unmatched rows,
 * rows already in the design (re-import is idempotent: a record's id is a hash of its content),
 * rows repeated in the file, and every bad cell with its row and column. `applyImport` then
 * applies the whole plan as one new design (one undo step) — or nothing when the plan has errors.
 * Nothing is ever half-imported.
 */
import type { Design, ReferenceMethod, TestResult } from '../../core/design';
import { effectiveLinkTest, linkMode, permanentLinks, type PermanentLink } from '../../core/fieldTest';
import type { Analysis } from '../../core/analysis/analyze';
import { testResultSchema } from '../designSchema';
import { linkMatcher } from './matchLinks';
import { columnLetter, type ResultsTable } from './readResultsFile';
import { RESULT_FIELDS, mappingProblems, type ResultField, type ResultMapping } from './resultColumns';
import {
  parseDate,
  parseFiber,
  parseLengthM,
  parseLossDb,
  parseMethod,
  parseNumber,
  parseWavelength,
} from './resultValues';

/** A problem with a cell or a row: spreadsheet row (header = 1), column, message. */
export interface RowIssue {
  readonly row: number | null;
  /** `C "Loss (dB)"`, or null for a row-level or file-level problem. */
  readonly column: string | null;
  readonly message: string;
}

/** Results of one text that matched a link only nearly: the user confirms or rejects them together. */
export interface NearGroup {
  readonly text: string;
  readonly link: PermanentLink;
  readonly why: string;
  readonly rows: readonly number[];
  readonly records: readonly TestResult[];
}

/** What an import would do. */
export interface ImportPlan {
  readonly source: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly notes: readonly string[];
  readonly rows: number;
  /** Blocking problems (the plan cannot be applied while there is one). */
  readonly errors: readonly RowIssue[];
  readonly warnings: readonly RowIssue[];
  /** New records of exactly matched rows. */
  readonly exact: readonly TestResult[];
  readonly near: readonly NearGroup[];
  readonly unmatched: readonly { readonly text: string; readonly rows: readonly number[] }[];
  /** Rows whose result is already in the design. */
  readonly already: number;
  /** Rows repeating an earlier row of the same file. */
  readonly duplicates: number;
  /** Links with no result in the design nor among the exact matches (a confirmed near match covers its link). */
  readonly untested: readonly PermanentLink[];
}

/** What `planImport` needs. */
export interface ImportInput {
  readonly table: ResultsTable;
  readonly mapping: ResultMapping;
  /** Source name (file name). */
  readonly source: string;
  /** Import time, ISO 8601. */
  readonly importedAt: string;
}

/** Most issues listed of each kind (the count of the rest is given). */
export const MAX_ISSUES = 200;

/** A 64-bit FNV-1a hash of a string as 16 hex digits (two 32-bit lanes with different offsets). */
export function contentHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The id of a result: a hash of what was measured (link, fiber, wavelength, loss, method, date, length, far position). */
export function resultId(r: Omit<TestResult, 'id'>): string {
  return `tr-${contentHash(JSON.stringify([r.link, r.fiber, r.wavelengthNm, r.lossDb, r.referenceMethod, r.testedAt ?? '', r.lengthM ?? '', r.farPosition ?? '']))}`;
}

/** Text of a cell as stored: control characters (U+0000–U+001F, U+007F) become spaces; at most `max` characters. */
const clean = (s: string, max = 500): string =>
  Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 || c === 0x7f ? ' ' : ch;
  })
    .join('')
    .trim()
    .slice(0, max);

/** Plans the import of a table (see the module docs). Pure; never throws. */
export function planImport(analysis: Analysis, input: ImportInput): ImportPlan {
  const { table, mapping } = input;
  const design = analysis.index.design;
  const pl = permanentLinks(analysis);
  const match = linkMatcher(pl);
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  let moreErrors = 0;
  const err = (row: number | null, col: number | null, message: string) => {
    if (errors.length >= MAX_ISSUES) moreErrors += 1;
    else errors.push({ row, column: col === null ? null : colName(col), message });
  };
  const warn = (row: number | null, col: number | null, message: string) => {
    if (warnings.length < MAX_ISSUES) warnings.push({ row, column: col === null ? null : colName(col), message });
  };
  const colName = (i: number) => `${columnLetter(i)} "${table.headers[i] ?? ''}"`;
  for (const p of mappingProblems(mapping)) err(null, null, p);
  const colOf = (f: ResultField) => mapping.columns.findIndex((c) => c.field === f);
  const byWavelength = (f: ResultField) =>
    mapping.columns.flatMap((c, i) =>
      c.field === f && c.wavelengthNm !== undefined ? [{ i, nm: c.wavelengthNm }] : [],
    );
  const cLink = colOf('link');
  const cFiber = colOf('fiber');
  const cNm = colOf('wavelength');
  const cLossPlain = mapping.columns.findIndex((c) => c.field === 'loss' && c.wavelengthNm === undefined);
  const cLimitPlain = mapping.columns.findIndex((c) => c.field === 'limit' && c.wavelengthNm === undefined);
  const cMarginPlain = mapping.columns.findIndex((c) => c.field === 'margin' && c.wavelengthNm === undefined);
  const lossWide = byWavelength('loss');
  const limitWide = byWavelength('limit');
  const marginWide = byWavelength('margin');
  const cLength = colOf('length');
  const cMethod = colOf('method');
  const cFar = colOf('farPosition');
  const cResult = colOf('result');
  const cDate = colOf('date');
  const cOperator = colOf('operator');
  const decimalComma = table.delimiter !== ',';
  if (errors.length > 0) return emptyPlan(input, table, errors, pl.links);

  const exact: TestResult[] = [];
  const near = new Map<
    string,
    { text: string; link: PermanentLink; why: string; rows: number[]; records: TestResult[] }
  >();
  const unmatched = new Map<string, number[]>();
  const seen = new Map<string, number>();
  const sameSlot = new Map<string, { row: number; id: string }>();
  let already = 0;
  let duplicates = 0;
  let commaNoted = false;
  const existing = design.testResults ?? {};

  for (const { row, cells } of table.rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const text = clean(cell(cLink));
    if (text === '') {
      err(row, cLink, 'empty link ID');
      continue;
    }
    const m = match(text);
    if (m.kind === 'none' || !m.link) {
      const list = unmatched.get(text);
      if (list) list.push(row);
      else unmatched.set(text, [row]);
      continue;
    }
    const link = m.link;
    const duplex = link.near.variant !== null && !link.near.variant.startsWith('mpo');
    const nearNames = new Set(link.fibers.map((f) => f.fiber));
    const toNearName = (d: string): string => (duplex && (d === '1' || d === '2') ? (d === '1' ? 'A' : 'B') : d);
    // Fiber and far position, in our orientation (the near end sorts first).
    let fiber = '*';
    let farPosition: string | undefined;
    const fiberCell = cFiber >= 0 ? parseFiber(cell(cFiber)) : ({ ok: true, value: '*' } as const);
    if (!fiberCell.ok) {
      err(row, cFiber, fiberCell.message);
      continue;
    }
    let far: string | undefined;
    if (cFar >= 0 && cell(cFar).trim() !== '') {
      const f = parseFiber(cell(cFar));
      if (!f.ok || f.value === '*') {
        err(row, cFar, f.ok ? 'a far position needs a value' : f.message);
        continue;
      }
      far = toNearName(f.value);
    }
    const named = fiberCell.value === '*' ? '*' : toNearName(fiberCell.value);
    if (named !== '*') {
      if (!m.reversed) {
        fiber = named;
        farPosition = far;
      } else if (far !== undefined) {
        fiber = far;
        farPosition = named;
      } else {
        const f = link.fibers.find((x) => x.farFiber === named);
        fiber = f ? f.fiber : `?${named}`;
      }
      if (!nearNames.has(fiber)) {
        err(row, cFiber, `fiber ${named} is not a fiber of ${link.label} (fibers ${[...nearNames].join(', ')})`);
        continue;
      }
    } else if (far !== undefined) {
      err(row, cFar, 'a far position needs the fiber it belongs to (the Fiber column is empty)');
      continue;
    }
    // Shared cells.
    let lengthM: number | undefined;
    if (cLength >= 0 && cell(cLength).trim() !== '') {
      const v = parseLengthM(cell(cLength), mapping.lengthUnit);
      if (!v.ok) {
        err(row, cLength, v.message);
        continue;
      }
      lengthM = Math.round(v.value * 1000) / 1000;
    }
    const settings = effectiveLinkTest(design, link.key, linkMode(link));
    let method: ReferenceMethod = settings.method;
    if (cMethod >= 0 && cell(cMethod).trim() !== '') {
      const v = parseMethod(cell(cMethod));
      if (!v.ok) {
        err(row, cMethod, v.message);
        continue;
      }
      method = v.value;
    }
    let testedAt: string | undefined;
    if (cDate >= 0 && cell(cDate).trim() !== '') {
      const v = parseDate(cell(cDate), mapping.dateOrder);
      if (!v.ok) {
        err(row, cDate, v.message);
        continue;
      }
      testedAt = v.value;
    }
    const result = cResult >= 0 ? clean(cell(cResult)) : '';
    const operator = cOperator >= 0 ? clean(cell(cOperator)) : '';
    // One measurement per loss column (a wide row carries several wavelengths).
    const measurements: { nm: number; lossCol: number; limitCol: number; marginCol: number }[] = [];
    if (cLossPlain >= 0) {
      const nm = parseWavelength(cell(cNm));
      if (!nm.ok) {
        err(row, cNm, nm.message === 'empty' ? 'empty wavelength' : nm.message);
        continue;
      }
      measurements.push({ nm: nm.value, lossCol: cLossPlain, limitCol: cLimitPlain, marginCol: cMarginPlain });
    }
    for (const w of lossWide) {
      if (cell(w.i).trim() === '') continue;
      measurements.push({
        nm: w.nm,
        lossCol: w.i,
        limitCol: limitWide.find((x) => x.nm === w.nm)?.i ?? -1,
        marginCol: marginWide.find((x) => x.nm === w.nm)?.i ?? -1,
      });
    }
    if (measurements.length === 0) {
      err(row, lossWide[0]?.i ?? null, 'no loss on this row');
      continue;
    }
    for (const ms of measurements) {
      const loss = parseLossDb(cell(ms.lossCol));
      if (!loss.ok) {
        err(row, ms.lossCol, loss.message === 'empty' ? 'empty loss' : loss.message);
        continue;
      }
      if (loss.note?.includes('decimal comma') && !commaNoted) {
        commaNoted = true;
        warn(row, ms.lossCol, `decimal comma read as a decimal point ("${cell(ms.lossCol).trim()}" = ${loss.value})`);
      }
      const num = (col: number): number | undefined | null => {
        if (col < 0 || cell(col).trim() === '') return undefined;
        const v = parseNumber(cell(col).replace(/\s*dB\s*$/i, ''), decimalComma);
        if (!v.ok) {
          err(row, col, v.message);
          return null;
        }
        return v.value;
      };
      const testerLimitDb = num(ms.limitCol);
      const testerMarginDb = num(ms.marginCol);
      if (testerLimitDb === null || testerMarginDb === null) continue;
      const body: Omit<TestResult, 'id'> = {
        recordVersion: 1,
        link: link.key,
        linkLabel: text,
        fiber,
        wavelengthNm: ms.nm,
        lossDb: loss.value,
        referenceMethod: method,
        ...(lengthM === undefined ? {} : { lengthM }),
        ...(farPosition === undefined ? {} : { farPosition }),
        ...(testerLimitDb === undefined ? {} : { testerLimitDb }),
        ...(testerMarginDb === undefined ? {} : { testerMarginDb }),
        ...(result ? { testerResult: result } : {}),
        ...(testedAt === undefined ? {} : { testedAt }),
        ...(operator ? { operator } : {}),
        source: clean(input.source) || 'results.csv',
        row,
        importedAt: input.importedAt,
      };
      const id = resultId(body);
      const record: TestResult = { id, ...body };
      const valid = testResultSchema.safeParse(record);
      if (!valid.success) {
        const issue = valid.error.issues[0];
        err(row, ms.lossCol, `not a valid result: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        duplicates += 1;
        warn(row, null, `repeats row ${first}: imported once`);
        continue;
      }
      seen.set(id, row);
      const slot = `${link.key}|${fiber}|${ms.nm}|${testedAt ?? ''}`;
      const prev = sameSlot.get(slot);
      if (prev)
        warn(
          row,
          ms.lossCol,
          `row ${prev.row} has another result for fiber ${fiber} at ${ms.nm} nm${testedAt ? ` on ${testedAt}` : ''}: this later row is current, the other is kept as history`,
        );
      sameSlot.set(slot, { row, id });
      if (Object.hasOwn(existing, id)) {
        already += 1;
        continue;
      }
      if (m.kind === 'exact') exact.push(record);
      else {
        const g = near.get(text) ?? { text, link, why: m.why, rows: [], records: [] };
        if (!g.rows.includes(row)) g.rows.push(row);
        g.records.push(record);
        near.set(text, g);
      }
    }
  }
  if (moreErrors > 0) errors.push({ row: null, column: null, message: `… and ${moreErrors} more problems` });
  const covered = new Set<string>([...Object.values(existing).map((r) => r.link), ...exact.map((r) => r.link)]);
  return {
    ...emptyPlan(
      input,
      table,
      errors,
      pl.links.filter((l) => !covered.has(l.key)),
    ),
    warnings,
    exact,
    near: [...near.values()],
    unmatched: [...unmatched].map(([text, rows]) => ({ text, rows })),
    already,
    duplicates,
  };
}

function emptyPlan(
  input: ImportInput,
  table: ResultsTable,
  errors: RowIssue[],
  links: readonly PermanentLink[],
): ImportPlan {
  return {
    source: input.source,
    encoding: table.encoding,
    delimiter: table.delimiter,
    notes: table.notes,
    rows: table.rows.length,
    errors,
    warnings: [],
    exact: [],
    near: [],
    unmatched: [],
    already: 0,
    duplicates: 0,
    untested: links,
  };
}

/** The outcome of applying a plan. */
export type ApplyOutcome =
  | { readonly ok: true; readonly design: Design; readonly added: number }
  | { readonly ok: false; readonly message: string };

/**
 * Applies a plan: the exact records plus the near groups whose text is in `confirmed`, all at
 * once, as a new design (the caller records one undo step). Refused when the plan has errors:
 * nothing is half-imported. Returns the same design object when nothing is new (idempotent).
 */
export function applyImport(
  design: Design,
  plan: ImportPlan,
  confirmed: ReadonlySet<string> = new Set(),
): ApplyOutcome {
  if (plan.errors.length > 0)
    return {
      ok: false,
      message: `nothing imported: ${plan.errors.length} problem${plan.errors.length > 1 ? 's' : ''} in ${plan.source} (first: ${issueText(plan.errors[0] as RowIssue)})`,
    };
  const add = [...plan.exact, ...plan.near.filter((g) => confirmed.has(g.text)).flatMap((g) => g.records)];
  const existing = design.testResults ?? {};
  const fresh = add.filter((r) => !Object.hasOwn(existing, r.id));
  if (fresh.length === 0) return { ok: true, design, added: 0 };
  const testResults: Record<string, TestResult> = { ...existing };
  for (const r of fresh) testResults[r.id] = r;
  return { ok: true, design: { ...design, testResults }, added: fresh.length };
}

/** An issue as one line: `row 7, column C "Loss (dB)": "1,2,3" is not a number`. */
export function issueText(i: RowIssue): string {
  const where = [i.row === null ? '' : `row ${i.row}`, i.column === null ? '' : `column ${i.column}`]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}

/** The field labels, for messages. */
export const FIELD_LABEL: Readonly<Record<ResultField, string>> = Object.fromEntries(
  RESULT_FIELDS.map((f) => [f.field, f.label]),
) as Record<ResultField, string>;
