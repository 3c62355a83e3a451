/**
 * Opening files in the app (drag-and-drop, Open, "Import NetBox YAML…"): a `.json` design file
 * is validated by `io/loadDesign` before it reaches the store (a refusal names the JSON path and
 * leaves the open design untouched); a `.yaml`/`.yml` NetBox device or module type becomes a
 * pending import (`store/importState.ts`) the user reviews before "Add to catalogue".
 */
import { designerStore } from '../store/store';
import { dismissLoadError, importYamlText, showLoadError } from '../store/importState';
import { openDesign } from './viewCommands';

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** File kinds the app opens, by name ending. */
export function fileKind(name: string): 'design' | 'netbox' | null {
  const n = name.toLowerCase();
  if (n.endsWith('.json')) return 'design';
  if (n.endsWith('.yaml') || n.endsWith('.yml')) return 'netbox';
  return null;
}

/**
 * Validates a design file's text and opens it as a new design of the library (the open one stays
 * there), or shows the refusal with the JSON path. Returns true when the design was opened.
 */
export async function openDesignText(fileName: string, text: string): Promise<boolean> {
  const { parseDesignFile } = await import('../io/loadDesign');
  const r = parseDesignFile(text);
  if (!r.ok) {
    showLoadError({ file: fileName, path: r.error.path, message: r.error.message });
    return false;
  }
  dismissLoadError();
  await openDesign(r.design, `Opened ${fileName}`);
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
 * Opens or imports each file by its name ending (`.json` design, `.yaml`/`.yml` NetBox type).
 * Files over the 20 MB limit and other kinds are refused with a message. Never throws.
 */
export async function importFiles(files: Iterable<File>): Promise<void> {
  const { MAX_FILE_BYTES } = await import('../io/loadDesign');
  for (const f of files) {
    const kind = fileKind(f.name);
    if (!kind) {
      showLoadError({
        file: f.name,
        path: '',
        message: 'not a design file (.json) or a NetBox device/module type (.yaml, .yml)',
      });
      continue;
    }
    if (f.size > MAX_FILE_BYTES) {
      showLoadError({
        file: f.name,
        path: kind === 'design' ? '$' : '',
        message: `file too large: ${mb(f.size)}; the limit is ${mb(MAX_FILE_BYTES)} (${MAX_FILE_BYTES} bytes)`,
      });
      continue;
    }
    let text: string;
    try {
      text = await f.text();
    } catch (e) {
      showLoadError({
        file: f.name,
        path: '',
        message: `could not read the file: ${e instanceof Error ? e.message : String(e)}`,
      });
      continue;
    }
    if (kind === 'design') await openDesignText(f.name, text);
    else await importYamlText(f.name, text);
  }
}
