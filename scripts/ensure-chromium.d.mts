/**
 * Types of scripts/ensure-chromium.mjs (plain Node, so `node scripts/ensure-chromium.mjs` runs
 * without a TypeScript loader): the one Chromium lookup of the e2e config and the UI benchmarks.
 */

/** True when `file` (a path; undefined or null for none) is a file this process may execute. */
export declare function isExecutable(file: string | undefined | null): file is string;

/**
 * $CHROMIUM_PATH when it is executable (with a warning when it is set but is not), else Debian's
 * /usr/bin/chromium when it is, else null. Synchronous; never installs anything.
 */
export declare function systemChromium(): string | null;

/** The first existing Chromium (`systemChromium`, then Playwright's own), or null. Never installs anything. */
export declare function findChromium(): Promise<string | null>;

/** `findChromium`, installing Debian's `chromium` with apt-get when run as root on Linux; null when none. */
export declare function ensureChromium(): Promise<string | null>;
