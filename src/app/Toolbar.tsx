/**
 * The toolbar: the library (Designs), file (New, Open, Save; the compressed .gz save is in Export), demos (each opens as a new
 * design), NetBox, exports, port map, undo/redo, racks, faces and zoom, the command palette and the
 * shortcuts; on a screen under 1,280 px the less used of them fold into More (`MoreMenu`), and on a
 * narrow touch screen whatever else would wrap the toolbar onto a second line (`toolbarFold.ts`). Every button runs a command of the one command table (`commands.ts`), so its title,
 * tooltip and shortcut come from there. The design name field refuses a name the schema would
 * refuse, in place, with the rule.
 */
import { useRef, useState } from 'react';
import { FIELD_RULES } from '../io/fieldRules';
import { RoomStatus } from '../panels/RoomStatus';
import { useCoarsePointer, useMediaQuery } from '../panels/useCoarsePointer';
import { designerActions, useDesigner } from '../store/store';
import { CommandButton, CommandMenu } from './CommandMenu';
import { command, OPEN_INPUT_ID, RACK_FACES } from './commands';
import { ExportMenu } from './ExportMenu';
import { FieldTestMenu } from './FieldTestMenu';
import { importFiles } from './importFlow';
import { chordsLabel } from './keyChords';
import { COMPACT_TOOLBAR, MoreMenu } from './MoreMenu';
import { NetboxMenu } from './NetboxMenu';
import { useToolbarFold } from './toolbarFold';
import { useUi } from './uiState';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The toolbar. */
export function Toolbar() {
  const name = useDesigner((s) => s.doc.name);
  const undoLabel = useDesigner((s) => s.history.past.at(-1)?.label);
  const redoLabel = useDesigner((s) => s.history.future[0]?.label);
  // Re-render when undo/redo become possible or not (the buttons read `enabled` from the table).
  useDesigner((s) => s.history.past.length > 0);
  useDesigner((s) => s.history.future.length > 0);
  // … and while a design opens (edit commands are greyed out until it is bound).
  const opening = useDesigner((s) => s.session.opening !== null);
  const face = useDesigner((s) => s.session.face);
  const scale = useDesigner((s) => s.session.viewport.scale);
  const partsOpen = useUi((s) => s.partsOpen);
  // Under 1,280 px the less used commands fold into More, to keep the toolbar on one line.
  const compact = useMediaQuery(COMPACT_TOOLBAR);
  // On a narrow touch screen (834 px, 768 px) that is not enough: the items that would wrap fold too.
  const coarse = useCoarsePointer();
  const bar = useRef<HTMLElement>(null);
  const folds = useToolbarFold(bar, compact && coarse);
  const shows = (key: string) => !folds.includes(key);
  const a = designerActions();
  const [draft, setDraft] = useState(name);
  const [seen, setSeen] = useState(name);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (seen !== name) {
    setSeen(name);
    setDraft(name);
    setRefusal(null);
  }
  const keys = (id: string) => chordsLabel(command(id).keys ?? []);
  return (
    <header className="toolbar" ref={bar}>
      <h1>
        MPO<span className="h1-rest"> Designer</span>
      </h1>
      <label htmlFor="design-name" className="sr-only">
        Design name
      </label>
      <span className="design-name-field">
        <input
          id="design-name"
          className="input design-name"
          value={draft}
          readOnly={opening}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? 'design-name-error' : undefined}
          title={`Design name (${FIELD_RULES.designName.hint})`}
          onChange={(e) => {
            setDraft(e.target.value);
            if (refusal) setRefusal(null);
          }}
          onBlur={() => {
            const next = draft.trim();
            if (!next || draft === name) {
              setDraft(name);
              setRefusal(null);
              return;
            }
            const r = FIELD_RULES.designName.check(next);
            if (r.ok) a.renameDesign(next);
            else setRefusal(r.rule);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') {
              setDraft(name);
              setRefusal(null);
            }
          }}
        />
        {refusal ? (
          <span className="field-error toolbar-error" id="design-name-error" role="alert">
            Not saved: the name {refusal}
          </span>
        ) : null}
      </span>
      <span className="sep" />
      {!compact && <CommandButton id="designs" />}
      {shows('new') && <CommandButton id="new" fold="new" />}
      {shows('open') && <CommandButton id="open" fold="open" />}
      <input
        id={OPEN_INPUT_ID}
        type="file"
        accept=".json,.gz,application/json,application/gzip"
        hidden
        aria-label="Open design file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) await importFiles([f]);
        }}
      />
      <CommandButton id="save" />
      {!compact && <CommandMenu group="Demos" label="Demos" />}
      <NetboxMenu menu={!compact} />
      <ExportMenu menu={shows('export')} />
      <FieldTestMenu menu={!compact} />
      {!compact && (
        <a className="btn" href="#view=portmap" data-command="portmap" title={command('portmap').hint}>
          Port map
        </a>
      )}
      <span className="sep" />
      <CommandButton
        id="undo"
        label="Undo"
        title={`Undo${undoLabel ? ` ${undoLabel}` : ''} (${keys('undo')}). ${command('undo').hint}`}
      >
        ↶<span className="wide-only"> Undo</span>
      </CommandButton>
      <CommandButton id="redo" label="Redo" title={`Redo${redoLabel ? ` ${redoLabel}` : ''} (${keys('redo')})`}>
        ↷<span className="wide-only"> Redo</span>
      </CommandButton>
      <span className="sep" />
      <CommandButton id="parts" className="btn palette-toggle" pressed={partsOpen} />
      {shows('add-rack') && <CommandButton id="add-rack" fold="add-rack" />}
      {shows('faces') && (
        <div className="seg" role="group" aria-label="Rack faces" data-fold="faces">
          {RACK_FACES.map((f) => (
            <CommandButton key={f} id={`face-${f}`} pressed={face === f} />
          ))}
        </div>
      )}
      <div className="seg" role="group" aria-label="Zoom">
        <CommandButton id="zoom-out" label="Zoom out">
          −
        </CommandButton>
        <CommandButton id="fit-content" label={`Zoom ${Math.round(scale * 100)}%, fit to equipment`}>
          {Math.round(scale * 100)}%
        </CommandButton>
        <CommandButton id="zoom-in" label="Zoom in">
          +
        </CommandButton>
      </div>
      <CommandButton id="fit-all" />
      <span className="spacer" />
      <RoomStatus />
      {compact ? (
        <MoreMenu folded={folds} />
      ) : (
        <>
          <CommandButton id="palette" label="Command palette">
            {isMac ? '⌘K' : 'Ctrl K'}
          </CommandButton>
          <CommandButton id="shortcuts" label="Keyboard shortcuts">
            ?
          </CommandButton>
        </>
      )}
    </header>
  );
}
