/**
 * What came back, in words: a send's answer or failure and a failed token check. Only needed once something has
 * come back, so it is a chunk of its own (see lazy-outcome-details.tsx), fetched on idle after the first paint.
 */
import { type ApiError, isApiError, isOutcomeUnknown } from '../../api/api-error.ts';
import type { SendMessageResult } from '../../api/send-message.ts';
import { cn } from '../../components/ui/cn.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeApiError } from './api-error-text.ts';
import type { ApiTarget } from './target.ts';

/** Pretty JSON when the body is JSON, the text as is otherwise (never interpreted as markup). */
function bodyText(body: unknown): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  return JSON.stringify(body, null, 2);
}

export function SentDetails({ result }: { result: SendMessageResult }) {
  const { t } = useI18n();
  const body = bodyText(result.body);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="font-medium">
        {result.id === undefined
          ? t('connection.send.sentNoId', { status: result.httpStatus, ms: result.durationMs })
          : t('connection.send.sent', {
              id: result.id,
              status: result.httpStatus,
              ms: result.durationMs,
            })}
      </p>
      {body !== '' && (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-medium">{t('connection.send.responseBody')}</p>
          <pre
            dir="ltr"
            className="max-h-64 overflow-auto rounded bg-white/70 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-black/30"
          >
            {body}
          </pre>
        </div>
      )}
    </div>
  );
}

export function FailureDetails({
  error,
  target,
  baseUrl,
}: {
  error: ApiError;
  target: ApiTarget;
  baseUrl: string | null;
}) {
  const { t } = useI18n();
  const text = describeApiError(t, error, {
    action: 'send',
    target,
    baseUrl,
    pageOrigin: window.location.origin,
  });
  const unknown = isOutcomeUnknown(error);
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col gap-1 rounded-lg border px-3 py-2 text-sm',
        unknown
          ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
          : 'border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
      )}
    >
      <p className="font-medium">{text.title}</p>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {text.fieldErrors.length > 0 && (
        <>
          <p>{t('connection.error.fieldErrors', { count: text.fieldErrors.length })}</p>
          <ul className="list-disc ps-5">
            {text.fieldErrors.map((fieldError, index) => (
              <li key={`${fieldError.path}-${index}`}>
                {fieldError.path === '' ? (
                  fieldError.message
                ) : (
                  <>
                    <code dir="ltr" className="font-mono text-xs">
                      {fieldError.path}
                    </code>
                    {`: ${fieldError.message}`}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-xs opacity-80">
        {isOutcomeUnknown(error) ? t('connection.send.formKeptUnknown') : t('connection.send.formKept')}
      </p>
    </div>
  );
}

/** Why the token check failed, in words. */
export function ProfileErrorDetails({
  error,
  target,
  baseUrl,
}: {
  error: Error;
  target: ApiTarget;
  baseUrl: string | null;
}) {
  const { t } = useI18n();
  const text = isApiError(error)
    ? describeApiError(t, error, {
        action: 'profile',
        target,
        baseUrl,
        pageOrigin: window.location.origin,
      })
    : { title: t('connection.error.unexpected'), details: [], fieldErrors: [] };
  return (
    <div className="text-sm text-red-800 dark:text-red-300">
      <p className="font-medium">{text.title}</p>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
    </div>
  );
}
