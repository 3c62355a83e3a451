#!/usr/bin/env node
// Make sure a Chromium that Playwright can drive is present, and report its path.
//
// Lookup order (playwright.config.ts and the UI benchmarks import `systemChromium` for steps 1–2):
//   1. $CHROMIUM_PATH
//   2. /usr/bin/chromium (Debian package)
//   3. Playwright's own browser, if one happens to be installed already
// If none exists: as root, install Debian's `chromium` with apt-get; otherwise print
// the one command the user must run and exit 1.
// NEVER runs `npx playwright install` (browser downloads are blocked on this machine).
//
// CLI: `node scripts/ensure-chromium.mjs` prints the resolved path as its last line.
// API: `import { ensureChromium } from './ensure-chromium.mjs'` -> path or null; `systemChromium()`
// (steps 1–2, synchronous) and `isExecutable(file)` are the one copy of the lookup (types in
// ensure-chromium.d.mts).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGE = 'chromium';

/** True when `file` (a path; undefined or null for none) is a file this process may execute. */
export function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightBrowserPath() {
  try {
    const { chromium } = await import('playwright-core');
    const file = chromium.executablePath();
    return isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * $CHROMIUM_PATH when it is executable (with a warning when it is set but is not), else Debian's
 * /usr/bin/chromium when it is, else null. Synchronous; never installs anything.
 */
export function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`[ensure-chromium] CHROMIUM_PATH=${fromEnv} is not an executable file; ignoring it`);
  }
  return isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/** Returns the first existing Chromium (`systemChromium`, then Playwright's own), or null. Never installs anything. */
export async function findChromium() {
  return systemChromium() ?? playwrightBrowserPath();
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function aptInstall() {
  console.log(`[ensure-chromium] Chromium not found; installing Debian package '${APT_PACKAGE}' (apt-get)...`);
  const started = Date.now();
  const res = spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${APT_PACKAGE} >/dev/null`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (res.status !== 0) {
    console.error(
      `[ensure-chromium] apt-get install ${APT_PACKAGE} failed (exit ${res.status ?? res.signal}) after ${secs}s`,
    );
    return false;
  }
  console.log(`[ensure-chromium] installed ${APT_PACKAGE} in ${secs}s`);
  return true;
}

/** Finds Chromium, installing the Debian package if running as root. Returns path or null. */
export async function ensureChromium() {
  let found = await findChromium();
  if (found) return found;

  if (process.platform === 'linux' && isRoot() && aptInstall()) {
    found = await findChromium();
    if (found) return found;
  }

  console.error('[ensure-chromium] No Chromium found for the end-to-end tests.');
  console.error('[ensure-chromium] Install it with this one command, then re-run:');
  console.error(`    sudo apt-get install -y ${APT_PACKAGE}`);
  console.error('[ensure-chromium] (or point CHROMIUM_PATH at an existing Chromium/Chrome binary)');
  return null;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const file = await ensureChromium();
  if (!file) process.exit(1);
  const ver = spawnSync(file, ['--version'], { encoding: 'utf8' });
  const version = (ver.stdout ?? '').trim().split('\n').pop();
  if (version) console.log(`[ensure-chromium] ${version}`);
  console.log(file);
}
