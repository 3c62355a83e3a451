/**
 * The toolbar's Field test menu (issue 14): import tester results (CSV; a file picker, then the
 * mapping and review dialog), and the field-test deliverables: test plan CSV/PDF (per permanent
 * link, with channel rows), certification summary PDF and measured-results CSV. The export code
 * (papaparse, jsPDF, qrcode) loads on first use.
 */
import { useState, useSyncExternalStore } from 'react';
import { designerActions, designerStore } from '../store/store';
import { FIELD_EXPORTS, runFieldExport, type FieldExport } from './fieldTestActions';
import {
  closePendingImport,
  openResultsFile,
  pendingBusy,
  pendingImport,
  subscribePendingImport,
} from './testImport/pendingImport';
import { TestImportDialog } from './testImport/TestImportDialog';
import { DropMenu } from './DropMenu';

/** The menu button, its list, the import dialog and a progress indicator. */
export function FieldTestMenu() {
  const [exporting, setBusy] = useState<string | null>(null);
  const source = useSyncExternalStore(subscribePendingImport, pendingImport);
  const reading = useSyncExternalStore(subscribePendingImport, pendingBusy);
  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.txt,text/csv';
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void openResultsFile(f);
    });
    input.click();
  };
  const run = async (kind: FieldExport, label: string, pdf: boolean) => {
    setBusy(pdf ? `Generating ${label}…` : `Exporting ${label}…`);
    try {
      const name = await runFieldExport(kind, designerStore.getState().doc);
      designerActions().notify('success', `Exported ${name}`);
    } catch (e) {
      designerActions().notify('error', `${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <DropMenu
      label="Field test ▾"
      listLabel="Field test"
      busy={exporting ?? reading}
      items={(close) => (
        <>
          <li>
            <button
              type="button"
              data-field="import"
              onClick={() => {
                close();
                pick();
              }}
            >
              Import test results (CSV)…
              <span className="hint">Tester export: map the columns, review matches, import as one undo step</span>
            </button>
          </li>
          {FIELD_EXPORTS.map((x) => (
            <li key={x.kind}>
              <button
                type="button"
                data-field={x.kind}
                onClick={() => {
                  close();
                  void run(x.kind, x.label, x.pdf);
                }}
              >
                {x.label}
                <span className="hint">{x.hint}</span>
              </button>
            </li>
          ))}
        </>
      )}
    >
      <TestImportDialog source={source} onClose={closePendingImport} />
    </DropMenu>
  );
}
