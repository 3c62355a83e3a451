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
import { DropMenu } from './DropMenu';

/** The Export menu button, its list, the progress indicator and the share dialog. */
export function ExportMenu() {
  const [busy, setBusy] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const doc = useDesigner((s) => s.doc);
  const run = async (x: ExportEntry) => {
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
    <DropMenu
      label="Export ▾"
      listLabel="Exports"
      busy={busy}
      items={(close) => (
        <>
          {EXPORTS.map((x) => (
            <li key={x.kind}>
              <button
                type="button"
                data-export={x.kind}
                onClick={() => {
                  close();
                  void run(x);
                }}
              >
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
                close();
                setSharing(true);
              }}
            >
              Share link…
              <span className="hint">The design inside a URL: read-only port map or editable copy</span>
            </button>
          </li>
        </>
      )}
    >
      <ShareDialog design={doc} open={sharing} onClose={() => setSharing(false)} />
    </DropMenu>
  );
}
