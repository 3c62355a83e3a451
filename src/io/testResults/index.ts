/**
 * Importing field-test results (issue 14 §3, §5, §6): read a tester export (encoding, CSV,
 * papaparse), map its columns (presets, synonyms, remembered mappings), parse its cells, match
 * rows to permanent links, plan and apply the import as one step.
 */
import type { Analysis } from '../../core/analysis/analyze';
import { planImport, type ImportPlan } from './importResults';
import { decodeResultsBytes, readResultsTable, sizeProblem, type ResultsTable } from './readResultsFile';
import { EMPTY_MEMORY, suggestMapping, type MappingMemory, type MappingSuggestion } from './resultColumns';

export * from './importResults';
export * from './matchLinks';
export * from './readResultsFile';
export * from './resultColumns';
export * from './resultValues';

/** The outcome of reading and planning a results file in one go. */
export type ResultsFileOutcome =
  | {
      readonly ok: true;
      readonly table: ResultsTable;
      readonly suggestion: MappingSuggestion;
      readonly plan: ImportPlan;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a results file (bytes), suggests its mapping (from `memory`, presets and synonyms) and
 * plans its import against `analysis` — what the command line does, and what the import dialog
 * shows before the user adjusts the mapping. Never throws.
 */
export function readAndPlan(
  analysis: Analysis,
  bytes: Uint8Array,
  source: string,
  importedAt: string,
  memory: MappingMemory = EMPTY_MEMORY,
): ResultsFileOutcome {
  const big = sizeProblem(bytes.length);
  if (big) return { ok: false, message: big };
  const decoded = decodeResultsBytes(bytes);
  if (!decoded.ok) return decoded;
  const read = readResultsTable(decoded.text, decoded.encoding, decoded.notes);
  if (!read.ok) return read;
  const suggestion = suggestMapping(read.table.headers, memory);
  const plan = planImport(analysis, { table: read.table, mapping: suggestion.mapping, source, importedAt });
  return { ok: true, table: read.table, suggestion, plan };
}
