import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Three projects: pure and Node code, React components in jsdom, and end-to-end runs in Chromium. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/node/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/eval/**/*.test.ts',
            'tests/hostile/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A first folder opens while the worker threads start, on a machine running other suites: polls wait for
          // it rather than failing after vitest's default second.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
