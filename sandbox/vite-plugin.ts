/**
 * What the dev (`vite`) and preview (`vite preview`) servers add to the app, the same way the production server
 * does: the sandbox API under `/sandbox` (unless `SANDBOX=off`), the runtime config at `/config.json`, and the
 * security headers (the dev server's policy also allows, by hash, the inline script Vite's React plugin injects).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { buildCsp, securityHeaders } from '../server/csp.ts';
import { SANDBOX_BASE_PATH } from '../src/api/sandbox-scenarios.ts';
import { parseRuntimeConfig } from '../src/config/parse-runtime-config.ts';
import { RUNTIME_CONFIG_PATH, type RuntimeConfig } from '../src/config/runtime-config.ts';
import { createSandbox } from './sandbox.ts';

/** The dev/preview servers' runtime config, from the same environment variables the production server reads. */
export function devRuntimeConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const sandboxOn = (env['SANDBOX'] ?? 'on').trim().toLowerCase() !== 'off';
  const parsed = parseRuntimeConfig({
    targets: [...(sandboxOn ? ['sandbox'] : []), 'digishare', 'custom'],
    sandbox: sandboxOn ? 'server' : 'off',
    businessName: env['BUSINESS_NAME'] ?? null,
    map: {
      tileUrl: env['TILE_URL'],
      tileAttribution: env['TILE_ATTRIBUTION'],
      geocoderUrl: env['GEOCODER_URL'],
    },
  });
  if (!parsed.ok) throw new Error(parsed.error.replace(RUNTIME_CONFIG_PATH, 'map settings'));
  return parsed.config;
}

/** `sha256-…` of every inline `<script>` in a page: what a policy without 'unsafe-inline' must name. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(
      `sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}`,
    );
  }
  return hashes;
}

function mount(middlewares: Connect.Server, config: RuntimeConfig, policy: () => Promise<string>): void {
  const sandbox = config.sandbox === 'server' ? createSandbox({ basePath: SANDBOX_BASE_PATH }) : null;
  const sandboxListener = sandbox ? getRequestListener((request) => sandbox.fetch(request)) : null;
  const body = JSON.stringify(config);
  middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    void policy().then(
      (csp) => {
        for (const [name, value] of Object.entries(securityHeaders(csp))) res.setHeader(name, value);
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === RUNTIME_CONFIG_PATH) {
          res.writeHead(200, {
            'Content-Type': 'application/json; charset=utf-8',
            'Cache-Control': 'no-store',
          });
          res.end(body);
          return;
        }
        if (sandboxListener && (path === SANDBOX_BASE_PATH || path.startsWith(`${SANDBOX_BASE_PATH}/`))) {
          void sandboxListener(req, res);
          return;
        }
        next();
      },
      () => next(),
    );
  });
}

export function sandboxPlugin(): Plugin {
  const config = devRuntimeConfig(process.env);
  return {
    name: 'digishare-composer-servers',
    configureServer(server: ViteDevServer) {
      // The React plugin's refresh preamble is an inline script: the dev policy names it by hash, computed once
      // from the page as Vite serves it (still no 'unsafe-inline', still no eval).
      let policy: Promise<string> | undefined;
      const devPolicy = () =>
        (policy ??= server
          .transformIndexHtml('/', readFileSync(new URL('../index.html', import.meta.url), 'utf8'))
          .then((html) =>
            buildCsp({ map: config.map, customTarget: true, inlineScriptHashes: inlineScriptHashes(html) }),
          ));
      mount(server.middlewares, config, devPolicy);
    },
    configurePreviewServer(server: PreviewServer) {
      const csp = Promise.resolve(buildCsp({ map: config.map, customTarget: true }));
      mount(server.middlewares, config, () => csp);
    },
  };
}
