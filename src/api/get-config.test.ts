import { describe, expect, it, vi } from 'vitest';
import { STATIC_HOST_CONFIG } from '../config/runtime-config.ts';
import { fetchRuntimeConfig } from './get-config.ts';

const answer = (status: number, body: string, type = 'application/json') =>
  vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } })),
  );

describe('fetchRuntimeConfig', () => {
  it('reads the server’s config', async () => {
    const config = await fetchRuntimeConfig(
      answer(
        200,
        JSON.stringify({ targets: ['digishare'], sandbox: 'off', serverCredential: { who: 'Acme' } }),
      ),
    );
    expect(config).toMatchObject({
      targets: ['digishare'],
      sandbox: 'off',
      serverCredential: { who: 'Acme' },
    });
    expect(config.map).toEqual(STATIC_HOST_CONFIG.map);
  });

  it('takes a static host (404, or its page in place of JSON) for every target and the sandbox in the page', async () => {
    expect(await fetchRuntimeConfig(answer(404, 'Not found', 'text/plain'))).toEqual(STATIC_HOST_CONFIG);
    expect(await fetchRuntimeConfig(answer(200, '<!doctype html>', 'text/html'))).toEqual(STATIC_HOST_CONFIG);
    expect(STATIC_HOST_CONFIG.sandbox).toBe('in-page');
  });

  it('says what is wrong with an operator’s config, and keeps the defaults', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const config = await fetchRuntimeConfig(
      answer(200, JSON.stringify({ map: { tileUrl: 'https://t.example/x.png' } })),
    );
    expect(config).toEqual(STATIC_HOST_CONFIG);
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^Invalid \/config\.json: map\.tileUrl must contain/),
    );
  });

  it('assumes a server-side sandbox when the config cannot be asked for at all', async () => {
    const config = await fetchRuntimeConfig(
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError('offline'))),
    );
    expect(config.sandbox).toBe('server');
  });
});
