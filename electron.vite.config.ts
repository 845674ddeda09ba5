import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/** Builds main (ESM), the sandboxed preload (CommonJS, as sandboxed preloads require) and the renderer into out/. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The engine's worker thread is a second entry, so that main starts it as out/main/engine-worker.js.
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'engine-worker': resolve('node/engine-host/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
