/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { sandboxPlugin } from './sandbox/vite-plugin.ts';
import { buildCsp } from './server/csp.ts';
import { PROXY_ERROR_HEADER } from './server/proxy.ts';
import { FAILED_BODY, isUnreachable, UNREACHABLE_BODY } from './server/upstream-errors.ts';
import { DEFAULT_MAP_SETTINGS } from './src/config/map-settings.ts';

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
      // Registered before Vite's own handler, which then sees the answer already sent. Same contract as the
      // production server: "unreachable" (never sent) is told apart from a failure after the request left.
      proxy.on('error', (error, _req, res) => {
        const response = res as ServerResponse;
        if (!('req' in response) || response.headersSent || response.writableEnded) return;
        const unreachable = isUnreachable(error);
        response.writeHead(502, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          [PROXY_ERROR_HEADER]: unreachable ? 'upstream-unreachable' : 'upstream-failed',
        });
        response.end(unreachable ? UNREACHABLE_BODY : FAILED_BODY);
      });
    },
  },
};

/**
 * For static hosts, which send no headers of their own: the built page carries its policy as a `<meta>` (with
 * the default map servers; a deployment with other ones sends its own header, see the README). The production
 * server removes this tag and sends the policy, built from its settings, as a header.
 */
function cspMetaPlugin(): Plugin {
  return {
    name: 'digishare-composer-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: buildCsp({ map: DEFAULT_MAP_SETTINGS, customTarget: true, forMeta: true }),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$/;

/** Writes `.br` and `.gz` beside each text file of the build: served as they are by `npm start` and nginx. */
function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'digishare-composer-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const path of walk(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue;
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), sandboxPlugin(), cspMetaPlugin(), precompressPlugin()],
  server: { host: '127.0.0.1', proxy: digishareProxy },
  preview: { host: '127.0.0.1', proxy: digishareProxy },
  build: {
    // Source maps would publish the whole source next to the app: only on request (SOURCEMAP=true).
    sourcemap: process.env['SOURCEMAP'] === 'true',
    // Every browser the build targets preloads modules natively; the polyfill would be first-load bytes for none.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    globals: false,
    restoreMocks: true,
    // Room for a busy 2-core machine: a slow test is a bench's business, not a unit test's.
    testTimeout: 15_000,
    projects: [
      {
        // Pure code runs under Node, with no DOM to lean on by accident.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'sandbox/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
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
