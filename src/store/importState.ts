/**
 * The import state of the app: the last refused file (a banner with its JSON path), the queue of
 * imported NetBox device/module types waiting for review (`panels/ImportReport.tsx`) and the part
 * whose facts are being edited, with the actions on them. Also the glue between the user
 * catalogue and the design: a catalogue part is copied into `design.parts` when it is used, so
 * design files carry the parts they need. Opening files by kind is `app/importFlow.ts`.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { addParts } from '../core/edits';
import { own } from '../core/own';
import type { PartId } from '../core/ids';
import type { Part } from '../core/parts';
import type { LintFinding } from '../io/netbox/lint';
import { beforeBulkChange } from './bulkChange';
import { designerStore } from './store';
import { addToUserCatalogue, userPart } from './userCatalogue';

/** A refused file: its name, the JSON path of the problem (`$` for the whole file) and what is wrong. */
export interface LoadError {
  readonly file: string;
  /** JSON path (design files) or `line N` (NetBox YAML); empty when the file could not be read at all. */
  readonly path: string;
  readonly message: string;
}

/** One imported NetBox file waiting for review. */
export interface PendingImport {
  readonly seq: number;
  readonly fileName: string;
  readonly part: Part;
  readonly lint: readonly LintFinding[];
  /** What the file does not say (importer prompts), in the importer's words. */
  readonly unknowns: readonly string[];
}

/** The import UI state: the last refusal, the review queue, the part whose facts are being edited. */
export interface ImportState {
  readonly error: LoadError | null;
  readonly pending: readonly PendingImport[];
  readonly editing: Part | null;
}

/** The import state store (zustand vanilla). */
export const importState = createStore<ImportState>()(() => ({ error: null, pending: [], editing: null }));

let seq = 0;

/** React hook: a slice of the import state. */
export function useImportState<T>(selector: (s: ImportState) => T): T {
  return useStore(importState, selector);
}

/** Shows a refusal (the open design is not touched). */
export function showLoadError(error: LoadError): void {
  importState.setState({ error });
  designerStore
    .getState()
    .actions.notify('error', `${error.file}: ${error.path ? `${error.path}: ` : ''}${error.message}`);
}

/** Dismisses the refusal banner. */
export const dismissLoadError = (): void => importState.setState({ error: null });

/** Imports a NetBox YAML file's text into the review queue, or shows the importer's refusal. */
export async function importYamlText(fileName: string, text: string): Promise<boolean> {
  const { importNetboxYaml } = await import('../io/netbox/importNetbox');
  const r = importNetboxYaml(text, fileName);
  if (!r.ok) {
    // The importer's message starts with the file name (and line); the banner shows those apart.
    const message = r.error.startsWith(fileName)
      ? r.error.slice(fileName.length).replace(/^(, line \d+)?: /, '')
      : r.error;
    showLoadError({ file: fileName, path: `line ${r.line}`, message });
    return false;
  }
  dismissLoadError();
  importState.setState((s) => ({
    pending: [...s.pending, { seq: ++seq, fileName, part: r.part, lint: r.lint, unknowns: r.unknowns }],
  }));
  return true;
}

const same = (a: Part | undefined, b: Part): boolean =>
  a === b || (a !== undefined && JSON.stringify(a) === JSON.stringify(b));

/**
 * Copies a catalogue part into `design.parts` (one undo step) unless the design already holds an
 * identical copy. Called before placing a part from the palette's "Imported" group.
 */
export function ensurePartInDesign(part: Part): void {
  const s = designerStore.getState();
  const had = own(s.doc.parts, part.id);
  if (same(had, part)) return;
  s.actions.loadDesign(
    addParts(s.doc, [part]),
    had ? `Update ${part.name} from the catalogue` : `Add ${part.name} to the design`,
  );
}

/**
 * Accepts a reviewed import: the part (with any facts the user set) joins the user catalogue;
 * when the open design already holds a part with its id, the design's copy is updated too (one
 * undo step).
 */
export async function acceptImport(item: PendingImport, part: Part): Promise<void> {
  importState.setState((s) => ({ pending: s.pending.filter((p) => p.seq !== item.seq) }));
  const s = designerStore.getState();
  const had = own(s.doc.parts, part.id);
  if (had && !same(had, part)) {
    const label = `Update ${part.name} from ${item.fileName}`;
    beforeBulkChange(label, s.doc);
    s.actions.loadDesign(addParts(s.doc, [part]), label);
  }
  await addToUserCatalogue(part);
  designerStore.getState().actions.notify('success', `${part.name} added to the Imported parts of the palette`);
}

/** Drops a reviewed import without adding it. */
export const discardImport = (item: PendingImport): void =>
  importState.setState((s) => ({ pending: s.pending.filter((p) => p.seq !== item.seq) }));

/** Opens the fact editor for a part of the design or of the user catalogue (the design's copy first). */
export function editPartFacts(id: PartId): void {
  const part = own(designerStore.getState().doc.parts, id) ?? userPart(id);
  if (part) importState.setState({ editing: part });
}

/** Closes the fact editor. */
export const closePartEditor = (): void => importState.setState({ editing: null });

/** Saves the edited part to the design and, when it is there, the user catalogue. */
export async function saveEditedPart(part: Part): Promise<void> {
  importState.setState({ editing: null });
  const s = designerStore.getState();
  const had = own(s.doc.parts, part.id);
  if (had && !same(had, part)) s.actions.loadDesign(addParts(s.doc, [part]), `Set facts of ${part.name}`);
  if (userPart(part.id)) await addToUserCatalogue(part);
  designerStore.getState().actions.notify('success', `Saved the facts of ${part.name}`);
}
