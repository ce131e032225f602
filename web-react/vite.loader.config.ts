import { defineConfig } from 'vite';

/**
 * The loader: one small IIFE, `dist/loader.js` (served as /widget/loader.js), no React, no shared chunks.
 * Built after the app, into the same folder.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    lib: {
      entry: 'src/loader/main.ts',
      name: 'ParleyWidgetLoader',
      formats: ['iife'],
      fileName: () => 'loader.js',
    },
  },
});
