/**
 * The toolbar's Export menu (issue 5): every deliverable (see `exportActions.ts`), the share
 * link, and a progress indicator while a PDF is being generated (jsPDF loads on first use).
 */
import { useState } from 'react';
import { designerActions, designerStore, useDesigner } from '../store/store';
import { EXPORTS, runExport, type ExportEntry } from './exportActions';
import { pageUrl } from '../portmap/navigation';
import { ShareDialog } from './ShareDialog';
import './deliverables.css';
import { useMenu } from './useMenu';

/** The Export menu button, its list, the progress indicator and the share dialog. */
export function ExportMenu() {
  const { open, setOpen, box } = useMenu();
  const [busy, setBusy] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // The design only while the share dialog is open: an edit elsewhere never re-renders the toolbar.
  const doc = useDesigner((s) => (sharing ? s.doc : null));
  const run = async (x: ExportEntry) => {
    setOpen(false);
    const s = designerStore.getState();
    setBusy(x.pdf ? `Generating ${x.label}…` : `Exporting ${x.label}…`);
    try {
      const name = await runExport(x.kind, s.doc, { face: s.session.face, baseUrl: pageUrl() });
      designerActions().notify('success', `Exported ${name}`);
    } catch (e) {
      designerActions().notify('error', `${x.label} failed: ${e instanceof Error ? e.message : String(e)}`);
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
        Export ▾
      </button>
      {open && (
        <ul className="menu-list" aria-label="Exports">
          {EXPORTS.map((x) => (
            <li key={x.kind}>
              <button type="button" data-export={x.kind} onClick={() => void run(x)}>
                {x.label}
                <span className="hint">{x.hint}</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              data-export="share"
              onClick={() => {
                setOpen(false);
                setSharing(true);
              }}
            >
              Share link…
              <span className="hint">The design inside a URL: read-only port map or editable copy</span>
            </button>
          </li>
        </ul>
      )}
      {busy && (
        <span className="export-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {busy}
        </span>
      )}
      {doc && <ShareDialog design={doc} open={sharing} onClose={() => setSharing(false)} />}
    </div>
  );
}
