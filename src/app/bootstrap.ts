/**
 * Start-up: open the library of designs and this tab's design (see `designLibrary.ts`), and
 * install the page-hide flush and the versions taken before bulk changes.
 */
import { installLibraryHooks, startLibrary, type BootResult } from './designLibrary';

export type { BootResult } from './designLibrary';

/** Opens the design this tab shows. Never throws. */
export async function bootstrap(): Promise<BootResult> {
  installLibraryHooks();
  return startLibrary();
}
