/**
 * Project-file layer of the app: drop a `.json` or `.mpo.json.gz` design, a NetBox `.yaml`/`.yml` or tester results (`.csv`) anywhere on the
 * window (an overlay says what a drop does), the banner of a refused file (file, JSON path,
 * problem; the open design stays), the storage and records banners, and the import report
 * dialog. Reads the user catalogue from the library.
 */
import { useEffect, useState } from 'react';
import { ImportReport } from '../panels/ImportReport';
import { loadUserCatalogue } from '../store/userCatalogue';
import { dismissLoadError, useImportState } from '../store/importState';
import { importFiles } from './importFlow';
import { StorageBanners } from './StorageBanners';
import './fileImport.css';

/** True when a drag carries files (not text or a palette part). */
const carriesFiles = (e: DragEvent): boolean => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

/** Window-level drag-and-drop of files; returns whether a file drag is over the window. */
function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) void importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

function LoadErrorBanner() {
  const error = useImportState((s) => s.error);
  if (!error) return null;
  return (
    <div className="file-banner error" role="alert" data-testid="load-error">
      <div>
        <strong>Could not open {error.file}</strong>
        <div>
          {error.path && <code className="json-path">{error.path}</code>} {error.message}
        </div>
        <div className="muted">The open design is unchanged.</div>
      </div>
      <button type="button" className="btn small" onClick={dismissLoadError}>
        Dismiss
      </button>
    </div>
  );
}

/** The refusal, storage and records banners; mount at the top of the canvas area (the design they are about). */
export function FileBanners() {
  return (
    <div className="file-banners">
      <StorageBanners />
      <LoadErrorBanner />
    </div>
  );
}

/** The layer (drop overlay, import report; reads the catalogue); mount once. */
export function FileDropLayer() {
  const over = useFileDrop();
  useEffect(() => {
    void loadUserCatalogue();
  }, []);
  return (
    <>
      {over && (
        <div className="file-drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div>
            <strong>Drop to open</strong>
            <span>
              a design file (.json or .mpo.json.gz), a NetBox device/module type (.yaml) or test results (.csv)
            </span>
          </div>
        </div>
      )}
      <ImportReport />
    </>
  );
}
