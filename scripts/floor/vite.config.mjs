// Builds the floor (see main.jsx) as the app is built: `vite build --config scripts/floor/vite.config.mjs`. Its
// output goes to node_modules/.floor unless --outDir says otherwise (npm run bench gives it a temporary one).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../node_modules/.floor', import.meta.url)), emptyOutDir: true },
  preview: { host: '127.0.0.1' },
});
