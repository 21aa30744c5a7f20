/**
 * The only platform globals the domain may use: encoding helpers that browsers and Node both provide. The domain
 * compiles without the DOM library (tsconfig.domain.json), so `window`, `document`, `fetch` or storage do not
 * type-check here; the app's own config, which has the DOM, leaves this file out.
 */
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
}
