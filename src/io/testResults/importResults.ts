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
import type { ReferenceMethod, TestResult } from '../../core/design';
import { effectiveLinkTest, linkMode, permanentLinks, type PermanentLink } from '../../core/fieldTest';
import type { Analysis } from '../../core/analysis/analyze';
import { testResultSchema } from '../designSchema';
import { linkMatcher } from './matchLinks';
import { columnLetter, type ResultsTable } from './readResultsFile';
import { RESULT_FIELDS, mappingProblems, type ResultField } from './resultColumns';
import {
  parseDate,
  parseFiber,
  parseLengthM,
  parseLossDb,
  parseMethod,
  parseNumber,
  parseWavelength,
} from './resultValues';

import { MAX_ISSUES, type ImportInput, type ImportPlan, type RowIssue } from './importPlan';
import { cleanCell, resultId } from './resultIdentity';

export { MAX_ISSUES, issueText, type ImportInput, type ImportPlan, type NearGroup, type RowIssue } from './importPlan';
export { contentHash, resultId } from './resultIdentity';
export { applyImport, type ApplyOutcome } from './applyImport';

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
    const text = cleanCell(cell(cLink));
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
    const result = cResult >= 0 ? cleanCell(cell(cResult)) : '';
    const operator = cOperator >= 0 ? cleanCell(cell(cOperator)) : '';
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
        source: cleanCell(input.source) || 'results.csv',
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

/** The field labels, for messages. */
export const FIELD_LABEL: Readonly<Record<ResultField, string>> = Object.fromEntries(
  RESULT_FIELDS.map((f) => [f.field, f.label]),
) as Record<ResultField, string>;
