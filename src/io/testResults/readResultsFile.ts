/**
 * Reading a tester export into a table (issue 14 §3, §6): size limit before reading, encoding
 * detection (UTF-8 with or without BOM, UTF-16 LE/BE, else Windows-1252 with a note), CSV
 * parsing with papaparse and delimiter detection (`,` `;` tab `|`), and the structural problems a
 * technician meets: an empty file, a header without rows, one column only (wrong delimiter), a
 * row with more cells than the header, an Excel workbook instead of CSV. Every message names the
 * row (spreadsheet numbering: the header is row 1) and, where it applies, the column.
 */
import Papa from 'papaparse';

/** Largest results file read, bytes (20 MB: about 200,000 result rows). */
export const MAX_RESULTS_BYTES = 20 * 1024 * 1024;

/** A data row: its spreadsheet row number and its cells (as text, untrimmed). */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A parsed results table. */
export interface ResultsTable {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  /** The delimiter found (`,` `;` `\t` `|`). */
  readonly delimiter: string;
  readonly encoding: string;
  /** Things worth telling the user (e.g. "not UTF-8: read as Windows-1252"). */
  readonly notes: readonly string[];
}

/** The outcome of reading a file. */
export type ReadOutcome =
  { readonly ok: true; readonly table: ResultsTable } | { readonly ok: false; readonly message: string };

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** The refusal of a file over the size limit, or null. Checked before the file is read. */
export function sizeProblem(bytes: number, limit = MAX_RESULTS_BYTES): string | null {
  return bytes > limit
    ? `the file is ${mb(bytes)}; the limit is ${mb(limit)} (about 200,000 result rows): export fewer links per file`
    : null;
}

/** Column letter of a 0-based index, as spreadsheets name columns (A … Z, AA …). */
export function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Decodes file bytes to text: BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM (NUL
 * bytes in every other place), then strict UTF-8, else Windows-1252 with a note naming the first
 * byte that is not UTF-8. Refuses binary files (an .xlsx workbook is named as such).
 */
export function decodeResultsBytes(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: string; notes: string[] } | { ok: false; message: string } {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { ok: false, message: 'this is a ZIP file (an Excel .xlsx workbook?): save or export it as CSV first' };
  const dec = (label: string, b: Uint8Array, fatal = false) => new TextDecoder(label, { fatal }).decode(b);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: dec('utf-8', bytes.subarray(3)), encoding: 'UTF-8 (BOM)', notes: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: dec('utf-16le', bytes.subarray(2)), encoding: 'UTF-16 LE', notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: dec('utf-16be', bytes.subarray(2)), encoding: 'UTF-16 BE', notes: [] };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  if (sample.length >= 4 && (oddNul > sample.length / 4 || evenNul > sample.length / 4)) {
    const le = oddNul > evenNul;
    return {
      ok: true,
      text: dec(le ? 'utf-16le' : 'utf-16be', bytes),
      encoding: le ? 'UTF-16 LE' : 'UTF-16 BE',
      notes: [`no byte-order mark: read as ${le ? 'UTF-16 LE' : 'UTF-16 BE'}`],
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: dec('utf-8', bytes), encoding: 'UTF-8', notes: [] };
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
  return {
    ok: true,
    text: dec('windows-1252', bytes),
    encoding: 'Windows-1252',
    notes: [
      `the file is not UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} on row ${line}): read as Windows-1252 (Latin-1); check accented names`,
    ],
  };
}

/** Offset of the first byte that breaks UTF-8, or −1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Delimiters tried, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a CSV text, from its first non-blank line (the header): the candidate that
 * occurs most often outside quotes. The header decides because data rows may hold decimal
 * commas (papaparse's own guess picks `,` for `R1;1,2`).
 */
export function guessDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parses CSV text into a header row and data rows (papaparse, delimiter detected among
 * `,` `;` tab `|`). Blank rows are skipped. Refuses empty files, header-only files, single-column
 * files and rows with more cells than the header, with the row number.
 */
export function readResultsTable(text: string, encoding = 'UTF-8', notes: readonly string[] = []): ReadOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'the file is empty' };
  if (body.includes('\u0000'))
    return { ok: false, message: 'the file contains NUL characters: it is not a text (CSV) file' };
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  const quoteErr = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteErr)
    return {
      ok: false,
      message: `row ${(quoteErr.row ?? 0) + 1}: ${quoteErr.message.toLowerCase()} (a quote is opened and never closed)`,
    };
  const records = parsed.data;
  let h = 0;
  while (h < records.length && (records[h] ?? []).every((c) => c.trim() === '')) h++;
  const header = records[h];
  if (!header) return { ok: false, message: 'the file is empty' };
  const headers = header.map((c) => c.trim());
  const delimiter = parsed.meta.delimiter;
  if (headers.length < 2) {
    const guess = [';', ',', '\t', '|'].find((d) => (header[0] ?? '').includes(d));
    return {
      ok: false,
      message: guess
        ? `row ${h + 1}: only one column found although the header contains "${guess === '\t' ? 'tab' : guess}": the delimiter was not recognised (use , ; tab or |)`
        : `row ${h + 1}: only one column found ("${headers[0] ?? ''}"); a results file needs at least a link ID and a loss column`,
    };
  }
  const rows: TableRow[] = [];
  for (let i = h + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length > headers.length)
      return {
        ok: false,
        message: `row ${i + 1}: ${cells.length} cells but the header (row ${h + 1}) has ${headers.length}: a "${delimiter === '\t' ? 'tab' : delimiter}" inside a value (quote it) or a different delimiter on this row`,
      };
    rows.push({ row: i + 1, cells });
  }
  if (rows.length === 0) return { ok: false, message: `row ${h + 1} is a header with no data rows below it` };
  const extra: string[] = [];
  if (delimiter !== ',') extra.push(`delimiter "${delimiter === '\t' ? 'tab' : delimiter}" detected`);
  return { ok: true, table: { headers, rows, delimiter, encoding, notes: [...notes, ...extra] } };
}
