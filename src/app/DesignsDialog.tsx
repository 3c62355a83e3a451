/**
 * The Designs view (issue 9 §2): the designs kept in this browser (name, last change, size; open,
 * duplicate, rename, export, delete), the versions of the open design (restore as an undo step,
 * open as a copy), recently deleted designs (restore, delete forever) and the quarantine (data
 * that could not be read: download raw, discard). Destructive steps ask once more in place.
 */
import { useEffect, useState } from 'react';
import type { DesignRow, QuarantineRow, VersionRow } from '../store/library/db';
import { listDeleted, listDesigns } from '../store/library/designs';
import { getLibrary } from '../store/library/instance';
import { listQuarantine } from '../store/library/quarantine';
import { listVersions } from '../store/library/versions';
import { useModalDialog } from '../panels/useModalDialog';
import { openDesignById, openVersionAsCopy, restoreVersion, setDesignsOpen, useLibraryState } from './designLibrary';
import {
  deleteLibraryDesign,
  discardQuarantinedItem,
  downloadQuarantined,
  duplicateLibraryDesign,
  exportLibraryDesign,
  purgeLibraryDesign,
  renameLibraryDesign,
  restoreLibraryDesign,
} from './libraryCommands';
import './designs.css';

interface Lists {
  readonly designs: readonly DesignRow[];
  readonly deleted: readonly DesignRow[];
  readonly versions: readonly Omit<VersionRow, 'text'>[];
  readonly quarantine: readonly Omit<QuarantineRow, 'raw'>[];
  readonly available: boolean;
}

const EMPTY: Lists = { designs: [], deleted: [], versions: [], quarantine: [], available: true };

/** Bytes for people: 812 B, 14.2 KB, 3.1 MB. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

function useLists(open: boolean, revision: number, currentId: string | null): Lists {
  const [lists, setLists] = useState<Lists>(EMPTY);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void (async () => {
      const db = await getLibrary();
      if (!db) {
        if (live) setLists({ ...EMPTY, available: false });
        return;
      }
      const [designs, deleted, versions, quarantine] = await Promise.all([
        listDesigns(db),
        listDeleted(db),
        currentId ? listVersions(db, currentId) : Promise.resolve([]),
        listQuarantine(db),
      ]);
      if (live)
        setLists({
          designs,
          deleted,
          versions,
          quarantine: quarantine.map(({ raw: _r, ...rest }) => rest),
          available: true,
        });
    })();
    return () => {
      live = false;
    };
  }, [open, revision, currentId]);
  return lists;
}

/** A button that asks once more ("Delete forever" → "Confirm") before it acts. */
function ConfirmButton({ label, confirm, onConfirm }: { label: string; confirm: string; onConfirm: () => void }) {
  const [armed, setArmed] = useState(false);
  return armed ? (
    <button type="button" className="btn small danger" onClick={onConfirm} onBlur={() => setArmed(false)} autoFocus>
      {confirm}
    </button>
  ) : (
    <button type="button" className="btn small" onClick={() => setArmed(true)}>
      {label}
    </button>
  );
}

function DesignRowView({ row, current }: { row: DesignRow; current: boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const broken = row.quarantined !== undefined;
  return (
    <tr data-design={row.id} aria-current={current ? 'true' : undefined}>
      <td className="lib-name">
        {draft === null ? (
          <>
            {row.name || 'Untitled design'}
            {current && <span className="lib-tag">open here</span>}
            {broken && <span className="lib-tag fail">unreadable: in quarantine</span>}
          </>
        ) : (
          <input
            className="input"
            aria-label={`New name for ${row.name}`}
            value={draft}
            maxLength={500}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && draft.trim()) {
                void renameLibraryDesign(row.id, draft.trim());
                setDraft(null);
              }
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(null);
              }
            }}
          />
        )}
      </td>
      <td>{when(row.changed)}</td>
      <td className="num">{formatSize(row.size)}</td>
      <td className="lib-actions">
        {!current && !broken && (
          <button
            type="button"
            className="btn small primary"
            onClick={() => void openDesignById(row.id, { name: row.name })}
          >
            Open
          </button>
        )}
        {!broken && (
          <>
            <button type="button" className="btn small" onClick={() => void duplicateLibraryDesign(row.id)}>
              Duplicate
            </button>
            <button type="button" className="btn small" onClick={() => setDraft(row.name)}>
              Rename
            </button>
            <button type="button" className="btn small" onClick={() => void exportLibraryDesign(row.id)}>
              Export
            </button>
          </>
        )}
        <button type="button" className="btn small" onClick={() => void deleteLibraryDesign(row.id)}>
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The Designs dialog (open from the toolbar). */
export function DesignsDialog() {
  const open = useLibraryState((s) => s.designsOpen);
  const revision = useLibraryState((s) => s.revision);
  const currentId = useLibraryState((s) => s.currentId);
  const ref = useModalDialog(open);
  const lists = useLists(open, revision, currentId);
  const current = lists.designs.find((d) => d.id === currentId);
  return (
    <dialog ref={ref} className="designs-dialog" aria-label="Designs" onClose={() => setDesignsOpen(false)}>
      <header>
        <h2>Designs in this browser</h2>
        <button type="button" className="btn" onClick={() => setDesignsOpen(false)}>
          Close
        </button>
      </header>
      <div className="body">
        {!lists.available && (
          <p className="lib-empty">
            This browser’s storage is unavailable: only the open design exists (Save to file).
          </p>
        )}
        <table className="grid lib-table" aria-label="Designs">
          <thead>
            <tr>
              <th>Name</th>
              <th>Last change</th>
              <th className="num">Size</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lists.designs.map((row) => (
              <DesignRowView key={row.id} row={row} current={row.id === currentId} />
            ))}
          </tbody>
        </table>

        <h3>Versions of “{current?.name ?? 'the open design'}”</h3>
        <p className="muted">
          Taken when a design is opened, every 5 minutes of editing and before bulk changes. Undo keeps this tab’s steps
          only until the tab is reloaded or closed; versions stay.
        </p>
        {lists.versions.length === 0 ? (
          <p className="lib-empty">No versions yet.</p>
        ) : (
          <table className="grid lib-table" aria-label="Versions">
            <tbody>
              {lists.versions.map((v) => (
                <tr key={v.id} data-version={v.id}>
                  <td>{when(v.at)}</td>
                  <td>{v.label}</td>
                  <td className="num">{formatSize(v.size)}</td>
                  <td className="lib-actions">
                    <button
                      type="button"
                      className="btn small"
                      onClick={() => void restoreVersion(v.id as number).then((ok) => ok && setDesignsOpen(false))}
                    >
                      Restore
                    </button>
                    <button type="button" className="btn small" onClick={() => void openVersionAsCopy(v.id as number)}>
                      Open as copy
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {lists.deleted.length > 0 && (
          <>
            <h3>Recently deleted</h3>
            <table className="grid lib-table" aria-label="Recently deleted">
              <tbody>
                {lists.deleted.map((row) => (
                  <tr key={row.id} data-deleted={row.id}>
                    <td className="lib-name">{row.name}</td>
                    <td>deleted {when(row.deleted ?? 0)}</td>
                    <td className="lib-actions">
                      <button type="button" className="btn small" onClick={() => void restoreLibraryDesign(row.id)}>
                        Restore
                      </button>
                      <ConfirmButton
                        label="Delete forever"
                        confirm="Confirm: delete forever"
                        onConfirm={() => void purgeLibraryDesign(row.id)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}

        {lists.quarantine.length > 0 && (
          <>
            <h3>Quarantine</h3>
            <p className="muted">
              Data this version could not read, kept exactly as found. Download it to keep it or to send it for support;
              it is never overwritten.
            </p>
            <table className="grid lib-table" aria-label="Quarantine">
              <tbody>
                {lists.quarantine.map((q) => (
                  <tr key={q.id} data-quarantine={q.id}>
                    <td className="lib-name">{q.name}</td>
                    <td className="lib-error">{q.error}</td>
                    <td>{when(q.at)}</td>
                    <td className="lib-actions">
                      <button
                        type="button"
                        className="btn small"
                        onClick={() => void downloadQuarantined(q.id as number)}
                      >
                        Download raw
                      </button>
                      <ConfirmButton
                        label="Discard"
                        confirm="Confirm: discard"
                        onConfirm={() => void discardQuarantinedItem(q.id as number)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </dialog>
  );
}
