import { chromium, defineConfig, devices } from '@playwright/test';
import type { LaunchOptions } from '@playwright/test';
import { isExecutable, systemChromium } from './scripts/ensure-chromium.mjs';

const CI = !!process.env.CI;
/** Preview port: 4173 unless E2E_PORT is set (several checkouts can run e2e side by side). */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * The lookup of scripts/ensure-chromium.mjs (which also installs Debian's chromium):
 * $CHROMIUM_PATH -> /usr/bin/chromium -> Playwright's own browser (undefined = Playwright default).
 * Never `npx playwright install`: browser downloads are blocked on this machine.
 */
function resolveChromium(): string | undefined {
  const system = systemChromium();
  if (system) return system;
  try {
    if (isExecutable(chromium.executablePath())) return undefined; // Playwright finds it itself
  } catch {
    // fall through
  }
  console.warn('[playwright.config] no Chromium found; run `node scripts/ensure-chromium.mjs`');
  return undefined;
}

const executablePath = resolveChromium();
const launchOptions: LaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './e2e',
  // Playwright wipes outputDir on each run: keep the JSON reports outside it.
  outputDir: './test-results/e2e',
  fullyParallel: true,
  // A test's default budget: the longest spec without its own budget takes ~30 s at load 15
  // (designerTouchInput, designerEditing; ~20 s quiet), so 3x headroom is 90 s. Specs that do
  // more set their own with test.setTimeout.
  timeout: 90_000,
  forbidOnly: CI,
  retries: 0,
  workers: CI ? 1 : 2,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/playwright.json' }],
  ],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.touch\.spec\.ts$/,
      // The PWA service worker (vite-plugin-pwa) would serve cached builds between runs: off on desktop.
      use: { ...devices['Desktop Chrome'], launchOptions, serviceWorkers: 'block' },
    },
    {
      name: 'tablet',
      testMatch: /\.touch\.spec\.ts$/,
      // iPad Pro 11 defaults to WebKit; Chromium keeps its viewport, DPR 2, isMobile, hasTouch.
      // Service workers stay allowed here: the port map's offline test needs one.
      use: { ...devices['iPad Pro 11'], browserName: 'chromium', launchOptions, serviceWorkers: 'allow' },
    },
  ],
  webServer: {
    // Serves the production build in dist/ (run `vite build` first; npm test / test:e2e do).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Never reuse a server: another checkout's preview on the same port would be tested silently.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
