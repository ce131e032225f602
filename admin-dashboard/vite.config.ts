/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway in dev: REST and STOMP go through Vite's proxy so the page stays same-origin. */
const gateway = process.env.PARLEY_GATEWAY ?? 'http://localhost:8080';

export default defineConfig({
  // The gateway serves the built files under /dashboard/ (index.html fallback for /dashboard/**).
  base: '/dashboard/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/ws': { target: gateway, ws: true, changeOrigin: false },
    },
  },
  preview: { port: 5174 },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
  },
});
