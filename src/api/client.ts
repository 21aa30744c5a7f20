/**
 * The one fetch client. It builds the URL and headers, applies a timeout, reads the body defensively and turns
 * every failure into an `ApiError`; it never retries, logs or notifies (components do that).
 *
 * The token only ever goes into the Authorization header: not into URLs, error messages or cache keys
 * (`cacheKey` carries a short, non-reversible fingerprint so a new token still means a new cache entry), and it
 * is taken out of every response body before anything reads it.
 *
 * The request itself (./http.ts) is fetched with the first request, not with the page.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ApiClientOptions = {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** Sent with every request, e.g. `X-Sandbox-Scenario`. */
  headers?: Record<string, string>;
};

export type ApiRequest = {
  method: HttpMethod;
  path: string;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

export type ApiResponse = {
  status: number;
  /** The parsed JSON body, for the caller to check with its schema; `undefined` when the body is empty or not
   * JSON (see `rawText`). */
  data: unknown;
  rawText: string;
  durationMs: number;
  headers: Headers;
};

export type ApiClient = {
  baseUrl: string;
  /** Identifies base URL + token + extra headers in query keys without carrying the token itself. */
  cacheKey: string;
  request(request: ApiRequest): Promise<ApiResponse>;
};

/** Joins with exactly one slash: `("/sandbox/", "/v1/messages")` → `/sandbox/v1/messages`. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** FNV-1a, 32 bits: enough to tell tokens apart in a cache key, far too little to give one back. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** What stands for the token wherever it would otherwise show (snippets, echoed bodies). */
export const TOKEN_PLACEHOLDER = '<TOKEN>';

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, headers: defaultHeaders = {} } = options;
  // A pasted token often ends with a newline, which no header may contain.
  const token = options.token.trim();
  const headerPairs = Object.entries(defaultHeaders)
    .map(([name, value]) => `${name.toLowerCase()}=${value}`)
    .sort()
    .join('&');
  const cacheKey = `${baseUrl}|${token === '' ? 'no-token' : fingerprint(token)}|${headerPairs}`;

  const request = (request: ApiRequest): Promise<ApiResponse> =>
    import('./http.ts').then(({ performRequest }) => performRequest({ ...options, token }, request));
  return { baseUrl, cacheKey, request };
}
