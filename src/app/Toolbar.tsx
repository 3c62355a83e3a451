/**
 * The toolbar: the library (Designs), file (New, Open, Save), built-in demos (each opens as a new
 * design), undo/redo, racks, faces and zoom.
 */
import { useRef, useState } from 'react';
import { DEMOS } from '../demos/demos';
import type { FaceMode } from '../store/session';
import { designerActions, designerStore, useDesigner } from '../store/store';
import { setDesignsOpen } from './designLibrary';
import { ExportMenu } from './ExportMenu';
import { saveDesignFile } from './fileActions';
import { importFiles } from './importFlow';
import { NetboxMenu } from './NetboxMenu';
import { loadDemo, startNewDesign, zoomBy } from './viewCommands';
import { useMenu } from './useMenu';

function DemoMenu() {
  const { open, setOpen, box } = useMenu();
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
        onClick={() => setOpen((o) => !o)}
      >
        Demos ▾
      </button>
      {open && (
        <ul className="menu-list" aria-label="Demo designs">
          {DEMOS.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                data-demo={d.id}
                onClick={() => {
                  setOpen(false);
                  void loadDemo(d.id);
                }}
              >
                {d.title}
                <span className="hint">{d.blurb}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const FACES: readonly { key: FaceMode; label: string }[] = [
  { key: 'front', label: 'Front' },
  { key: 'rear', label: 'Rear' },
  { key: 'both', label: 'Both' },
];

/** The toolbar. */
export function Toolbar({ onTogglePalette, paletteOpen }: { onTogglePalette: () => void; paletteOpen: boolean }) {
  const name = useDesigner((s) => s.doc.name);
  const canUndo = useDesigner((s) => s.history.past.length > 0);
  const canRedo = useDesigner((s) => s.history.future.length > 0);
  const undoLabel = useDesigner((s) => s.history.past.at(-1)?.label);
  const redoLabel = useDesigner((s) => s.history.future[0]?.label);
  const face = useDesigner((s) => s.session.face);
  const scale = useDesigner((s) => s.session.viewport.scale);
  const file = useRef<HTMLInputElement>(null);
  const a = designerActions();
  const [draft, setDraft] = useState(name);
  const [seen, setSeen] = useState(name);
  if (seen !== name) {
    setSeen(name);
    setDraft(name);
  }
  return (
    <header className="toolbar">
      <h1>MPO Designer</h1>
      <label htmlFor="design-name" className="sr-only">
        Design name
      </label>
      <input
        id="design-name"
        className="input design-name"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft.trim() && draft !== name) a.renameDesign(draft.trim());
          else setDraft(name);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
      />
      <span className="sep" />
      <button
        type="button"
        className="btn"
        onClick={() => setDesignsOpen(true)}
        title="The designs kept in this browser: open, copy, rename, export, delete; versions; quarantine"
      >
        Designs
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void startNewDesign()}
        title="A new design (the open one stays in Designs)"
      >
        New
      </button>
      <button type="button" className="btn" onClick={() => file.current?.click()}>
        Open…
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Open design file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) await importFiles([f]);
        }}
      />
      <button type="button" className="btn" onClick={() => saveDesignFile(designerStore.getState().doc)}>
        Save
      </button>
      <DemoMenu />
      <NetboxMenu />
      <ExportMenu />
      <a
        className="btn"
        href="#view=portmap"
        title="Technician's port map: search a label, tap a port, read its path (read-only)"
      >
        Port map
      </a>
      <span className="sep" />
      <button
        type="button"
        className="btn"
        disabled={!canUndo}
        onClick={a.undo}
        title={`${undoLabel ? `Undo ${undoLabel}` : 'Undo'} (Ctrl+Z). Undo history lasts until this tab is reloaded; Designs → Versions keeps earlier states`}
        aria-label="Undo"
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="btn"
        disabled={!canRedo}
        onClick={a.redo}
        title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
        aria-label="Redo"
      >
        ↷ Redo
      </button>
      <span className="sep" />
      <button type="button" className="btn palette-toggle" aria-pressed={paletteOpen} onClick={onTogglePalette}>
        Parts
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          const id = a.addRack();
          if (id) {
            a.select({ kind: 'rack', id });
            a.requestView('fit-all');
          }
        }}
      >
        + Rack
      </button>
      <div className="seg" role="group" aria-label="Rack faces">
        {FACES.map((f) => (
          <button
            key={f.key}
            type="button"
            className="btn"
            aria-pressed={face === f.key}
            onClick={() => {
              a.setFace(f.key);
              a.requestView('fit-content');
            }}
          >
            {f.label}
          </button>
        ))}
      </div>
      <div className="seg" role="group" aria-label="Zoom">
        <button type="button" className="btn" onClick={() => zoomBy(1 / 1.25)} aria-label="Zoom out">
          −
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => a.requestView('fit-content')}
          title="Zoom to the equipment (F)"
          aria-label={`Zoom ${Math.round(scale * 100)}%, fit to equipment`}
        >
          {Math.round(scale * 100)}%
        </button>
        <button type="button" className="btn" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
      </div>
      <button
        type="button"
        className="btn"
        onClick={() => a.requestView('fit-all')}
        title="Fit the whole row (Shift+F)"
      >
        Fit
      </button>
      <span className="spacer" />
      <button
        type="button"
        className="btn"
        onClick={() => a.setShortcutsOpen(true)}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </header>
  );
}
