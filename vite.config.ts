/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { sandboxPlugin } from './sandbox/vite-plugin.ts';

/** The "Digishare" target: same-origin `/digishare/*` → the real API, so the browser meets no CORS wall. */
const digishareProxy: Record<string, ProxyOptions> = {
  '/digishare/': {
    target: 'https://api.digishare.ma',
    changeOrigin: true,
    secure: true,
    rewrite: (path) => path.replace(/^\/digishare/, ''),
    // Authorization passes through; the app's cookies are none of Digishare's business, and theirs none of ours.
    configure: (proxy) => {
      proxy.on('proxyReq', (proxyReq) => proxyReq.removeHeader('cookie'));
      proxy.on('proxyRes', (proxyRes) => delete proxyRes.headers['set-cookie']);
    },
  },
};

export default defineConfig({
  plugins: [react(), tailwindcss(), sandboxPlugin()],
  server: { host: '127.0.0.1', proxy: digishareProxy },
  preview: { host: '127.0.0.1', proxy: digishareProxy },
  build: { sourcemap: true },
  test: {
    globals: false,
    restoreMocks: true,
    projects: [
      {
        // Pure code runs under Node, with no DOM to lean on by accident.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
    ],
  },
});
