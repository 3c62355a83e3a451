/**
 * The second half of the issue-12 Proof, after the two-rack channel is built (`proofFlow.ts`), for
 * the desktop and the tablet alike: the port picker open (axe), Connect by label for a second
 * circuit that fails Tx→Tx (an A-to-B cord at both ends of a Method A link; REFERENCE §5.4; axe with
 * the dialog open, a taken port refused with P1 named, one undo step per connection), the channel
 * list, the channel diagram of the passing and of the failing channel, the Designs view and the
 * port map, each saved as `test-results/screens/proof-<view>-<desktop|tablet>.png`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { doc, where } from './designerPage';
import { CORD_AB, SCREENS, type Driver } from './proofFlow';
import { showFolded } from './toolbarMore';

/** Serious and critical axe violations on the page, as `rule: targets`. */
export const seriousViolations = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const cableCount = async (page: Page) => Object.keys((await doc(page)).cables).length;

/** Opens Connect by label: the `C` key on the desktop, the command palette by touch on the tablet. */
async function openConnectByLabel(d: Driver): Promise<void> {
  const { page } = d;
  if (d.name === 'desktop') {
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('c');
    return;
  }
  await showFolded(page, (l) => d.tapOn(l));
  await d.tapOn(page.getByRole('button', { name: 'Command palette' }));
  await page.getByRole('combobox', { name: 'Find a command' }).fill('connect by label');
  await d.tapOn(page.locator('[data-command="connect-by-label"]'));
}

/** Runs the tour on `d`; `ids` are the flow's device ids (`buildTwoRackChannel`). */
export async function tourViews(d: Driver, ids: Record<string, string>): Promise<void> {
  const { page } = d;
  const shot = (view: string) => page.screenshot({ path: `${SCREENS}/proof-${view}-${d.name}.png` });
  await shot('designer');

  // The picker open over the R1 enclosure, with a cord armed.
  await d.arm(CORD_AB);
  const picker = await d.openPicker(await where(page, 'handle', ids.p1!));
  await expect(picker.locator('[role="option"][data-verdict="pass"]').first()).toBeVisible();
  await shot('picker');
  expect(await seriousViolations(page)).toEqual([]);
  if (d.name === 'desktop') {
    // Keyboard: the first cell that mates has the focus; arrows move; Escape closes.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-port') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).not.toBe(first);
    await page.keyboard.press('Escape');
  } else await d.tapOn(picker.getByRole('button', { name: 'Close port picker' }));
  await expect(picker).toBeHidden();
  await page.keyboard.press('Escape');

  // Connect by label: SW1 Eth2 → R1 cassette Port 2 and SW2 Eth2 → R2 cassette Port 2, both A-to-B.
  await openConnectByLabel(d);
  const dialog = page.getByRole('dialog', { name: 'Connect by label' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Cable').selectOption(CORD_AB);
  const from = dialog.getByRole('combobox', { name: 'From' });
  const to = dialog.getByRole('combobox', { name: 'To' });
  const n0 = await cableCount(page);
  for (const [box, typed, want, list] of [
    [from, 'sw1-eth2', 'R1-SW1-Eth2', 'From suggestions'],
    [to, 'c1-port2', 'R1-P1-C1-Port2', 'To suggestions'],
  ] as const) {
    await box.pressSequentially(typed);
    const first = dialog.getByRole('listbox', { name: list }).getByRole('option').first();
    await expect(first).toContainText(want);
    await box.press('Enter');
    await expect(box).toHaveValue(want);
  }
  const verdict = dialog.locator('.cbl-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await expect(verdict).toContainText('Connect to');
  await shot('connect-by-label');
  expect(await seriousViolations(page)).toEqual([]);
  const connect = dialog.getByRole('button', { name: 'Connect' });
  await d.tapOn(connect);
  await expect(dialog.locator('.cbl-done')).toContainText('Laid R1-SW1-Eth2 ↔ R1-P1-C1-Port2');
  // A taken port is refused before committing, with the rule named.
  await from.fill('R1-SW1-Eth1');
  await to.fill('R1-P1-C1-Port3');
  await expect(verdict).toHaveAttribute('data-verdict', 'fail');
  await expect(verdict).toContainText('P1 one plug per port');
  await expect(connect).toBeDisabled();
  await from.fill('R2-SW2-Eth2');
  await to.fill('R2-P2-C1-Port2');
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await d.tapOn(connect);
  await expect(dialog.locator('.cbl-done')).toContainText('Laid R2-SW2-Eth2 ↔ R2-P2-C1-Port2');
  expect(await cableCount(page)).toBe(n0 + 2);
  await d.tapOn(dialog.getByRole('button', { name: 'Close' }));
  await expect(dialog).toBeHidden();
  // One undo step per connection.
  await d.tapOn(page.getByRole('button', { name: 'Undo' }));
  await expect.poll(() => cableCount(page)).toBe(n0 + 1);
  await d.tapOn(page.getByRole('button', { name: 'Redo' }));
  await expect.poll(() => cableCount(page)).toBe(n0 + 2);

  // The channel list, and the diagrams of the passing and of the failing channel.
  const rows = page.locator('tr[data-channel]');
  await expect(rows).toHaveCount(2);
  await shot('channels');
  const passing = rows.filter({ hasText: 'Eth1' }).first();
  const failing = rows.filter({ hasText: 'Eth2' }).first();
  await expect(passing).toHaveAttribute('data-class', 'pass');
  await expect(failing).toHaveAttribute('data-class', 'fail');
  await expect(failing).toContainText('Tx→Tx');
  await d.tapOn(passing);
  const svg = page.locator('svg.channel-diagram').first();
  await expect(svg).toHaveAttribute('data-verdict', 'pass');
  await shot('diagram-passing');
  await d.tapOn(failing);
  await expect(svg).toHaveAttribute('data-verdict', 'fail');
  await shot('diagram-failing');

  // The Designs view and the port map.
  await showFolded(page, (l) => d.tapOn(l));
  await d.tapOn(page.getByRole('button', { name: 'Designs', exact: true }));
  await expect(page.getByRole('dialog', { name: 'Designs' })).toBeVisible();
  await shot('designs');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Designs' })).toBeHidden();
  await showFolded(page, (l) => d.tapOn(l));
  await d.tapOn(page.getByRole('link', { name: 'Port map', exact: true }));
  await expect(page.getByTestId('portmap')).toBeVisible();
  await shot('portmap');
}
