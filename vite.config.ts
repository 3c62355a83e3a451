import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Offline support (issue 5): a generated service worker precaches every built asset (the lazy
 * PDF and QR chunks included), so the port map works on a tablet without network once loaded.
 * Updates (issue 9 §4): the prompt-for-update flow. A new build waits until a tab's "new version —
 * reload" prompt is accepted (`src/app/registerPwa.ts` registers it; no injected script), then
 * takes over every open tab. `clientsClaim` lets the first worker control the page that installed
 * it (the port map works offline without a reload). Not used under Vitest.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'MPO Designer',
    short_name: 'MPO Designer',
    description: 'MPO/MTP fiber rack and channel designer; technician port map',
    theme_color: '#0969da',
    background_color: '#ffffff',
    display: 'standalone',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // jsPDF's optional helpers (HTML rendering, SVG via canvg, DOMPurify) are never used here.
    globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
    navigateFallback: 'index.html',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
  },
});

export default defineConfig({
  plugins: [react(), ...(process.env.VITEST ? [] : [pwa])],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
  // The analysis worker (src/store/analysis.worker.ts) is a module worker: ES output allows its chunks to be shared.
  worker: { format: 'es' },
  test: {
    // Vitest exits 1 when it finds no test files; the suite starts out empty.
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/io/**/*.test.ts', 'src/cli/**/*.test.ts'],
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'src/**/*.test.tsx',
            'src/store/**/*.test.ts',
            'src/panels/**/*.test.ts',
            'src/canvas/**/*.test.ts',
            'src/portmap/**/*.test.ts',
            'src/app/**/*.test.ts',
          ],
          setupFiles: ['./test/setup-canvas.ts'],
          // Benchmarks run once, in the node project only.
          benchmark: { include: [] },
        },
      },
      {
        extends: true,
        test: {
          // The sync server (issue 11): Node, real sockets and LevelDB in temp dirs.
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          benchmark: { include: [] },
        },
      },
    ],
  },
});
