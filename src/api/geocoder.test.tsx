import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  type Clock,
  createGeocoder,
  createRequestGate,
  formatAddress,
  type Geocoder,
  readPlace,
  readSearchResults,
  reversePath,
  searchPath,
  useAddressSearch,
  useReverseGeocode,
} from './geocoder.ts';

const TWIN_CENTER = {
  place_id: 139702511,
  osm_type: 'way',
  osm_id: 182853342,
  lat: '33.5889284',
  lon: '-7.6326471',
  name: 'Twin Center',
  display_name:
    'Twin Center, Boulevard Zerktouni, Maarif, Casablanca, Pachalik de Casablanca, Casablanca-Settat, 20250, Morocco',
  address: {
    building: 'Twin Center',
    road: 'Boulevard Zerktouni',
    suburb: 'Maarif',
    city: 'Casablanca',
    state: 'Casablanca-Settat',
    postcode: '20250',
    country: 'Morocco',
  },
};

/** A clock whose sleeps are recorded and resolve at once, so the gate can be checked without waiting. */
function fakeClock() {
  let now = 1_000;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function geocoderAnswering(respond: (url: string) => Response | Promise<Response>, online = true) {
  const fetchImpl = vi.fn((input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve().then(() => respond(String(input))),
  );
  const { clock, sleeps } = fakeClock();
  const geocoder = createGeocoder({
    baseUrl: 'https://geo.example',
    fetchImpl: fetchImpl as unknown as typeof fetch,
    gate: createRequestGate(1_000, clock),
    isOnline: () => online,
  });
  return { geocoder, fetchImpl, sleeps };
}

/** The hooks under a fresh query client, as the app mounts them. */
function withQueryClient() {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

describe('reading Nominatim', () => {
  it('reads a place: numbers from strings, a short address without the administrative chain', () => {
    expect(readPlace(TWIN_CENTER)).toEqual({
      id: 'way/182853342',
      latitude: 33.5889284,
      longitude: -7.6326471,
      name: 'Twin Center',
      address: 'Boulevard Zerktouni, Maarif, 20250 Casablanca, Morocco',
    });
  });

  it('puts the house number before the street and drops parts that repeat the name', () => {
    expect(
      formatAddress(
        { house_number: '12', road: 'Rue Ibn Batouta', city: 'Rabat', country: 'Morocco' },
        'x',
        'Rue Ibn Batouta',
      ),
    ).toBe('12 Rue Ibn Batouta, Rabat, Morocco');
    expect(
      formatAddress({ road: 'Boulevard Zerktouni', city: 'Casablanca' }, '', 'Boulevard Zerktouni'),
    ).toBe('Casablanca');
  });

  it('falls back on the display name without the place name', () => {
    expect(formatAddress(undefined, 'Twin Center, Boulevard Zerktouni, Casablanca', 'Twin Center')).toBe(
      'Boulevard Zerktouni, Casablanca',
    );
  });

  it('rejects what is not a place, never throwing', () => {
    expect(readPlace({ lat: 'abc', lon: '1' })).toBeNull();
    expect(readPlace({ lat: '95', lon: '1' })).toBeNull();
    expect(readPlace(null)).toBeNull();
    expect(readPlace('Twin Center')).toBeNull();
    expect(readSearchResults({ error: 'Unable to geocode' })).toEqual([]);
    expect(readSearchResults([TWIN_CENTER, { nope: true }, TWIN_CENTER])).toHaveLength(1);
  });

  it('asks for JSON with address details, five results at most', () => {
    expect(searchPath('Twin Center, Casablanca')).toBe(
      '/search?q=Twin+Center%2C+Casablanca&format=jsonv2&addressdetails=1&limit=5',
    );
    expect(reversePath({ latitude: 33.5731, longitude: -7.5898 })).toBe(
      '/reverse?lat=33.5731&lon=-7.5898&format=jsonv2&addressdetails=1&zoom=18',
    );
  });
});

describe('createRequestGate', () => {
  it('spaces requests at least the interval apart', async () => {
    const { clock, sleeps, advance } = fakeClock();
    const gate = createRequestGate(1_000, clock);
    await gate.wait();
    await gate.wait();
    await gate.wait();
    expect(sleeps).toEqual([0, 1_000, 2_000]);
    advance(5_000);
    await gate.wait();
    expect(sleeps.at(-1)).toBe(0);
  });

  it('really waits with the system clock, and an abort ends the wait', async () => {
    vi.useFakeTimers();
    try {
      const gate = createRequestGate(1_000);
      await gate.wait();
      let passed = false;
      const second = gate.wait().then((ok) => (passed = ok));
      await vi.advanceTimersByTimeAsync(999);
      expect(passed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await second;
      expect(passed).toBe(true);

      const controller = new AbortController();
      const third = gate.wait(controller.signal);
      controller.abort();
      await expect(third).resolves.toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createGeocoder', () => {
  it('searches with the UI language', async () => {
    const { geocoder, fetchImpl } = geocoderAnswering(() => json(200, [TWIN_CENTER]));
    const first = await geocoder.search({ query: 'Twin Center', locale: 'fr' });
    expect(first).toEqual({ ok: true, value: [expect.objectContaining({ name: 'Twin Center' })] });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe(`https://geo.example${searchPath('Twin Center')}`);
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('fr');
    // No cookie or login crosses to another origin.
    expect(init?.credentials).toBe('same-origin');
  });

  it('reverse-geocodes a point, and "Unable to geocode" is no place rather than an error', async () => {
    const { geocoder } = geocoderAnswering((url) =>
      url.includes('lat=0') ? json(200, { error: 'Unable to geocode' }) : json(200, TWIN_CENTER),
    );
    const found = await geocoder.reverse({ point: { latitude: 33.5889, longitude: -7.6326 }, locale: 'en' });
    expect(found).toMatchObject({ ok: true, value: { name: 'Twin Center' } });
    const sea = await geocoder.reverse({ point: { latitude: 0, longitude: 0 }, locale: 'en' });
    expect(sea).toEqual({ ok: true, value: null });
  });

  it('turns every failure into a value', async () => {
    const offline = geocoderAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.geocoder.search({ query: 'abc', locale: 'en' })).resolves.toEqual({
      ok: false,
      error: 'offline',
    });
    const limited = geocoderAnswering(() =>
      json(429, { error: 'Too many requests' }, { 'Retry-After': '2' }),
    );
    await expect(limited.geocoder.search({ query: 'abc', locale: 'en' })).resolves.toEqual({
      ok: false,
      error: 'rate-limited',
    });
    const broken = geocoderAnswering(() => new Response('<html>oops</html>', { status: 200 }));
    await expect(broken.geocoder.search({ query: 'abc', locale: 'en' })).resolves.toEqual({
      ok: false,
      error: 'failed',
    });
    const down = geocoderAnswering(() => json(503, {}));
    await expect(
      down.geocoder.reverse({ point: { latitude: 1, longitude: 1 }, locale: 'en' }),
    ).resolves.toEqual({
      ok: false,
      error: 'failed',
    });
  });

  it('sends nothing when the browser knows it is offline', async () => {
    const { geocoder, fetchImpl } = geocoderAnswering(() => json(200, []), false);
    await expect(geocoder.search({ query: 'abc', locale: 'en' })).resolves.toEqual({
      ok: false,
      error: 'offline',
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a cancelled request as aborted', async () => {
    const { geocoder } = geocoderAnswering(() => json(200, []));
    const controller = new AbortController();
    controller.abort();
    await expect(geocoder.search({ query: 'abc', locale: 'en', signal: controller.signal })).resolves.toEqual(
      {
        ok: false,
        error: 'aborted',
      },
    );
  });
});

describe('useAddressSearch', () => {
  it('is idle without a query, then loading, then shows the places', async () => {
    const { geocoder, fetchImpl } = geocoderAnswering(() => json(200, [TWIN_CENTER]));
    const { result, rerender } = renderHook(
      ({ query }: { query: string }) => useAddressSearch({ query, locale: 'en', geocoder }).state,
      { initialProps: { query: '' }, wrapper: withQueryClient().wrapper },
    );
    expect(result.current).toEqual({ status: 'idle' });
    rerender({ query: 'Twin Center' });
    expect(result.current).toEqual({ status: 'loading', query: 'Twin Center' });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current).toMatchObject({ places: [{ name: 'Twin Center' }] });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('keeps answers for the session, per language, in the query cache', async () => {
    const { geocoder, fetchImpl } = geocoderAnswering(() => json(200, [TWIN_CENTER]));
    const { wrapper } = withQueryClient();
    const { result, rerender } = renderHook(
      ({ query, locale }: { query: string; locale: string }) =>
        useAddressSearch({ query, locale, geocoder }).state,
      { initialProps: { query: 'Twin', locale: 'fr' }, wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    rerender({ query: 'Maarif', locale: 'fr' });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', query: 'Maarif' }));
    rerender({ query: 'Twin', locale: 'fr' });
    // Already known: answered at once, without a request.
    expect(result.current).toMatchObject({ status: 'success', query: 'Twin' });
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    rerender({ query: 'Twin', locale: 'en' });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('still spaces the requests a second apart through the query layer', async () => {
    const { geocoder, fetchImpl, sleeps } = geocoderAnswering(() => json(200, [TWIN_CENTER]));
    const { result, rerender } = renderHook(
      ({ query }: { query: string }) => useAddressSearch({ query, locale: 'en', geocoder }).state,
      { initialProps: { query: '' }, wrapper: withQueryClient().wrapper },
    );
    for (const query of ['Twin', 'Twin C', 'Twin Ce', 'Twin Cen']) {
      rerender({ query });
      await waitFor(() => expect(result.current).toMatchObject({ status: 'success', query }));
    }
    expect(fetchImpl).toHaveBeenCalledTimes(4);
    // The fake clock does not move: each request waited one more second than the one before.
    expect(sleeps).toEqual([0, 1_000, 2_000, 3_000]);
  });

  it('shows a failure (not cached), and retry asks again', async () => {
    let fail = true;
    const { geocoder, fetchImpl } = geocoderAnswering(() =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : json(200, [TWIN_CENTER]),
    );
    const { result } = renderHook(() => useAddressSearch({ query: 'Twin', locale: 'en', geocoder }), {
      wrapper: withQueryClient().wrapper,
    });
    await waitFor(() =>
      expect(result.current.state).toEqual({ status: 'error', query: 'Twin', error: 'offline' }),
    );
    fail = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state.status).toBe('success'));
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('cancels the search it no longer needs', async () => {
    const signals: AbortSignal[] = [];
    const geocoder: Geocoder = {
      baseUrl: 'https://geo.example',
      search: ({ signal }) => {
        if (signal) signals.push(signal);
        return new Promise(() => {});
      },
      reverse: () => new Promise(() => {}),
    };
    const { rerender, unmount } = renderHook(
      ({ query }: { query: string }) => useAddressSearch({ query, locale: 'en', geocoder }),
      { initialProps: { query: 'Twin' }, wrapper: withQueryClient().wrapper },
    );
    await waitFor(() => expect(signals).toHaveLength(1));
    rerender({ query: 'Twin Center' });
    await waitFor(() => expect(signals[0]?.aborted).toBe(true));
    await waitFor(() => expect(signals).toHaveLength(2));
    unmount();
    await waitFor(() => expect(signals[1]?.aborted).toBe(true));
  });
});

describe('useReverseGeocode', () => {
  it('is pending while it looks up, gives the place back, and knows it the second time', async () => {
    let answerNow: ((response: Response) => void) | undefined;
    const { geocoder, fetchImpl } = geocoderAnswering(
      () =>
        new Promise<Response>((resolve) => {
          answerNow = resolve;
        }),
    );
    const { result } = renderHook(() => useReverseGeocode(geocoder), { wrapper: withQueryClient().wrapper });
    const point = { latitude: 33.5889, longitude: -7.6326 };
    let lookup: ReturnType<typeof result.current.reverse> | undefined;
    act(() => {
      lookup = result.current.reverse(point, 'en');
    });
    await waitFor(() => expect(result.current.pending).toBe(true));
    await act(async () => {
      await vi.waitFor(() => expect(answerNow).not.toBe(undefined));
      answerNow?.(json(200, TWIN_CENTER));
      await lookup;
    });
    await expect(lookup).resolves.toMatchObject({ ok: true, value: { name: 'Twin Center' } });
    await waitFor(() => expect(result.current.pending).toBe(false));

    let again: Awaited<ReturnType<typeof result.current.reverse>> | undefined;
    await act(async () => {
      again = await result.current.reverse(point, 'en');
    });
    expect(again).toMatchObject({ ok: true, value: { name: 'Twin Center' } });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('a new lookup cancels the one in flight, which says nothing', async () => {
    const signals: AbortSignal[] = [];
    const geocoder: Geocoder = {
      baseUrl: 'https://geo.example',
      search: () => new Promise(() => {}),
      reverse: ({ point, signal }) => {
        if (signal) signals.push(signal);
        return point.latitude === 1
          ? new Promise((resolve) =>
              signal?.addEventListener('abort', () => resolve({ ok: false, error: 'aborted' })),
            )
          : Promise.resolve({ ok: true, value: null });
      },
    };
    const { result } = renderHook(() => useReverseGeocode(geocoder), { wrapper: withQueryClient().wrapper });
    let first: ReturnType<typeof result.current.reverse> | undefined;
    act(() => {
      first = result.current.reverse({ latitude: 1, longitude: 1 }, 'en');
    });
    await waitFor(() => expect(signals).toHaveLength(1));
    let second: Awaited<ReturnType<typeof result.current.reverse>> | undefined;
    await act(async () => {
      second = await result.current.reverse({ latitude: 2, longitude: 2 }, 'en');
    });
    expect(signals[0]?.aborted).toBe(true);
    await expect(first).resolves.toEqual({ ok: false, error: 'aborted' });
    expect(second).toEqual({ ok: true, value: null });
    await waitFor(() => expect(result.current.pending).toBe(false));
  });
});
