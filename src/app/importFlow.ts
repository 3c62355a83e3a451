/**
 * Opening files in the app (drag-and-drop, Open, "Import NetBox YAML…"): a `.json` or
 * `.mpo.json.gz` design file is validated by `io/loadDesign` before it reaches the store (a refusal names the JSON path and
 * leaves the open design untouched); a `.yaml`/`.yml` NetBox device or module type becomes a
 * pending import (`store/importState.ts`) the user reviews before "Add to catalogue"; a `.csv` of
 * tester results opens the test-results import dialog (issue 14).
 */
import type { ParseResult } from '../io/loadDesign';
import { designerStore } from '../store/store';
import { dismissLoadError, importYamlText, showLoadError } from '../store/importState';
import { openDesign } from './viewCommands';
import { beginOpening, quoted, type Opening } from './openingState';

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** File kinds the app opens, by name ending (a gzip design is also recognised by content; a `.csv` is a tester export, issue 14). */
export function fileKind(name: string): 'design' | 'netbox' | 'results' | null {
  const n = name.toLowerCase();
  if (n.endsWith('.json') || n.endsWith('.json.gz') || n.endsWith('.gz')) return 'design';
  if (n.endsWith('.yaml') || n.endsWith('.yml')) return 'netbox';
  if (n.endsWith('.csv')) return 'results';
  return null;
}

/**
 * Validates a design file's text and opens it as a new design of the library (the open one stays
 * there), or shows the refusal with the JSON path. Returns true when the design was opened.
 */
export async function openDesignText(fileName: string, text: string): Promise<boolean> {
  const { parseDesignFile } = await import('../io/loadDesign');
  return await openParsed(fileName, parseDesignFile(text));
}

/**
 * Opens a design file from its bytes: plain JSON or gzip (`.mpo.json.gz`, recognised by content),
 * size-checked before decoding and while decompressing. Returns true when the design was opened.
 * `via`: the opening started when the file was chosen (edits wait while it is read and checked).
 */
export async function openDesignBytes(fileName: string, bytes: Uint8Array, via?: Opening): Promise<boolean> {
  const { readDesignBytes } = await import('../io/designBytes');
  return await openParsed(fileName, await readDesignBytes(bytes), via);
}

async function openParsed(fileName: string, r: ParseResult, via?: Opening): Promise<boolean> {
  if (!r.ok) {
    showLoadError({ file: fileName, path: r.error.path, message: r.error.message });
    return false;
  }
  dismissLoadError();
  await openDesign(r.design, `Opened ${fileName}`, 'import', via);
  const w = r.warnings.length;
  designerStore
    .getState()
    .actions.notify(
      'success',
      `Opened ${fileName}${w ? ` (${w} warning${w > 1 ? 's' : ''}: ${r.warnings[0]?.path ?? ''} ${r.warnings[0]?.message ?? ''}${w > 1 ? ' …' : ''})` : ''}`,
    );
  return true;
}

/**
 * Opens or imports each file: a gzip file (by content) or a `.json` file is a design, a
 * `.yaml`/`.yml` file a NetBox device or module type, a `.csv` file tester results (the import
 * dialog). Sizes are checked before reading: 64 MB for
 * a design file (plain or compressed; the decompressed text too), 1 MB for a NetBox file. Other
 * kinds are refused with a message. Never throws.
 */
export async function importFiles(files: Iterable<File>): Promise<void> {
  const list = [...files];
  // A design file becomes the open design: edits wait from now, while it is read and checked too.
  const first = list[0];
  const opening = first && fileKind(first.name) === 'design' ? beginOpening(quoted(first.name)) : null;
  try {
    await importEach(list, opening);
  } finally {
    opening?.end();
  }
}

async function importEach(files: readonly File[], firstOpening: Opening | null): Promise<void> {
  let opening = firstOpening;
  const [{ MAX_FILE_BYTES }, { isGzip }, { MAX_YAML_CHARS }] = await Promise.all([
    import('../io/loadDesign'),
    import('../io/designBytes'),
    import('../io/netbox/document'),
  ]);
  for (const [i, f] of files.entries()) {
    if (i > 0) {
      // The first file was refused before it was opened: edits go on.
      opening?.end();
      opening = null;
    }
    const kind = fileKind(f.name);
    if (kind === 'results') {
      // Tester results open the import dialog (mapping, review); it checks the size itself.
      const { openResultsFile } = await import('./testImport/pendingImport');
      await openResultsFile(f);
      continue;
    }
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
    if (kind === 'design' || isGzip(bytes)) {
      // The first file's opening was started with the call; a later one's starts here.
      const via = opening ?? beginOpening(quoted(f.name));
      opening = null;
      try {
        await openDesignBytes(f.name, bytes, via);
      } finally {
        via.end();
      }
    } else if (kind === 'netbox') await importYamlText(f.name, new TextDecoder().decode(bytes));
    else
      showLoadError({
        file: f.name,
        path: '',
        message:
          'not a design file (.json, .mpo.json.gz), a NetBox device/module type (.yaml, .yml) or test results (.csv)',
      });
  }
}

/** Opens the file picker for NetBox YAML (a detached input, so the page keeps one file input: Open). */
export function pickYamlFiles(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.yaml,.yml,application/yaml,text/yaml';
  input.multiple = true;
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    if (files.length) void importFiles(files);
  });
  input.click();
}
