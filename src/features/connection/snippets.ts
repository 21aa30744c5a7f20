/**
 * The request Send will make, written out for a terminal (cURL) and for a browser console (`fetch`), so a
 * developer can replay it outside the app. The token is `<TOKEN>` unless the user reveals it.
 */

export type RequestDescription = {
  url: string;
  /** In the order they are written; values as sent. */
  headers: readonly (readonly [name: string, value: string])[];
  /** The JSON body, pretty-printed. */
  body: string;
};

/** POSIX single quotes: nothing inside is special except `'` itself, written `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSnippet({ url, headers, body }: RequestDescription): string {
  return [
    `curl -X POST ${shellQuote(url)}`,
    ...headers.map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    `  --data-raw ${shellQuote(body)}`,
  ].join(' \\\n');
}

/** The body as an object literal in `JSON.stringify(…)`: JSON is valid JavaScript, and easier to edit than a string. */
export function fetchSnippet({ url, headers, body }: RequestDescription): string {
  const headerLines = headers.map(
    ([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)},`,
  );
  return [
    `const response = await fetch(${JSON.stringify(url)}, {`,
    `  method: "POST",`,
    `  headers: {`,
    ...headerLines,
    `  },`,
    `  body: JSON.stringify(${body.split('\n').join('\n  ')}),`,
    `});`,
    `console.log(response.status, await response.text());`,
  ].join('\n');
}
