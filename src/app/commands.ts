/**
 * The one table of commands: every action with its title, group, keyboard chords and what it runs.
 * The keyboard handler, the shortcuts dialog, the toolbar buttons, the menus (Demos, Export,
 * NetBox) and the command palette (Ctrl/⌘ + K) all read it, so a shortcut is defined once.
 * Pointer gestures, which are not commands, are listed in `GESTURES` (`commandViews.ts`).
 */
import { DEMOS } from '../demos/demos';
import { designerStore } from '../store/store';
import { pageUrl } from '../portmap/navigation';
import { EXPORTS, runExport, withProgress } from './exportActions';
import { FIELD_EXPORTS, runFieldExport } from './fieldTestActions';
import { pickResultsFile } from './testImport/pendingImport';
import { setDesignsOpen } from './designLibrary';
import { saveCompressedDesignFile, saveDesignFile } from './fileActions';
import { pickYamlFiles } from './importFlow';
import type { KeyChord } from './keyChords';
import { setUi, uiState } from './uiState';
import { loadDemo, startNewDesign, zoomBy, zoomToSelection } from './viewCommands';
import { toggleMinimap } from '../canvas/minimapState';

/** Command groups: the menus and the sections of the shortcuts dialog and the palette. */
export type CommandGroup = 'File' | 'Edit' | 'View' | 'Demos' | 'Export' | 'NetBox' | 'Field test' | 'Help';

/**
 * When a chord runs its command: `canvas` — not while typing in a field or while a dialog is open
 * (plain keys like Delete, F, 1); `not-typing` — not while typing (the field's own undo wins);
 * `always` — also in fields (Ctrl/⌘ + K, Ctrl/⌘ + S).
 */
export type ChordScope = 'canvas' | 'not-typing' | 'always';

/** One command. */
export interface Command {
  /** Stable id, e.g. `undo`, `demo:spine-leaf-sr4`, `export:portmap-pdf`. */
  readonly id: string;
  readonly title: string;
  readonly group: CommandGroup;
  /** One line under the title in menus and the palette. */
  readonly hint?: string;
  readonly keys?: readonly KeyChord[];
  /** Default `canvas` for plain keys, `not-typing` for Ctrl/⌘ chords. */
  readonly scope?: ChordScope;
  /** False when the command does nothing now (greyed out; its chord falls through to the page). */
  readonly enabled?: () => boolean;
  /**
   * True for a command that edits the design (or its undo history): greyed out while a design
   * is opening. Its chord still runs then, and the store refuses it and says why, once.
   */
  readonly edits?: boolean;
  readonly run: () => void;
}

const state = () => designerStore.getState();
const act = () => designerStore.getState().actions;

/** Clicks the toolbar's file input (the page keeps exactly one design file input). */
export const OPEN_INPUT_ID = 'open-design-file';

const deviceSelected = () => state().session.selection?.kind === 'device';
const rackSelected = () => state().session.selection?.kind === 'rack';
/** Moves the selected rack one place left or right in its row (one undo step). */
const stepSelectedRack = (step: -1 | 1): void => {
  const sel = state().session.selection;
  if (sel?.kind === 'rack') act().stepRack(sel.id, step);
};

/** The rack faces, in the order of their commands (`face-front`, keys 1–3) and toolbar buttons. */
export const RACK_FACES = ['front', 'rear', 'both'] as const;

/** The command table, in menu order within each group. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'designs',
    title: 'Designs',
    group: 'File',
    hint: 'The designs kept in this browser: open, copy, rename, export, delete; versions; quarantine',
    run: () => setDesignsOpen(true),
  },
  {
    id: 'new',
    title: 'New',
    group: 'File',
    hint: 'A new design with one 42U rack (the open one stays in Designs)',
    run: () => void startNewDesign(),
  },
  {
    id: 'open',
    title: 'Open…',
    group: 'File',
    hint: 'A design file (.mpo.json or .mpo.json.gz)',
    keys: [{ key: 'o', mod: true }],
    scope: 'always',
    run: () => document.getElementById(OPEN_INPUT_ID)?.click(),
  },
  {
    id: 'save',
    title: 'Save',
    group: 'File',
    hint: 'Download the design as a .mpo.json file',
    keys: [{ key: 's', mod: true }],
    scope: 'always',
    run: () => saveDesignFile(state().doc),
  },
  {
    id: 'save-gz',
    title: 'Design file, compressed (.mpo.json.gz)',
    group: 'Export',
    hint: 'Save as a compressed design file (.mpo.json.gz, about 20× smaller, for very large designs); Open and drop read it like a .json file',
    scope: 'always',
    run: () => void saveCompressedDesignFile(state().doc),
  },
  {
    id: 'portmap',
    title: 'Port map',
    group: 'File',
    hint: "Technician's port map: search a label, tap a port, read its path (read-only)",
    run: () => {
      location.hash = '#view=portmap';
    },
  },
  {
    id: 'undo',
    title: 'Undo',
    group: 'Edit',
    hint: 'Undo history lasts until this tab is reloaded; Designs → Versions keeps earlier states',
    keys: [{ key: 'z', mod: true }],
    edits: true,
    enabled: () => state().history.past.length > 0,
    run: () => act().undo(),
  },
  {
    id: 'redo',
    title: 'Redo',
    group: 'Edit',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    edits: true,
    enabled: () => state().history.future.length > 0,
    run: () => act().redo(),
  },
  {
    id: 'delete',
    title: 'Delete the selection',
    group: 'Edit',
    hint: 'The selected rack, device or cable',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    edits: true,
    run: () => act().deleteSelection(),
  },
  {
    id: 'nudge-up',
    title: 'Move the selected equipment up one U',
    group: 'Edit',
    keys: [{ key: 'ArrowUp' }],
    edits: true,
    enabled: deviceSelected,
    run: () => act().nudgeSelection(1),
  },
  {
    id: 'nudge-down',
    title: 'Move the selected equipment down one U',
    group: 'Edit',
    keys: [{ key: 'ArrowDown' }],
    edits: true,
    enabled: deviceSelected,
    run: () => act().nudgeSelection(-1),
  },
  {
    id: 'rack-left',
    title: 'Move the selected rack left in its row',
    group: 'Edit',
    keys: [{ key: 'ArrowLeft' }],
    edits: true,
    enabled: rackSelected,
    run: () => stepSelectedRack(-1),
  },
  {
    id: 'rack-right',
    title: 'Move the selected rack right in its row',
    group: 'Edit',
    keys: [{ key: 'ArrowRight' }],
    edits: true,
    enabled: rackSelected,
    run: () => stepSelectedRack(1),
  },
  {
    id: 'escape',
    title: 'Cancel',
    group: 'Edit',
    hint: 'Cancel a drag, leave the connect or place tool, clear the selection',
    keys: [{ key: 'Escape' }],
    run: () => act().escape(),
  },
  {
    id: 'connect-by-label',
    title: 'Connect by label…',
    group: 'Edit',
    hint: 'Type both ends (R1-P1-C1-Port3 or the TIA-606 form), choose the cable, see the verdict, connect',
    keys: [{ key: 'c' }],
    edits: true,
    run: () => setUi({ connectByLabel: true }),
  },
  {
    id: 'add-rack',
    title: '+ Rack',
    group: 'Edit',
    hint: 'Add a 42U rack at the end of the last row',
    edits: true,
    run: () => {
      const id = act().addRack();
      if (id) {
        act().select({ kind: 'rack', id });
        act().requestView('fit-all');
      }
    },
  },
  {
    id: 'fit-content',
    title: 'Zoom to the equipment',
    group: 'View',
    keys: [{ key: 'f' }],
    run: () => act().requestView('fit-content'),
  },
  {
    id: 'fit-all',
    title: 'Fit',
    group: 'View',
    hint: 'Fit the whole row',
    keys: [{ key: 'f', shift: true }],
    run: () => act().requestView('fit-all'),
  },
  {
    id: 'zoom-selection',
    title: 'Zoom to selection',
    group: 'View',
    hint: 'Frame the selected device, port, cable or rack (double-click does it too); Fit without a selection',
    keys: [{ key: '@' }],
    run: zoomToSelection,
  },
  {
    id: 'minimap',
    title: 'Minimap',
    group: 'View',
    hint: 'Show or hide the minimap of the hall (bottom-right of the canvas)',
    keys: [{ key: 'm' }],
    run: toggleMinimap,
  },
  { id: 'zoom-in', title: 'Zoom in', group: 'View', keys: [{ key: '+' }, { key: '=' }], run: () => zoomBy(1.25) },
  { id: 'zoom-out', title: 'Zoom out', group: 'View', keys: [{ key: '-' }], run: () => zoomBy(1 / 1.25) },
  ...RACK_FACES.map((face, i): Command => ({
    id: `face-${face}`,
    title: face === 'both' ? 'Both' : face === 'front' ? 'Front' : 'Rear',
    group: 'View',
    hint: `Show ${face === 'both' ? 'both faces' : `the ${face} face`} of the racks`,
    keys: [{ key: String(i + 1) }],
    run: () => {
      act().setFace(face);
      act().requestView('fit-content');
    },
  })),
  {
    id: 'collapse-empty',
    title: 'Collapse empty U',
    group: 'View',
    hint: 'Collapse long runs of empty rack units into short bands (a drop on a band lands at its top unit)',
    keys: [{ key: 'u' }],
    run: () => act().setCollapseEmpty(!state().session.collapseEmpty),
  },
  {
    id: 'parts',
    title: 'Parts',
    group: 'View',
    hint: 'Show or hide the parts palette (narrow screens)',
    run: () => setUi({ partsOpen: !uiState.getState().partsOpen }),
  },
  ...DEMOS.map((d): Command => ({
    id: `demo:${d.id}`,
    title: d.title,
    group: 'Demos',
    hint: d.blurb,
    run: () => void loadDemo(d.id),
  })),
  ...EXPORTS.map((x): Command => ({
    id: `export:${x.kind}`,
    title: x.label,
    group: 'Export',
    hint: x.hint,
    enabled: () => uiState.getState().busy === null,
    run: () =>
      void withProgress(x, () => {
        const s = state();
        return runExport(x.kind, s.doc, {
          face: s.session.face,
          collapse: s.session.collapseEmpty,
          baseUrl: pageUrl(),
        });
      }),
  })),
  {
    id: 'export:share',
    title: 'Share link…',
    group: 'Export',
    hint: 'The design inside a URL: read-only port map or editable copy',
    run: () => setUi({ share: true }),
  },
  {
    id: 'export:team',
    title: 'Share with team…',
    group: 'Export',
    hint: 'Publish to a live room on a sync server: edit and view links',
    run: () => setUi({ teamShare: true }),
  },
  {
    id: 'netbox:import',
    title: 'Import NetBox YAML…',
    group: 'NetBox',
    hint: 'Device types and module types (devicetype-library); or drop the files on the app',
    run: pickYamlFiles,
  },
  {
    id: 'netbox:parts',
    title: 'Export custom parts (YAML)',
    group: 'NetBox',
    hint: 'The design’s imported and edited parts as device/module types',
    run: () => setUi({ netboxExport: 'parts' }),
  },
  {
    id: 'netbox:cables',
    title: 'Export cables (CSV)',
    group: 'NetBox',
    hint: 'NetBox cable import, with what NetBox cannot express',
    run: () => setUi({ netboxExport: 'cables' }),
  },
  {
    id: 'field:import',
    title: 'Import test results (CSV)…',
    group: 'Field test',
    hint: 'Tester export: map the columns, review matches, import as one undo step',
    run: pickResultsFile,
  },
  ...FIELD_EXPORTS.map((x): Command => ({
    id: `field:${x.kind}`,
    title: x.label,
    group: 'Field test',
    hint: x.hint,
    enabled: () => uiState.getState().busy === null,
    run: () => void withProgress(x, () => runFieldExport(x.kind, state().doc)),
  })),
  {
    id: 'palette',
    title: 'Command palette',
    group: 'Help',
    hint: 'Find and run any command by name',
    keys: [{ key: 'k', mod: true }],
    scope: 'always',
    run: () => setUi({ commandPalette: true }),
  },
  {
    id: 'shortcuts',
    title: 'Keyboard shortcuts',
    group: 'Help',
    hint: 'Show this list',
    keys: [{ key: '?' }],
    run: () => act().setShortcutsOpen(true),
  },
];

const byId = new Map(COMMANDS.map((c) => [c.id, c] as const));

/**
 * The command with `id`.
 * @throws Error for an unknown id (a programming error: toolbars name commands by id).
 */
export function command(id: string): Command {
  const c = byId.get(id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/**
 * True when the command's chord runs now (`enabled`). An edit while a design is opening still
 * runs from the keyboard: the store refuses it and says so once (a silent key would puzzle).
 */
export const runsFromKeyboard = (c: Command): boolean => c.enabled?.() ?? true;

/** True when the command can run now: greyed out otherwise (an edit while a design is opening too). */
export const isEnabled = (c: Command): boolean => runsFromKeyboard(c) && !(c.edits && state().session.opening !== null);
