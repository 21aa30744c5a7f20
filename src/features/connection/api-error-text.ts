/**
 * What to tell the user about an `ApiError`: one human sentence per kind (what happened and what to do), then the
 * server's own words when it gave some, then its field errors. (The client has already taken the token out of
 * anything a server echoed back.) An HTML body is never shown, only said to be HTML.
 */
import type { ApiError, FieldError } from '../../api/api-error.ts';
import { assertNever } from '../../domain/assert-never.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { ApiTarget } from './target.ts';

export type ErrorContext = {
  /** A send has consequences a token check has not: "outcome unknown" matters only for a send. */
  action: 'send' | 'profile';
  target: ApiTarget;
  /** The base URL requests went to, for the CORS hint of the Custom target. */
  baseUrl: string | null;
  /** The page's origin, which a CORS-protected server must allow. */
  pageOrigin: string;
};

export type ErrorText = { title: string; details: string[]; fieldErrors: FieldError[] };

function isHtml(body: unknown): boolean {
  return typeof body === 'string' && /^\s*</.test(body);
}

/** Enough of an unexpected answer to recognise it (a welcome page, a login form), not a page of it. */
const RESPONSE_EXCERPT_MAX_CHARS = 300;

function excerpt(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= RESPONSE_EXCERPT_MAX_CHARS
    ? flat
    : `${flat.slice(0, RESPONSE_EXCERPT_MAX_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

function originOf(url: string | null): string {
  if (url === null) return '';
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function title(t: Translate, error: ApiError, context: ErrorContext): string {
  const status = error.status ?? 0;
  switch (error.kind) {
    case 'validation':
      if (error.status === undefined) return t('connection.error.validation.local');
      return context.action === 'send'
        ? t('connection.error.validation.send', { status })
        : t('connection.error.validation.profile', { status });
    case 'unauthorized':
      return t('connection.error.unauthorized');
    case 'forbidden':
      return context.action === 'send'
        ? t('connection.error.forbidden.send')
        : t('connection.error.forbidden.profile');
    case 'not-found':
      return context.action === 'send'
        ? t('connection.error.notFound.send')
        : t('connection.error.notFound.profile');
    case 'payload-too-large':
      return t('connection.error.tooLarge');
    case 'rate-limited':
      return error.retryAfterSeconds === undefined
        ? t('connection.error.rateLimited.noDelay')
        : t('connection.error.rateLimited.retryAfter', { seconds: error.retryAfterSeconds });
    case 'server':
      return t('connection.error.server', { status });
    case 'http':
      return t('connection.error.http', { status });
    case 'redirect':
      return error.status === undefined
        ? t('connection.error.redirect.hidden')
        : error.location === undefined
          ? t('connection.error.redirect.noLocation', { status })
          : t('connection.error.redirect', { status, location: error.location });
    case 'upstream-unreachable':
      return context.action === 'send'
        ? t('connection.error.upstreamUnreachable.send')
        : t('connection.error.upstreamUnreachable.profile');
    case 'unexpected-response':
      return t('connection.error.unexpectedResponse', { status });
    case 'network':
      return t('connection.error.network');
    case 'timeout':
      return context.action === 'send'
        ? t('connection.error.timeout.send')
        : t('connection.error.timeout.profile');
    case 'aborted':
      return t('connection.error.aborted');
    default:
      return assertNever(error.kind);
  }
}

export function describeApiError(t: Translate, error: ApiError, context: ErrorContext): ErrorText {
  const details: string[] = [];
  if (error.kind === 'network' && context.target === 'custom') {
    details.push(
      t('connection.error.network.cors', {
        origin: originOf(context.baseUrl),
        pageOrigin: context.pageOrigin,
      }),
    );
    if (context.pageOrigin.startsWith('https:') && context.baseUrl?.startsWith('http:')) {
      details.push(t('connection.error.network.mixedContent'));
    }
  }
  if (error.kind === 'rate-limited' && error.retryAfterSeconds === undefined && context.target === 'custom') {
    details.push(t('connection.error.rateLimited.corsHint'));
  }
  if (error.kind === 'redirect') details.push(t('connection.error.redirect.notResent'));
  if (error.kind === 'unexpected-response') {
    details.push(
      error.body === undefined
        ? t('connection.error.unexpectedResponse.empty')
        : isHtml(error.body)
          ? t('connection.error.unexpectedResponse.html', { excerpt: excerpt(error.body) })
          : t('connection.error.unexpectedResponse.body', { excerpt: excerpt(error.body) }),
    );
    return { title: title(t, error, context), details, fieldErrors: [] };
  }
  if (error.kind === 'timeout' && error.status !== undefined) {
    details.push(t('connection.error.timeout.status', { status: error.status }));
  }
  if (error.serverMessage !== undefined) {
    details.push(t('connection.error.serverSays', { message: error.serverMessage }));
  } else if (isHtml(error.body)) {
    details.push(t('connection.error.htmlBody'));
  }
  const fieldErrors = error.kind === 'validation' ? error.fieldErrors : [];
  return { title: title(t, error, context), details, fieldErrors };
}
