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
import { useMenu } from './useMenu';

/** The menu button, its list, the import dialog and a progress indicator. */
export function FieldTestMenu() {
  const { open, setOpen, box } = useMenu();
  const [exporting, setBusy] = useState<string | null>(null);
  const source = useSyncExternalStore(subscribePendingImport, pendingImport);
  const reading = useSyncExternalStore(subscribePendingImport, pendingBusy);
  const busy = exporting ?? reading;
  const pick = () => {
    setOpen(false);
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
    setOpen(false);
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
    <div
      className="menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          e.stopPropagation();
        }
      }}
    >
      <button
        type="button"
        className="btn"
        aria-haspopup="true"
        aria-expanded={open}
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
      >
        Field test ▾
      </button>
      {open && (
        <ul className="menu-list" aria-label="Field test">
          <li>
            <button type="button" data-field="import" onClick={pick}>
              Import test results (CSV)…
              <span className="hint">Tester export: map the columns, review matches, import as one undo step</span>
            </button>
          </li>
          {FIELD_EXPORTS.map((x) => (
            <li key={x.kind}>
              <button type="button" data-field={x.kind} onClick={() => void run(x.kind, x.label, x.pdf)}>
                {x.label}
                <span className="hint">{x.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {busy && (
        <span className="export-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {busy}
        </span>
      )}
      <TestImportDialog source={source} onClose={closePendingImport} />
    </div>
  );
}
