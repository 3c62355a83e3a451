/**
 * Importing files into the app (drag-and-drop, Open, "Import NetBox YAML…"): a `.json` design
 * file is validated by `io/loadDesign` before it reaches the store (a refusal names the JSON path
 * and leaves the open design untouched); a `.yaml`/`.yml` NetBox device or module type becomes a
 * pending import report (`panels/ImportReport.tsx`) the user reviews before "Add to catalogue".
 * Also the glue between the user catalogue and the design: a catalogue part is copied into
 * `design.parts` when it is used, so design files carry the parts they need.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { addParts } from '../core/edits';
import type { PartId } from '../core/ids';
import type { Part } from '../core/parts';
import type { ParseResult } from '../io/loadDesign';
import type { LintFinding } from '../io/netbox/lint';
import { designerStore } from '../store/store';
import { addToUserCatalogue, userPart } from '../store/userCatalogue';
import { openDesign } from './viewCommands';
import { own } from '../core/own';

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

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** File kinds the app opens, by name ending (a gzip design is also recognised by content). */
export function fileKind(name: string): 'design' | 'netbox' | null {
  const n = name.toLowerCase();
  if (n.endsWith('.json') || n.endsWith('.json.gz') || n.endsWith('.gz')) return 'design';
  if (n.endsWith('.yaml') || n.endsWith('.yml')) return 'netbox';
  return null;
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

/**
 * Validates a design file's text and opens it (one undo step), or shows the refusal with the JSON
 * path. Returns true when the design was opened.
 */
export async function openDesignText(fileName: string, text: string): Promise<boolean> {
  const { parseDesignFile } = await import('../io/loadDesign');
  return openParsed(fileName, parseDesignFile(text));
}

/**
 * Opens a design file from its bytes: plain JSON or gzip (`.mpo.json.gz`, recognised by content),
 * size-checked before decoding and while decompressing. Returns true when the design was opened.
 */
export async function openDesignBytes(fileName: string, bytes: Uint8Array): Promise<boolean> {
  const { readDesignBytes } = await import('../io/designBytes');
  return openParsed(fileName, await readDesignBytes(bytes));
}

function openParsed(fileName: string, r: ParseResult): boolean {
  if (!r.ok) {
    showLoadError({ file: fileName, path: r.error.path, message: r.error.message });
    return false;
  }
  dismissLoadError();
  openDesign(r.design, `Open ${fileName}`);
  const w = r.warnings.length;
  designerStore
    .getState()
    .actions.notify(
      'success',
      `Opened ${fileName}${w ? ` (${w} warning${w > 1 ? 's' : ''}: ${r.warnings[0]?.path ?? ''} ${r.warnings[0]?.message ?? ''}${w > 1 ? ' …' : ''})` : ''}`,
    );
  return true;
}

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

/**
 * Opens or imports each file: a gzip file (by content) or a `.json` file is a design, a
 * `.yaml`/`.yml` file a NetBox device or module type. Sizes are checked before reading: 64 MB for
 * a design file (plain or compressed; the decompressed text too), 1 MB for a NetBox file. Other
 * kinds are refused with a message. Never throws.
 */
export async function importFiles(files: Iterable<File>): Promise<void> {
  const [{ MAX_FILE_BYTES }, { isGzip }, { MAX_YAML_CHARS }] = await Promise.all([
    import('../io/loadDesign'),
    import('../io/designBytes'),
    import('../io/netbox/document'),
  ]);
  for (const f of files) {
    const kind = fileKind(f.name);
    const limit = kind === 'netbox' ? MAX_YAML_CHARS : MAX_FILE_BYTES;
    if (f.size > limit) {
      showLoadError({
        file: f.name,
        path: kind === 'netbox' ? 'line 1' : '$',
        message: `file too large: ${mb(f.size)}; the limit is ${mb(limit)} (${limit} bytes)`,
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch (e) {
      showLoadError({
        file: f.name,
        path: '',
        message: `could not read the file: ${e instanceof Error ? e.message : String(e)}`,
      });
      continue;
    }
    if (kind === 'design' || isGzip(bytes)) await openDesignBytes(f.name, bytes);
    else if (kind === 'netbox') await importYamlText(f.name, new TextDecoder().decode(bytes));
    else
      showLoadError({
        file: f.name,
        path: '',
        message: 'not a design file (.json, .mpo.json.gz) or a NetBox device/module type (.yaml, .yml)',
      });
  }
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
  if (had && !same(had, part))
    s.actions.loadDesign(addParts(s.doc, [part]), `Update ${part.name} from ${item.fileName}`);
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
