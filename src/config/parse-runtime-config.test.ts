import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './parse-runtime-config.ts';
import { STATIC_HOST_CONFIG } from './runtime-config.ts';

const errorOf = (json: unknown) => {
  const result = parseRuntimeConfig(json);
  return result.ok ? null : result.error;
};

describe('parseRuntimeConfig', () => {
  it('reads a full config, trimming the business name and the geocoder URL', () => {
    const result = parseRuntimeConfig({
      targets: ['digishare', 'digishare'],
      sandbox: 'off',
      serverCredential: { who: 'Acme' },
      businessName: '  Acme  ',
      map: { geocoderUrl: ' /geocoder/ ', tileAttribution: '' },
    });
    expect(result).toEqual({
      ok: true,
      config: {
        targets: ['digishare'],
        sandbox: 'off',
        serverCredential: { who: 'Acme' },
        businessName: 'Acme',
        map: { ...STATIC_HOST_CONFIG.map, geocoderUrl: '/geocoder' },
      },
    });
  });

  it.each([
    [{ sandbox: 'maybe' }, 'sandbox Invalid option: expected one of "server"|"in-page"|"off"'],
    [{ targets: [] }, 'targets Too small: expected array to have >=1 items'],
    [{ targets: ['x'] }, 'targets.0 Invalid option: expected one of "sandbox"|"digishare"|"custom"'],
    [
      { serverCredential: { who: 'x'.repeat(201) } },
      'serverCredential.who Too big: expected string to have <=200 characters',
    ],
    [{ businessName: 5 }, 'businessName Invalid input: expected string, received number'],
    [{ targets: 'sandbox' }, 'targets Invalid input: expected array, received string'],
    [{ map: null }, 'map Invalid input: expected object, received null'],
    [
      { map: { geocoderUrl: 'ftp://geo.example' } },
      'map.geocoderUrl must be an http(s) URL or a path starting with /',
    ],
  ])('names the field and what is wrong with %o', (json, message) => {
    expect(errorOf(json)).toBe(`Invalid /config.json: ${message}`);
  });

  it('lists every problem, not just the first', () => {
    expect(errorOf({ sandbox: 1, businessName: [] })).toBe(
      'Invalid /config.json: sandbox Invalid option: expected one of "server"|"in-page"|"off"; ' +
        'businessName Invalid input: expected string, received array',
    );
  });
});
