/**
 * The toolbar's More menu in specs: on a screen under 1,280 px (the iPad in portrait, the
 * tablet project's 834 px iPad Pro 11) the Designs view, the port map, the command palette, the
 * shortcuts and the Demos, NetBox and Field test commands are folded into More (src/app/MoreMenu.tsx);
 * elsewhere they are toolbar buttons. `showFolded` opens More when there is one, so a spec reaches
 * those commands the same way at every width.
 */
import type { Locator, Page } from '@playwright/test';

/** The More button (absent at 1,280 px and wider). */
export const moreButton = (page: Page): Locator => page.getByRole('button', { name: 'More commands' });

/** Opens the toolbar's More menu if the toolbar has one and it is closed (`press` taps or clicks). */
export async function showFolded(page: Page, press: (l: Locator) => Promise<void> = (l) => l.tap()): Promise<void> {
  const more = moreButton(page);
  if ((await more.count()) === 0) return;
  if ((await more.getAttribute('aria-expanded')) !== 'true') await press(more);
}
