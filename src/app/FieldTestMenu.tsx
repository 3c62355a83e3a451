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

/**
 * The menu button, its list, the import dialog and a progress indicator while a file is read.
 * With `menu` false, the dialog and the progress only (the commands are in the toolbar's More
 * menu, on a narrow touch screen).
 */
export function FieldTestMenu({ menu = true }: { menu?: boolean }) {
  const source = useSyncExternalStore(subscribePendingImport, pendingImport);
  const reading = useSyncExternalStore(subscribePendingImport, pendingBusy);
  const progress = reading && (
    <span className="export-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {reading}
    </span>
  );
  return (
    <>
      {menu ? <CommandMenu group="Field test" label="Field test" after={progress} /> : progress}
      <TestImportDialog source={source} onClose={closePendingImport} />
    </>
  );
}
