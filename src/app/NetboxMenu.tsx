/**
 * The toolbar's NetBox menu: import device-type/module-type YAML files (file picker; dropping
 * them on the app does the same), export the design's custom parts as devicetype-library YAML,
 * and export its cables as a NetBox cable CSV import. Each export opens a dialog with what NetBox
 * cannot express (warnings) before the download.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../core/design';
import type { CableCsvExport } from '../io/netbox/exportCsv';
import type { NetboxYamlFile } from '../io/netbox/exportYaml';
import { designerStore } from '../store/store';
import { downloadText, exportFileName } from './download';
import { CommandMenu } from './CommandMenu';
import { setUi, useUi } from './uiState';
import { useModalDialog } from '../panels/useModalDialog';

type Mode = 'parts' | 'cables';
type PartsExport = { readonly files: readonly NetboxYamlFile[]; readonly warnings: readonly string[] };

/** `module-types/Corning/X.yaml` → `Corning-X.yaml`. */
const flatName = (libraryPath: string): string => libraryPath.split('/').slice(1).join('-') || libraryPath;

function PartsBody({ design }: { design: Design }) {
  const [out, setOut] = useState<PartsExport | null>(null);
  useEffect(() => {
    let live = true;
    void import('../io/netbox/exportYaml').then((m) => {
      if (live) setOut(m.exportDesignPartsYaml(design));
    });
    return () => {
      live = false;
    };
  }, [design]);
  if (!out) return <p className="muted">Preparing…</p>;
  const kinds = (['device-types', 'module-types'] as const)
    .map((k) => ({ k, files: out.files.filter((f) => f.fileName.startsWith(`${k}/`)) }))
    .filter((g) => g.files.length > 1);
  return (
    <>
      {out.files.length === 0 ? (
        <p>
          This design has no custom parts (imported or edited parts live in <code>design.parts</code>).
        </p>
      ) : (
        <ul className="files" aria-label="YAML files">
          {out.files.map((f) => (
            <li key={f.fileName}>
              <code>{f.fileName}</code>
              {f.warnings.length > 0 && (
                <span className="muted">
                  {f.warnings.length} warning{f.warnings.length > 1 ? 's' : ''}
                </span>
              )}
              <button
                type="button"
                className="btn small"
                onClick={() => downloadText(f.yaml, flatName(f.fileName), 'application/yaml')}
              >
                Download
              </button>
            </li>
          ))}
        </ul>
      )}
      {kinds.map((g) => (
        <button
          key={g.k}
          type="button"
          className="btn small"
          style={{ marginTop: 8, marginRight: 6 }}
          onClick={() =>
            downloadText(
              g.files.map((f) => (f.yaml.startsWith('---') ? f.yaml : `---\n${f.yaml}`)).join('\n'),
              exportFileName(design.name, `netbox-${g.k}`, 'yaml'),
              'application/yaml',
            )
          }
        >
          All {g.files.length} {g.k} as one YAML (multiple documents)
        </button>
      ))}
      <Warnings list={[...out.warnings, ...out.files.flatMap((f) => f.warnings)]} />
    </>
  );
}

function CablesBody({ design }: { design: Design }) {
  const [site, setSite] = useState('');
  const [status, setStatus] = useState<'planned' | 'connected'>('planned');
  const [out, setOut] = useState<CableCsvExport | null>(null);
  useEffect(() => {
    let live = true;
    void import('../io/netbox/exportCsv').then((m) => {
      if (live) setOut(m.exportCablesCsv(design, { ...(site.trim() ? { site: site.trim() } : {}), status }));
    });
    return () => {
      live = false;
    };
  }, [design, site, status]);
  return (
    <>
      <div className="field">
        <label htmlFor="nb-site">Site</label>
        <input
          id="nb-site"
          className="input"
          value={site}
          placeholder="NetBox site name (optional)"
          onChange={(e) => setSite(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="nb-status">Status</label>
        <select
          id="nb-status"
          className="input"
          value={status}
          onChange={(e) => setStatus(e.target.value === 'connected' ? 'connected' : 'planned')}
        >
          <option value="planned">planned</option>
          <option value="connected">connected</option>
        </select>
      </div>
      {out && (
        <>
          <p data-testid="csv-rows">
            {out.rows} cable{out.rows === 1 ? '' : 's'} in the CSV.
          </p>
          <button
            type="button"
            className="btn primary"
            disabled={out.rows === 0}
            onClick={() => downloadText(out.csv, exportFileName(design.name, 'netbox-cables', 'csv'), 'text/csv')}
          >
            Download CSV
          </button>
          <Warnings list={out.warnings} />
        </>
      )}
    </>
  );
}

function Warnings({ list }: { list: readonly string[] }) {
  if (list.length === 0) return <p className="muted">No warnings.</p>;
  return (
    <>
      <h3>Warnings ({list.length})</h3>
      <ul className="warnings" aria-label="Export warnings">
        {list.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </>
  );
}

function ExportDialog({ mode, onClose }: { mode: Mode | null; onClose: () => void }) {
  const ref = useModalDialog(mode !== null);
  const design = designerStore.getState().doc;
  const title =
    mode === 'parts'
      ? 'Export custom parts for NetBox (device/module type YAML)'
      : 'Export cables for NetBox (CSV import)';
  return (
    <dialog
      ref={ref}
      className="netbox-export"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header>
        <h2>{title}</h2>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="body">
        {mode === 'parts' ? <PartsBody design={design} /> : mode === 'cables' ? <CablesBody design={design} /> : null}
      </div>
    </dialog>
  );
}

/**
 * The NetBox menu (commands of the NetBox group) with its export dialog. With `menu` false only
 * the dialog (the commands are in the toolbar's More menu, on a screen under 1,280 px).
 */
export function NetboxMenu({ menu = true }: { menu?: boolean }) {
  const mode = useUi((s) => s.netboxExport);
  return (
    <>
      {menu && <CommandMenu group="NetBox" label="NetBox" />}
      <ExportDialog mode={mode} onClose={() => setUi({ netboxExport: null })} />
    </>
  );
}
