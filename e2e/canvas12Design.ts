/**
 * The design of the canvas12 specs (drawn in `src/canvas/fixtures/bundleDesign.ts`): opening it,
 * and finding its cables.
 */
import type { Page } from '@playwright/test';
import { BUNDLE_DESIGN_NAME, bundleDesign } from '../src/canvas/fixtures/bundleDesign';
import { ready } from './canvas12Screens';

/** Opens the app and the design (setup through the test API; every gesture after it is real). */
export async function openBundleDesign(page: Page): Promise<void> {
  await page.goto('/');
  await ready(page);
  const d = bundleDesign();
  await page.evaluate((x) => window.__designer!.loadDesign(x as never, 'Open bundle design'), d);
  await page.waitForFunction((n) => window.__designer!.getState().doc.name === n, BUNDLE_DESIGN_NAME);
  await page.waitForTimeout(300);
}

/** The id of the cable named `name`. */
export const cableId = (page: Page, name: string) =>
  page.evaluate(
    (n) => Object.values(window.__designer!.getState().doc.cables).find((c) => c.name === n)!.id as string,
    name,
  );
