/**
 * A design that is opening takes no edits (desktop): with IndexedDB writes held back, New and at
 * once Ctrl+Z and "+ Rack" — the shortcut is refused (told once), "+ Rack" waits greyed out until
 * the new design is bound and then adds its rack there; the design left is unchanged when opened
 * again from Designs. Screenshots: test-results/screens/opening-desktop.png (while opening),
 * opening-done-desktop.png. The flow and the slow-write wrapper are in `openingFlow.ts`.
 */
import { test } from '@playwright/test';
import { newThenRackRace } from './openingFlow';

test('New then at once Ctrl+Z and + Rack: the rack lands in the new design, the one left is unchanged', async ({
  page,
}) => {
  // Measured ~8 s alone (writes held back 800 ms each); 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await newThenRackRace(page, (l) => l.click(), 'desktop');
});
