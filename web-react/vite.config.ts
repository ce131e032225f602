/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The gateway in dev and preview: REST and STOMP go through Vite's proxy so the app stays same-origin. */
const gateway = process.env.PARLEY_GATEWAY ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: gateway, changeOrigin: false },
  '/ws': { target: gateway, ws: true, changeOrigin: false },
};

/**
 * The widget app. The gateway serves `dist/` under /widget/ (index.html for /widget/ and /widget/?embed=1).
 * The loader (`dist/loader.js`) is a second build: vite.loader.config.ts.
 */
export default defineConfig({
  base: '/widget/',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      scope: '/widget/',
      // workbox.globPatterns below already precaches every icon.
      includeManifestIcons: false,
      manifest: {
        id: '/widget/',
        name: 'Parley chat',
        short_name: 'Parley',
        description: 'Chat with our support team',
        start_url: '/widget/',
        scope: '/widget/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell only: the API and the socket always go to the network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['loader.js'],
        navigateFallback: '/widget/index.html',
        navigateFallbackAllowlist: [/^\/widget\//],
        navigateFallbackDenylist: [/^\/api\//, /^\/ws/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173, proxy },
  preview: { port: 5173, proxy },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
