/**
 * Field-test actions of the app (issue 14): reading a picked results file into an import source
 * (size checked before reading, encoding and CSV structure checked), and building the field-test
 * deliverables (test plan CSV/PDF, certification summary PDF, measured-results CSV) from what the
 * analysis worker computes (`askAbout`: plan rows, the summary, the results CSV).
 */
import type { Design } from '../core/design';
import { decodeResultsBytes, readResultsTable, sizeProblem } from '../io/testResults/readResultsFile';
import { pageUrl } from '../portmap/navigation';
import { askAbout } from '../store/analysisAsk';
import { downloadBytes, downloadText, exportFileName } from './download';
import type { ImportSource } from './testImport/TestImportDialog';

/** A field-test deliverable. */
export type FieldExport = 'testplan-csv' | 'testplan-pdf' | 'certification-pdf' | 'results-csv';

/** The Field test menu's deliverables, in order. */
export const FIELD_EXPORTS: readonly { kind: FieldExport; label: string; hint: string; pdf: boolean }[] = [
  {
    kind: 'testplan-csv',
    label: 'Test plan CSV',
    hint: 'Per link and wavelength: labels, designed loss, the limit to test against',
    pdf: false,
  },
  {
    kind: 'testplan-pdf',
    label: 'Test plan PDF',
    hint: 'A table per row of racks; each QR code opens the link in the port map',
    pdf: true,
  },
  {
    kind: 'certification-pdf',
    label: 'Certification summary PDF',
    hint: 'Per link verdicts, totals, untested links, worst deltas',
    pdf: true,
  },
  {
    kind: 'results-csv',
    label: 'Measured results CSV',
    hint: 'Every current measurement with designed loss, delta and verdict',
    pdf: false,
  },
];

const subtitle = (d: Design): string => `${d.name} · ${new Date().toISOString().slice(0, 10)}`;

/** Builds and downloads a field-test deliverable; resolves to the file name. */
export async function runFieldExport(kind: FieldExport, d: Design): Promise<string> {
  switch (kind) {
    case 'testplan-csv': {
      const [{ testPlanCsv }, rows] = await Promise.all([
        import('../io/exports/testPlanExport'),
        askAbout(d, { kind: 'test-plan', baseUrl: pageUrl() }),
      ]);
      const name = exportFileName(d.name, 'test-plan', 'csv');
      downloadText(testPlanCsv(rows), name, 'text/csv');
      return name;
    }
    case 'testplan-pdf': {
      const [{ testPlanPdf }, rows] = await Promise.all([
        import('../io/exports/testPlanExport'),
        askAbout(d, { kind: 'test-plan', baseUrl: pageUrl() }),
      ]);
      const name = exportFileName(d.name, 'test-plan', 'pdf');
      downloadBytes(await testPlanPdf(rows, { subtitle: subtitle(d) }), name, 'application/pdf');
      return name;
    }
    case 'certification-pdf': {
      const [{ certificationPdf }, summary] = await Promise.all([
        import('../io/exports/certificationExport'),
        askAbout(d, { kind: 'certification' }),
      ]);
      const name = exportFileName(d.name, 'certification', 'pdf');
      downloadBytes(await certificationPdf(summary, { subtitle: subtitle(d) }), name, 'application/pdf');
      return name;
    }
    case 'results-csv': {
      const csv = await askAbout(d, { kind: 'measured-results' });
      const name = exportFileName(d.name, 'test-results', 'csv');
      downloadText(csv, name, 'text/csv');
      return name;
    }
  }
}

/** Reads a picked results file into an import source (size checked before reading). */
export async function readResultsFile(file: File): Promise<ImportSource> {
  const big = sizeProblem(file.size);
  if (big) return { kind: 'error', file: file.name, message: big };
  const decoded = decodeResultsBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { kind: 'error', file: file.name, message: decoded.message };
  const read = readResultsTable(decoded.text, decoded.encoding, decoded.notes);
  return read.ok
    ? { kind: 'table', file: file.name, table: read.table }
    : { kind: 'error', file: file.name, message: read.message };
}
