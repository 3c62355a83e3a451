/**
 * Start-up: open the library of designs and this tab's design (see `designLibrary.ts`), install
 * the page-hide flush and the versions taken before bulk changes, and join a room link
 * (`collab/roomSession.ts`).
 */
import { installRooms } from './collab/roomSession';
import { installLibraryHooks, startLibrary, type BootResult } from './designLibrary';

export type { BootResult } from './designLibrary';

/** Opens the design this tab shows. Never throws. */
export async function bootstrap(): Promise<BootResult> {
  installLibraryHooks();
  const result = await startLibrary();
  // A room link in the address bar opens (or creates) the room's local copy; a room copy
  // reconnects. Not awaited: the app shows at once and switches to the room when it is joined.
  void installRooms();
  return result;
}
