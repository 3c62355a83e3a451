/**
 * The "+ Rack right after New" race, made deterministic without a product hook: an init script
 * holds back the `complete` event of IndexedDB read-write transactions by `SLOW_MS` while the
 * page's `__slowIdbWrites` is true (the data is committed; the app just learns it late, as on a
 * busy machine). Then New, at once a shortcut (Ctrl+Z) and "+ Rack": the rack must land in the
 * NEW design, the undo must not touch the design left, and the status bar says what is opening.
 *
 * ```text
 *   "Left behind" [Kept]  ──New──►  (opening: + Rack greyed, Ctrl+Z refused, "Opening “Untitled design”…")
 *                                        └──► "Untitled design" [Rack 1, + Rack's rack]   "Left behind" [Kept]
 * ```
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ready } from './designerPage';
import { showFolded } from './toolbarMore';

/** How long each read-write transaction's completion is held back, ms. */
export const SLOW_MS = 800;
/** Where the specs save screenshots. */
export const SCREENS = 'test-results/screens';

declare global {
  interface Window {
    __slowIdbWrites?: boolean;
    /** While true, completions are queued (not timed) until `releaseIdbWrites` (a busy machine can outlast any delay). */
    __holdIdbWrites?: boolean;
    __heldIdbWrites?: (() => void)[];
  }
}

/** Installs the slow-write wrapper (before any page script runs). */
export async function slowIndexedDbWrites(page: Page): Promise<void> {
  await page.addInitScript((delay: number) => {
    const transaction = IDBDatabase.prototype.transaction;
    const later =
      (tx: IDBTransaction, fn: (ev: Event) => unknown) =>
      (ev: Event): void => {
        const run = () => void fn.call(tx, ev);
        if (window.__holdIdbWrites) (window.__heldIdbWrites ??= []).push(run);
        else void setTimeout(run, delay);
      };
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ): IDBTransaction {
      const tx = transaction.apply(this, args);
      if (args[1] !== 'readwrite' || !window.__slowIdbWrites) return tx;
      const prop = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
      Object.defineProperty(tx, 'oncomplete', {
        configurable: true,
        get: () => prop.get!.call(tx),
        set: (fn: ((ev: Event) => unknown) | null) => prop.set!.call(tx, fn && later(tx, fn)),
      });
      const add = tx.addEventListener.bind(tx);
      tx.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, o?: AddEventListenerOptions) =>
        add(
          type,
          type === 'complete' && typeof fn === 'function' ? later(tx, fn as (ev: Event) => unknown) : fn,
          o,
        )) as IDBTransaction['addEventListener'];
      return tx;
    };
  }, SLOW_MS);
}

/**
 * Holds every read-write completion from now on until `releaseIdbWrites` (with `__slowIdbWrites`):
 * the opening then lasts as long as the test needs, however slow the machine.
 */
export async function holdIdbWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__slowIdbWrites = true;
    window.__holdIdbWrites = true;
  });
}

/** Lets the held completions run (in order) and later ones complete at once. */
export async function releaseIdbWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__holdIdbWrites = false;
    window.__slowIdbWrites = false;
    for (const run of window.__heldIdbWrites?.splice(0) ?? []) run();
  });
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__designer!.getState();
    return {
      name: s.doc.name,
      racks: Object.values(s.doc.racks)
        .map((r) => r.name)
        .sort(),
      id: window.__designer!.library.currentId(),
    };
  });

/**
 * The race on `page` (desktop or tablet; `press` clicks or taps). Returns after checking the new
 * and the previous design; saves `${SCREENS}/opening-<suffix>.png` while the design opens.
 */
export async function newThenRackRace(page: Page, press: (l: Locator) => Promise<void>, suffix: string): Promise<void> {
  await slowIndexedDbWrites(page);
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => {
    const a = window.__designer!.actions;
    a.renameDesign('Left behind');
    a.addRack({ name: 'Kept' });
  });
  const before = await state(page);
  expect(before.racks).toContain('Kept');

  const addRack = page.locator('[data-command="add-rack"]');
  const indicator = page.getByTestId('opening');
  const notice = page.getByTestId('notice');
  await holdIdbWrites(page);
  await press(page.locator('[data-command="new"]'));
  // While the new design is created and read (held until released), the design on screen is the one left.
  await expect(indicator).toHaveText('Opening “Untitled design”…');
  await expect(addRack).toBeDisabled();
  await expect(page.locator('.palette .part .add').first()).toBeDisabled();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox').first()).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(notice).toHaveText('Opening “Untitled design” — wait a moment');
  await page.screenshot({ path: `${SCREENS}/opening-${suffix}.png` });
  // Released now; Playwright waits for the button to be enabled: the click lands once the new design is bound.
  await releaseIdbWrites(page);
  await press(addRack);
  await expect(indicator).toBeEmpty();

  await expect.poll(async () => (await state(page)).racks.length).toBe(2);
  const opened = await state(page);
  expect(opened.name).toBe('Untitled design');
  expect(opened.id).not.toBe(before.id);
  expect(opened.racks).not.toContain('Kept');
  await page.screenshot({ path: `${SCREENS}/opening-done-${suffix}.png` });

  // The design left is exactly as it was: its rack kept, no stray rack, nothing undone.
  await showFolded(page, press);
  await press(page.locator('[data-command="designs"]'));
  const view = page.getByRole('dialog', { name: 'Designs' });
  await press(view.locator(`tr[data-design="${before.id}"]`).getByRole('button', { name: 'Open', exact: true }));
  await expect.poll(async () => (await state(page)).id).toBe(before.id);
  await expect(indicator).toBeEmpty();
  expect(await state(page)).toEqual(before);
}
