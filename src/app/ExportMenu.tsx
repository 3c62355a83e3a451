/**
 * The toolbar's Export menu (issue 5): the Export commands of the command table (every
 * deliverable, see `exportActions.ts`, the share link, and Share with team — publish to a live
 * room, issue 11), a progress indicator while a PDF is being generated (jsPDF loads on first
 * use), and the two share dialogs.
 */
import { useDesigner } from '../store/store';
import { CommandMenu } from './CommandMenu';
import { ShareDialog } from './ShareDialog';
import { TeamShareDialog } from './collab/TeamShareDialog';
import { setUi, useUi } from './uiState';
import './deliverables.css';

/**
 * The Export menu button, its list, the progress indicator and the share dialog. With `menu` false
 * only the progress and the dialogs (the commands are in the toolbar's More menu: `toolbarFold.ts`).
 */
export function ExportMenu({ menu = true }: { menu?: boolean }) {
  const busy = useUi((s) => s.busy);
  const sharing = useUi((s) => s.share);
  const teamSharing = useUi((s) => s.teamShare);
  // The design only while a share dialog is open: an edit elsewhere never re-renders the toolbar.
  const doc = useDesigner((s) => (sharing || teamSharing ? s.doc : null));
  const progress = busy && (
    <span className="export-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {busy}
    </span>
  );
  return (
    <>
      {menu ? <CommandMenu group="Export" label="Export" after={progress} fold="export" /> : progress}
      {doc && <ShareDialog design={doc} open={sharing} onClose={() => setUi({ share: false })} />}
      {doc && <TeamShareDialog design={doc} open={teamSharing} onClose={() => setUi({ teamShare: false })} />}
    </>
  );
}
