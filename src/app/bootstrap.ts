/**
 * Start-up: restore the autosaved design (validated like an opened file), or load the first
 * built-in demo on first start; then autosave every change to IndexedDB.
 */
import { DEMOS } from '../demos/demos';
import { restoreDesign, startAutosave } from '../store/persistence';
import { designerStore } from '../store/store';

/** What start-up found. */
export type BootResult = 'restored' | 'first-start' | 'invalid-save';

/** Restores or seeds the design. Never throws. */
export async function bootstrap(): Promise<BootResult> {
  const a = designerStore.getState().actions;
  const r = await restoreDesign();
  if (r.kind === 'design') {
    a.resetDesign(r.design);
    return 'restored';
  }
  const first = DEMOS[0];
  if (first) a.resetDesign(first.build());
  if (r.kind === 'invalid') {
    a.notify('error', `The autosaved design could not be read (${r.reason}); a demo was loaded instead`);
    return 'invalid-save';
  }
  a.notify('info', `Welcome: this is the “${first?.title ?? ''}” demo. More in Demos; New starts an empty design.`);
  return 'first-start';
}

let stopAutosave: (() => Promise<void>) | null = null;

/** Starts autosave; `onSaved` reports each write. */
export function beginAutosave(onSaved: () => void): void {
  stopAutosave ??= startAutosave(designerStore, { delayMs: 250, onSaved });
}

/** Writes any pending autosave now (tests, before unload). */
export async function flushAutosave(): Promise<void> {
  if (!stopAutosave) return;
  const stop = stopAutosave;
  stopAutosave = null;
  await stop();
  stopAutosave = startAutosave(designerStore, { delayMs: 250 });
}
