/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';

/** The gateway in dev: REST and STOMP go through Vite's proxy so the page stays same-origin. */
const gateway = process.env.PARLEY_GATEWAY ?? 'http://localhost:8080';

/** `/dashboard` → `/dashboard/` in dev and preview, as the gateway does (the router's home URL has no slash). */
function redirectBase(): Plugin {
  const redirect: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url === '/dashboard' || req.url?.startsWith('/dashboard?')) {
      res.statusCode = 302;
      res.setHeader('Location', '/dashboard/' + req.url.slice('/dashboard'.length));
      res.end();
      return;
    }
    next();
  };
  return {
    name: 'parley-redirect-base',
    configureServer: (server) => void server.middlewares.use(redirect),
    configurePreviewServer: (server) => void server.middlewares.use(redirect),
  };
}

export default defineConfig({
  // The gateway serves the built files under /dashboard/ (index.html fallback for /dashboard/**).
  base: '/dashboard/',
  plugins: [react(), redirectBase()],
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
