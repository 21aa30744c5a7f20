// @vitest-environment node
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlSnippet, fetchSnippet, shellQuote } from './snippets.ts';

const request = {
  url: 'http://127.0.0.1:4317/sandbox/v1/messages',
  headers: [
    ['Authorization', 'Bearer <TOKEN>'],
    ['Content-Type', 'application/json'],
  ] as const,
  body: JSON.stringify({ type: 'text', body: 'l\'été "chaud" $HOME `x` \\n' }, null, 2),
};

/** What a POSIX shell makes of the quoted text. */
function throughShell(quoted: string): string {
  return execFileSync('sh', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });
}

describe('shellQuote', () => {
  it("writes ' as '\\''", () => {
    expect(shellQuote("l'été")).toBe(`'l'\\''été'`);
  });

  it('gives back exactly the text through a real shell', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('\0')),
        (text) => {
          expect(throughShell(shellQuote(text))).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('curlSnippet', () => {
  it('posts the body with the headers, every value single-quoted', () => {
    const snippet = curlSnippet(request);
    expect(snippet.split(' \\\n')).toEqual([
      `curl -X POST 'http://127.0.0.1:4317/sandbox/v1/messages'`,
      `  -H 'Authorization: Bearer <TOKEN>'`,
      `  -H 'Content-Type: application/json'`,
      `  --data-raw ${shellQuote(request.body)}`,
    ]);
    expect(throughShell(shellQuote(request.body))).toBe(request.body);
  });
});

describe('fetchSnippet', () => {
  it('is JavaScript that posts the same body with the same headers', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return Promise.resolve(new Response('{"id":"msg_1"}', { status: 201 }));
    };
    const logged: unknown[] = [];
    const run = new Function(
      'fetch',
      'console',
      `return (async () => {\n${fetchSnippet(request)}\n})();`,
    ) as (fetchImpl: typeof fakeFetch, console: { log: (...args: unknown[]) => void }) => Promise<void>;
    await run(fakeFetch, { log: (...args) => logged.push(...args) });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(request.url);
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.headers).toEqual({
      Authorization: 'Bearer <TOKEN>',
      'Content-Type': 'application/json',
    });
    expect(seen[0]?.init.body).toBe(JSON.stringify(JSON.parse(request.body)));
    expect(logged).toEqual([201, '{"id":"msg_1"}']);
  });
});
