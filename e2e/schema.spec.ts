/**
 * One schema at every door, end to end (issue 9, desktop): a cable length of 200000 typed into
 * the inspector is refused in place with the rule and the design does not change; the same edit
 * sent as a command is refused at the commit with its JSON path in the status bar; a design name
 * over 500 characters is refused at the toolbar field; a compressed `.mpo.json.gz` design opens
 * by drop (recognised by content); a share link that would expand past its limit is refused
 * before it is decompressed.
 */
import { expect, test, type Page } from '@playwright/test';
import lz from 'lz-string';

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

const doc = (page: Page) => page.evaluate(() => window.__designer!.getState().doc);
const pastSteps = (page: Page) => page.evaluate(() => window.__designer!.getState().history.past.length);

/** Opens the broken Method A demo and selects its first cable; returns the cable id. */
async function selectFirstCable(page: Page): Promise<string> {
  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  const id = await page.evaluate(() => {
    const d = window.__designer!.getState().doc;
    const c = Object.values(d.cables).sort((a, b) => (a.lengthM > b.lengthM ? -1 : 1))[0]!;
    window.__designer!.actions.select({ kind: 'cable', id: c.id });
    return c.id;
  });
  return id;
}

test('typing 200000 into a cable length is refused in place with the rule; the design is unchanged', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const id = await selectFirstCable(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const length = inspector.getByLabel('Length');
  await expect(length).toBeVisible();
  await expect(inspector.getByText('0–100,000 m')).toBeVisible();
  const before = await doc(page);
  const steps = await pastSteps(page);

  await length.fill('200000');
  await length.press('Enter');
  const error = inspector.getByTestId('field-error');
  await expect(error).toHaveText('Not saved: length must be 0–100,000 m; received 200000');
  await expect(length).toHaveAttribute('aria-invalid', 'true');
  await expect(length).toHaveValue('200000');
  await page.screenshot({ path: 'test-results/screens/length-refused-desktop.png' });
  expect(await doc(page)).toEqual(before);
  expect(await pastSteps(page)).toBe(steps);

  // Escape puts the stored value back; a legal length then commits as one undo step.
  await length.press('Escape');
  await expect(length).toHaveValue(String(before.cables[id]!.lengthM));
  await expect(error).toBeHidden();
  await length.fill('100000');
  await length.press('Enter');
  await expect.poll(async () => (await doc(page)).cables[id]!.lengthM).toBe(100_000);
  expect(await pastSteps(page)).toBe(steps + 1);
});

test('the same edit sent as a command is refused at the commit; the status bar names the JSON path', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const id = await selectFirstCable(page);
  const before = await doc(page);
  const ok = await page.evaluate((c) => window.__designer!.actions.updateCable(c as never, { lengthM: 200_000 }), id);
  expect(ok).toBe(false);
  const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`;
  await expect(page.getByTestId('notice')).toContainText(`$.cables${key}.lengthM must be 0–100,000 m; received 200000`);
  expect(await doc(page)).toEqual(before);
});

test('a design name over 500 characters is refused at the toolbar field', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const before = await doc(page);
  const name = page.getByLabel('Design name');
  await name.fill('n'.repeat(501));
  await name.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: the name' })).toContainText(
    'must be at most 500 characters (has 501)',
  );
  expect((await doc(page)).name).toBe(before.name);
});

test('a compressed .mpo.json.gz design opens by drop, recognised by its content', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const dt = await page.evaluateHandle(async () => {
    const d = { ...window.__designer!.getState().doc, name: 'From gzip' };
    const gz = new Blob([JSON.stringify(d)]).stream().pipeThrough(new CompressionStream('gzip'));
    const bytes = await new Response(gz).arrayBuffer();
    const t = new DataTransfer();
    t.items.add(new File([bytes], 'hall.mpo.json.gz', { type: 'application/gzip' }));
    return t;
  });
  await page.dispatchEvent('main.canvas-area', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main.canvas-area', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('main.canvas-area', 'drop', { dataTransfer: dt });
  await expect.poll(async () => (await doc(page)).name).toBe('From gzip');
});

test('a share link that would expand past its limit is refused before decompressing', async ({ page }) => {
  // 2,400 characters of link that would expand to 1.1 M characters (450×).
  const payload = lz.compressToEncodedURIComponent(`{"name":"${'x'.repeat(1_100_000)}"}`);
  expect(payload.length).toBeLessThan(3_000);
  await page.goto(`/#design=${payload}&mode=view`);
  await ready(page);
  await expect(page.getByTestId('notice')).toContainText(
    'The shared link could not be opened: $: The design in the link would expand to more than 1,000,000 characters',
  );
});
