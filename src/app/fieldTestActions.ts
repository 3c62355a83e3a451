/**
 * Field-test actions of the app (issue 14): reading a picked results file into an import source
 * (size checked before reading, encoding and CSV structure checked), and building the field-test
 * deliverables (test plan CSV/PDF, certification summary PDF, measured-results CSV).
 */
import { own } from '../core/own';
import type { Design } from '../core/design';
import { decodeResultsBytes, readResultsTable, sizeProblem } from '../io/testResults/readResultsFile';
import { pageUrl } from '../portmap/navigation';
import { analysisOf } from '../store/selectors';
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
  const core = await import('../core/fieldTest');
  const a = analysisOf(d);
  switch (kind) {
    case 'testplan-csv': {
      const { testPlanCsv } = await import('../io/exports/testPlanExport');
      const name = exportFileName(d.name, 'test-plan', 'csv');
      downloadText(testPlanCsv(core.testPlan(a, { channels: true, baseUrl: pageUrl() })), name, 'text/csv');
      return name;
    }
    case 'testplan-pdf': {
      const { testPlanPdf } = await import('../io/exports/testPlanExport');
      const name = exportFileName(d.name, 'test-plan', 'pdf');
      const rows = core.testPlan(a, { channels: true, baseUrl: pageUrl() });
      downloadBytes(await testPlanPdf(rows, { subtitle: subtitle(d) }), name, 'application/pdf');
      return name;
    }
    case 'certification-pdf': {
      const { certificationPdf } = await import('../io/exports/certificationExport');
      const name = exportFileName(d.name, 'certification', 'pdf');
      const rowOf = (o: { link: { near: { rack: string | null } } }) =>
        (o.link.near.rack ? own(d.racks, o.link.near.rack)?.row : undefined) ?? '';
      const summary = core.certificationSummary(core.measuredOutcomes(a), rowOf);
      downloadBytes(await certificationPdf(summary, { subtitle: subtitle(d) }), name, 'application/pdf');
      return name;
    }
    case 'results-csv': {
      const { resultsCsv } = await import('../io/exports/certificationExport');
      const name = exportFileName(d.name, 'test-results', 'csv');
      downloadText(resultsCsv(core.measuredOutcomes(a)), name, 'text/csv');
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
