// Builds the floor (see main.jsx) as the app is built: `vite build --config scripts/floor/vite.config.mjs`.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  preview: { host: '127.0.0.1' },
});
