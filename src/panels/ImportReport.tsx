/**
 * The import report of a NetBox device-type or module-type file: the part it became (name, kind,
 * the facts read from the file and its free text), what the file does not say (traces through
 * the part stay `unchecked` until it is set), selects to set those facts now, and the lint
 * findings, each with what the importer did about it. "Add to catalogue" puts the part in the
 * palette's Imported group. The same dialog edits the facts of a catalogue or design part later.
 */
import { useState } from 'react';
import type { Part } from '../core/parts';
import { LINT_RULES, type LintFinding } from '../io/netbox/lint';
import {
  acceptImport,
  closePartEditor,
  discardImport,
  saveEditedPart,
  useImportState,
  type PendingImport,
} from '../store/importState';
import { removeFromUserCatalogue, useUserParts } from '../store/userCatalogue';
import { editableFacts, partKindLabel, setFact } from './partFactsEdit';
import { partFacts } from './partFacts';
import { useModalDialog } from './useModalDialog';

/** Selects for the settable facts of `part`; unknown ones are marked. */
export function FactEditor({ part, onChange }: { part: Part; onChange: (p: Part) => void }) {
  const facts = editableFacts(part);
  if (facts.length === 0) return <p className="muted">Nothing to set by hand for this part.</p>;
  return (
    <div className="fact-editor">
      {facts.map((f) => {
        const id = `fact-${part.id}-${f.key}`;
        return (
          <div key={f.key} className={`field${f.unknown ? ' unknown' : ''}`}>
            <label htmlFor={id}>{f.label}</label>
            <select
              id={id}
              className="input"
              value={f.value}
              onChange={(e) => onChange(setFact(part, f.key, e.target.value))}
            >
              {f.options.map((o) => (
                <option key={o.value} value={o.value} disabled={o.value === 'mixed'}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function Facts({ part }: { part: Part }) {
  return (
    <>
      <p className="part-title">
        <strong>{part.name}</strong> <span className="muted">{partKindLabel(part)}</span>
      </p>
      <div className="facts">
        {partFacts(part).map((f) => (
          <span className="chip" key={f.label} title={f.label}>
            {f.label}: {f.value}
          </span>
        ))}
      </div>
      <p className="muted provenance">{part.provenance.source}</p>
    </>
  );
}

function LintTable({ lint }: { lint: readonly LintFinding[] }) {
  if (lint.length === 0)
    return <p className="muted">No lint findings: the file follows the devicetype-library schema.</p>;
  return (
    <table className="grid lint" aria-label="Lint findings">
      <thead>
        <tr>
          <th>Severity</th>
          <th>Finding</th>
          <th>What the importer did</th>
        </tr>
      </thead>
      <tbody>
        {lint.map((f, i) => (
          <tr key={i} data-lint={f.code}>
            <td className={`sev-${f.severity}`}>{f.severity}</td>
            <td>
              <span className="muted">{LINT_RULES[f.code].title}</span>
              <br />
              {f.message}
            </td>
            <td>{f.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportBody({ item }: { item: PendingImport }) {
  const [draft, setDraft] = useState(item.part);
  const stillUnknown = editableFacts(draft).filter((f) => f.unknown).length;
  return (
    <>
      <div className="body">
        <Facts part={draft} />
        <h3>What the file does not say</h3>
        {item.unknowns.length === 0 ? (
          <p className="muted">Nothing: every fact the designer needs was found.</p>
        ) : (
          <>
            <ul className="unknowns">
              {item.unknowns.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
            <p className="muted">
              Left unknown, traces through this part are reported as unchecked. Set what you know here, or later with
              “Facts…” on the part in the palette’s Imported group or in the inspector of a placed device.
            </p>
          </>
        )}
        <h3>Set facts</h3>
        <FactEditor part={draft} onChange={setDraft} />
        <h3>Lint ({item.lint.length})</h3>
        <LintTable lint={item.lint} />
      </div>
      <footer>
        <span className="muted">
          {stillUnknown
            ? `${stillUnknown} fact${stillUnknown > 1 ? 's' : ''} still unknown`
            : 'All settable facts known'}
        </span>
        <button type="button" className="btn" onClick={() => discardImport(item)}>
          Discard
        </button>
        <button type="button" className="btn primary" onClick={() => void acceptImport(item, draft)}>
          Add to catalogue
        </button>
      </footer>
    </>
  );
}

function EditBody({ part }: { part: Part }) {
  const [draft, setDraft] = useState(part);
  const inCatalogue = useUserParts().some((p) => p.id === part.id);
  return (
    <>
      <div className="body">
        <Facts part={draft} />
        <h3>Set facts</h3>
        <FactEditor part={draft} onChange={setDraft} />
      </div>
      <footer>
        {inCatalogue && (
          <button
            type="button"
            className="btn danger"
            onClick={() => {
              closePartEditor();
              void removeFromUserCatalogue(part.id);
            }}
          >
            Remove from catalogue
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="btn" onClick={closePartEditor}>
          Cancel
        </button>
        <button type="button" className="btn primary" onClick={() => void saveEditedPart(draft)}>
          Save facts
        </button>
      </footer>
    </>
  );
}

/** The dialog: the first pending import, else the part being edited. */
export function ImportReport() {
  const item = useImportState((s) => s.pending[0] ?? null);
  const queued = useImportState((s) => s.pending.length);
  const editing = useImportState((s) => s.editing);
  const open = item !== null || editing !== null;
  const ref = useModalDialog(open);
  const close = () => {
    if (item) discardImport(item);
    else closePartEditor();
  };
  const title = item
    ? `Import report: ${item.fileName}${queued > 1 ? ` (1 of ${queued})` : ''}`
    : editing
      ? `Facts of ${editing.name}`
      : '';
  return (
    <dialog
      ref={ref}
      className="import-report"
      aria-label={item ? 'Import report' : 'Part facts'}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header>
        <h2>{title}</h2>
        <button type="button" className="btn" aria-label="Close" onClick={close}>
          ✕
        </button>
      </header>
      {item ? <ImportBody key={item.seq} item={item} /> : editing ? <EditBody key={editing.id} part={editing} /> : null}
    </dialog>
  );
}
