/**
 * The plan of a tester-results import (issue 14 §3, §5, §6): what `planImport` reports without
 * changing anything (exact and near matches, unmatched rows, duplicates, every bad cell with its
 * row and column) and how an issue reads as one line.
 */
import type { TestResult } from '../../core/design';
import type { PermanentLink } from '../../core/fieldTest';
import type { ResultsTable } from './readResultsFile';
import type { ResultMapping } from './resultColumns';

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
/** An issue as one line: `row 7, column C "Loss (dB)": "1,2,3" is not a number`. */
export function issueText(i: RowIssue): string {
  const where = [i.row === null ? '' : `row ${i.row}`, i.column === null ? '' : `column ${i.column}`]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}
