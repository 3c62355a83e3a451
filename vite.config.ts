import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
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
          include: ['src/**/*.test.tsx', 'src/store/**/*.test.ts', 'src/panels/**/*.test.ts', 'src/canvas/**/*.test.ts'],
          setupFiles: ['./test/setup-canvas.ts'],
          // Benchmarks run once, in the node project only.
          benchmark: { include: [] },
        },
      },
    ],
  },
});
