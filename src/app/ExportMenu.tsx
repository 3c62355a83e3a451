/**
 * The toolbar's Export menu (issue 5): the Export commands of the command table (every
 * deliverable, see `exportActions.ts`, and the share link), a progress indicator while a PDF is
 * being generated (jsPDF loads on first use), and the share dialog.
 */
import { useDesigner } from '../store/store';
import { CommandMenu } from './CommandMenu';
import { ShareDialog } from './ShareDialog';
import { setUi, useUi } from './uiState';
import './deliverables.css';

/** The Export menu button, its list, the progress indicator and the share dialog. */
export function ExportMenu() {
  const busy = useUi((s) => s.busy);
  const sharing = useUi((s) => s.share);
  const doc = useDesigner((s) => s.doc);
  return (
    <>
      <CommandMenu
        group="Export"
        label="Export"
        item={(id) => ({ 'data-export': id.slice('export:'.length) })}
        after={
          busy && (
            <span className="export-progress" role="status" aria-live="polite">
              <span className="spinner" aria-hidden="true" />
              {busy}
            </span>
          )
        }
      />
      <ShareDialog design={doc} open={sharing} onClose={() => setUi({ share: false })} />
    </>
  );
}
