/**
 * Persistent banners about the design's storage and records (issue 9 §2–§3): what is not being
 * saved (IndexedDB unavailable, quota, blocked upgrade, unreadable data) with Save to file; values
 * from another tab or person that were not applied (kept aside, with JSON path and message,
 * downloadable); references shown resolved after concurrent deletes; a document written by a
 * newer version; imported parts that could not be read. Warnings are amber, failures red.
 */
import { useState } from 'react';
import { useStorageProblems } from '../store/library/storageHealth';
import { designerStore, useDesigner } from '../store/store';
import { useSkippedParts } from '../store/userCatalogue';
import { downloadText } from './download';
import { saveDesignFile } from './fileActions';

const saveNow = () => saveDesignFile(designerStore.getState().doc);

function StorageProblems() {
  const problems = useStorageProblems();
  if (problems.length === 0) return null;
  return (
    <div className="file-banner error" role="alert" data-testid="storage-banner">
      <div>
        {problems.map((p) => (
          <div key={p.kind}>
            <strong>{p.what}.</strong> <span className="muted">{p.detail}</span>
          </div>
        ))}
        <div className="muted">Save to file keeps a copy of the open design now.</div>
      </div>
      <button type="button" className="btn small primary" onClick={saveNow}>
        Save to file
      </button>
    </div>
  );
}

function KeptAside() {
  const aside = useDesigner((s) => s.records.aside);
  const newer = useDesigner((s) => s.records.newerVersion);
  if (aside.length === 0 && newer === null) return null;
  const first = aside[0];
  return (
    <div className="file-banner error" role="alert" data-testid="aside-banner">
      <div>
        {newer !== null && (
          <strong>
            This design was changed by a newer version of MPO Designer (schema version {newer}); its later changes are
            not shown. Reload to update.
          </strong>
        )}
        {first && (
          <>
            <strong>
              {aside.length} change{aside.length > 1 ? 's' : ''} from another tab or person could not be applied and
              {aside.length > 1 ? ' were' : ' was'} kept aside
            </strong>
            <div>
              <code className="json-path">{first.path}</code> {first.message}
              {aside.length > 1 ? ' …' : ''}
            </div>
            <div className="muted">The rest of the design goes on; the values are kept as they came.</div>
          </>
        )}
      </div>
      {first && (
        <button
          type="button"
          className="btn small"
          onClick={() =>
            downloadText(
              JSON.stringify(
                aside.map((a) => ({ path: a.path, message: a.message, value: a.value })),
                null,
                2,
              ),
              'kept-aside.json',
              'application/json',
            )
          }
        >
          Download kept data
        </button>
      )}
    </div>
  );
}

function ReferenceNotices() {
  const notices = useDesigner((s) => s.records.notices);
  const [open, setOpen] = useState(false);
  if (notices.length === 0) return null;
  return (
    <div className="file-banner warning" role="status" data-testid="reference-banner">
      <div>
        <strong>
          {notices.length} reference{notices.length > 1 ? 's' : ''} left dangling by a concurrent change{' '}
          {notices.length > 1 ? 'are' : 'is'} shown resolved
        </strong>
        {(open ? notices : notices.slice(0, 1)).map((n) => (
          <div key={n.path}>
            <code className="json-path">{n.path}</code> {n.message}
          </div>
        ))}
      </div>
      {notices.length > 1 && (
        <button type="button" className="btn small" onClick={() => setOpen((o) => !o)}>
          {open ? 'Fewer' : 'All'}
        </button>
      )}
    </div>
  );
}

function SkippedParts() {
  const skipped = useSkippedParts();
  const [hidden, setHidden] = useState(false);
  if (skipped.length === 0 || hidden) return null;
  return (
    <div className="file-banner warning" role="status" data-testid="skipped-parts">
      <div>
        <strong>
          {skipped.length} imported part{skipped.length > 1 ? 's' : ''} could not be read and{' '}
          {skipped.length > 1 ? 'are' : 'is'} not in the palette (kept in the quarantine, Designs)
        </strong>
        {skipped.slice(0, 3).map((s) => (
          <div key={s.id}>
            {s.id}: {s.message}
          </div>
        ))}
      </div>
      <button type="button" className="btn small" onClick={() => setHidden(true)}>
        Dismiss
      </button>
    </div>
  );
}

/** The storage and records banners (mount inside `.file-banners`). */
export function StorageBanners() {
  return (
    <>
      <StorageProblems />
      <KeptAside />
      <ReferenceNotices />
      <SkippedParts />
    </>
  );
}
