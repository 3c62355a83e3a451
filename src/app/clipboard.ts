/**
 * Copying a link to the clipboard from a dialog (share link, Share with team): resolves true when
 * copied; when the browser refuses (no permission, insecure context), says so in a notice and
 * resolves false — the link stays selectable in its field.
 */
import { designerActions } from '../store/store';

/** Copies `text`; true when the clipboard took it, false (with an error notice) otherwise. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    designerActions().notify('error', 'The browser did not allow copying: select the link and copy it by hand');
    return false;
  }
}
