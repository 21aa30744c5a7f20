/**
 * Mounts the sandbox API under `/sandbox` in both `vite` (dev) and `vite preview`, so the app and the e2e tests
 * talk to it same-origin. Connect strips the mount prefix, so the handler sees `/v1/messages`.
 */
import { SANDBOX_BASE_PATH } from '../src/api/sandbox-scenarios.ts';
import type { Plugin } from 'vite';
import { createSandbox } from './sandbox.ts';

export function sandboxPlugin(): Plugin {
  return {
    name: 'digishare-sandbox',
    configureServer(server) {
      const sandbox = createSandbox();
      server.middlewares.use(SANDBOX_BASE_PATH, (req, res) => sandbox.handle(req, res));
    },
    configurePreviewServer(server) {
      const sandbox = createSandbox();
      server.middlewares.use(SANDBOX_BASE_PATH, (req, res) => sandbox.handle(req, res));
    },
  };
}
