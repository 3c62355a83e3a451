/**
 * The toolbar's Field test menu (issue 14): the Field test commands of the command table (import
 * tester results, then the mapping and review dialog; test plan CSV/PDF per permanent link with
 * channel rows, certification summary PDF, measured-results CSV), and the import dialog. The
 * export code (papaparse, jsPDF, qrcode) loads on first use.
 */
import { useSyncExternalStore } from 'react';
import { CommandMenu } from './CommandMenu';
import { closePendingImport, pendingBusy, pendingImport, subscribePendingImport } from './testImport/pendingImport';
import { TestImportDialog } from './testImport/TestImportDialog';

/** The menu button, its list, the import dialog and a progress indicator while a file is read. */
export function FieldTestMenu() {
  const source = useSyncExternalStore(subscribePendingImport, pendingImport);
  const reading = useSyncExternalStore(subscribePendingImport, pendingBusy);
  return (
    <>
      <CommandMenu
        group="Field test"
        label="Field test"
        item={(id) => ({ 'data-field': id.slice('field:'.length) })}
        after={
          reading && (
            <span className="export-progress" role="status" aria-live="polite">
              <span className="spinner" aria-hidden="true" />
              {reading}
            </span>
          )
        }
      />
      <TestImportDialog source={source} onClose={closePendingImport} />
    </>
  );
}
