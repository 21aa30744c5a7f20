/**
 * Builds the production server (server/main.ts, with the sandbox and the domain code it shares with the page)
 * into one ES module, `dist-server/main.js`; its npm dependencies (hono, @hono/node-server, zod) stay imports,
 * installed by `npm ci --omit=dev`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    copyPublicDir: false,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
  ssr: { target: 'node' },
});
