/**
 * Where the message goes and with what: API target (and its scenario or base URL), token, conversation id. The
 * token field is paste-friendly and never persisted unless "Remember token for this tab" is ticked; the note
 * under it names the exact destination, so the user always knows who receives the token.
 */
import { useId, useLayoutEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useProfile } from '../../api/get-profile.ts';
import {
  isSandboxScenario,
  SANDBOX_BASE_PATH,
  SANDBOX_SCENARIOS,
  type SandboxScenario,
} from '../../api/sandbox-scenarios.ts';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { INPUT_CLASS } from '../../components/ui/input-class.ts';
import { Input } from '../../components/ui/input.tsx';
import { assertNever } from '../../domain/assert-never.ts';
import { type PlainKey, type Translate, useI18n } from '../../i18n/i18n.tsx';
import { useConnection } from './connection-provider.tsx';
import { CONNECTION_FIELD_IDS, ConnectionSummary, TARGET_LABELS } from './connection-summary.tsx';
import { ProfileErrorDetails } from './lazy-outcome-details.tsx';
import { ServerHeldToken, useOfferedTargets, useServerCredential } from './server-held-token.tsx';
import {
  absoluteUrl,
  type ApiTarget,
  type BaseUrlProblem,
  DIGISHARE_BASE_PATH,
  DIGISHARE_UPSTREAM,
  isApiTarget,
  normalizeToken,
} from './target.ts';

const LABEL_CLASS = 'text-sm font-medium text-neutral-800 dark:text-neutral-200';
const HINT_CLASS = 'text-xs text-neutral-500 dark:text-neutral-400';

/** An address, the same in every language. */
const EXAMPLE_BASE_URL = 'https://api.example.com';

const SCENARIO_LABELS: Record<SandboxScenario, PlainKey> = {
  ok: 'connection.scenario.ok',
  unauthorized: 'connection.scenario.unauthorized',
  forbidden: 'connection.scenario.forbidden',
  'not-found': 'connection.scenario.notFound',
  'rate-limited': 'connection.scenario.rateLimited',
  'server-error': 'connection.scenario.serverError',
  'html-error': 'connection.scenario.htmlError',
  slow: 'connection.scenario.slow',
};

const BASE_URL_PROBLEMS: Record<BaseUrlProblem, PlainKey> = {
  empty: 'connection.baseUrl.error.empty',
  invalid: 'connection.baseUrl.error.invalid',
  protocol: 'connection.baseUrl.error.protocol',
  credentials: 'connection.baseUrl.error.credentials',
  queryOrHash: 'connection.baseUrl.error.queryOrHash',
};

/** The sentence that names who receives the token. */
function destinationText(t: Translate, target: ApiTarget, baseUrl: string | null, origin: string): string {
  switch (target) {
    case 'sandbox':
      return t('connection.destination.sandbox', { url: absoluteUrl(SANDBOX_BASE_PATH, origin) });
    case 'digishare':
      return t('connection.destination.digishare', {
        url: absoluteUrl(DIGISHARE_BASE_PATH, origin),
        upstream: DIGISHARE_UPSTREAM,
      });
    case 'custom':
      return baseUrl === null
        ? t('connection.destination.customPending')
        : t('connection.destination.custom', { url: baseUrl });
    default:
      return assertNever(target);
  }
}

function TargetFields() {
  const { t } = useI18n();
  const { target, setTarget, customUrl, setCustomUrl, customUrlProblem, scenario, setScenario } =
    useConnection();
  const targetId = useId();
  const urlId = CONNECTION_FIELD_IDS.baseUrl;
  const scenarioId = useId();
  const [urlTouched, setUrlTouched] = useState(false);
  const targets = useOfferedTargets(target, setTarget);
  const showUrlProblem = customUrlProblem !== null && (urlTouched || customUrlProblem !== 'empty');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={targetId} className={LABEL_CLASS}>
          {t('connection.target.label')}
        </label>
        <select
          id={targetId}
          value={target}
          onChange={(event) => {
            if (isApiTarget(event.target.value)) setTarget(event.target.value);
          }}
          className={INPUT_CLASS}
        >
          {targets.map((option) => (
            <option key={option} value={option}>
              {t(TARGET_LABELS[option])}
            </option>
          ))}
        </select>
      </div>
      {target === 'sandbox' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={scenarioId} className={LABEL_CLASS}>
            {t('connection.scenario.label')}
          </label>
          <select
            id={scenarioId}
            value={scenario}
            aria-describedby={`${scenarioId}-hint`}
            onChange={(event) => {
              if (isSandboxScenario(event.target.value)) setScenario(event.target.value);
            }}
            className={INPUT_CLASS}
          >
            {SANDBOX_SCENARIOS.map((option) => (
              <option key={option} value={option}>
                {t(SCENARIO_LABELS[option])}
              </option>
            ))}
          </select>
          <Help id={`${scenarioId}-hint`}>{t('connection.scenario.hint')}</Help>
        </div>
      )}
      {target === 'custom' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={urlId} className={LABEL_CLASS}>
            {t('connection.baseUrl.label')}
          </label>
          <Input
            id={urlId}
            type="url"
            inputMode="url"
            value={customUrl}
            placeholder={EXAMPLE_BASE_URL}
            autoComplete="off"
            spellCheck={false}
            aria-required
            aria-invalid={showUrlProblem || undefined}
            aria-describedby={showUrlProblem ? `${urlId}-error` : `${urlId}-hint`}
            onChange={(event) => setCustomUrl(event.target.value)}
            onBlur={() => setUrlTouched(true)}
          />
          {showUrlProblem ? (
            <p id={`${urlId}-error`} className="text-xs text-red-700 dark:text-red-400">
              {t(BASE_URL_PROBLEMS[customUrlProblem])}
            </p>
          ) : (
            <p id={`${urlId}-hint`} className={HINT_CLASS}>
              {t('connection.baseUrl.hint')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function TokenCheck() {
  const { t } = useI18n();
  const { client, gaps, baseUrl, target } = useConnection();
  const profile = useProfile({ client });
  const canTest = !gaps.includes('token') && baseUrl !== null;
  let result = null;
  if (profile.isFetching) {
    result = <p className={HINT_CLASS}>{t('connection.test.checking')}</p>;
  } else if (profile.error) {
    result = <ProfileErrorDetails error={profile.error} target={target} baseUrl={baseUrl} />;
  } else if (profile.data) {
    const { name, email, company } = profile.data;
    const who = [name, email, company].filter((part): part is string => part !== undefined);
    result = (
      <p className="text-sm text-emerald-800 dark:text-emerald-300">
        {who.length === 0
          ? t('connection.test.okAnonymous')
          : t('connection.test.ok', { who: who.join(' · ') })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <div>
        <Button disabled={!canTest || profile.isFetching} onClick={() => void profile.refetch()}>
          {t('connection.test.button')}
        </Button>
      </div>
      <div aria-live="polite">{result}</div>
    </div>
  );
}

function TokenFields() {
  const { t } = useI18n();
  const {
    tokenInput,
    token,
    setTokenInput,
    commitTokenInput,
    remember,
    setRemember,
    forgetToken,
    target,
    baseUrl,
  } = useConnection();
  const [visible, setVisible] = useState(false);
  const tokenId = CONNECTION_FIELD_IDS.token;
  const rememberId = useId();
  const noteId = `${tokenId}-note`;
  // Uncontrolled: React writes a controlled input's value into its `value` attribute too, where anything that
  // serialises the page (an extension, a bug report, a saved page) would capture the token. The property is
  // set only when the stored value changed from outside the field (remembered, cleaned up, forgotten).
  const tokenRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = tokenRef.current;
    if (input && input.value !== tokenInput) input.value = tokenInput;
  }, [tokenInput]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const pasted = (event.nativeEvent as Partial<InputEvent>).inputType === 'insertFromPaste';
    setTokenInput(pasted ? normalizeToken(event.target.value) : event.target.value);
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={tokenId} className={LABEL_CLASS}>
          {t('connection.token.label')}
        </label>
        <div className="flex gap-2">
          <Input
            id={tokenId}
            ref={tokenRef}
            type={visible ? 'text' : 'password'}
            onChange={onChange}
            onBlur={commitTokenInput}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            data-1p-ignore
            data-lpignore="true"
            aria-required
            aria-describedby={noteId}
            mono
          />
          <Button aria-controls={tokenId} onClick={() => setVisible((shown) => !shown)}>
            {visible ? t('connection.token.hide') : t('connection.token.show')}
          </Button>
        </div>
        <p id={noteId} className={HINT_CLASS}>
          {destinationText(t, target, baseUrl, window.location.origin)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex items-center gap-2 text-sm">
          <input
            id={rememberId}
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
            aria-describedby={`${rememberId}-hint`}
            className="size-4 accent-wa-teal"
          />
          <label htmlFor={rememberId}>{t('connection.token.remember')}</label>
        </div>
        <Button variant="danger" size="sm" disabled={token === '' && !remember} onClick={forgetToken}>
          {t('connection.token.forget')}
        </Button>
      </div>
      <Help id={`${rememberId}-hint`}>{t('connection.token.rememberHint')}</Help>
      <TokenCheck />
    </div>
  );
}

function ConversationField() {
  const { t } = useI18n();
  const { conversationIdInput, setConversationId, recentConversationIds } = useConnection();
  const id = CONNECTION_FIELD_IDS.conversationId;
  const listId = `${id}-recent`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        {t('connection.conversation.label')}
      </label>
      <Input
        id={id}
        value={conversationIdInput}
        list={recentConversationIds.length > 0 ? listId : undefined}
        onChange={(event) => setConversationId(event.target.value)}
        onBlur={() => setConversationId(conversationIdInput.trim())}
        autoComplete="off"
        spellCheck={false}
        aria-required
        aria-describedby={`${id}-hint`}
        mono
      />
      {recentConversationIds.length > 0 && (
        <datalist id={listId}>
          {recentConversationIds.map((recent) => (
            <option key={recent} value={recent} />
          ))}
        </datalist>
      )}
      <Help id={`${id}-hint`}>
        {recentConversationIds.length > 0
          ? t('connection.conversation.hintRecent')
          : t('connection.conversation.hint')}
      </Help>
    </div>
  );
}

/**
 * Help that a first-time user wants and an everyday user does not: behind a disclosure, still tied to its field
 * with `aria-describedby` (which reads it whether or not it is open).
 */
function Help({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details className="group text-xs text-neutral-600 dark:text-neutral-400">
      <summary className="w-fit cursor-pointer rounded select-none hover:text-neutral-900 focus-visible:outline-2 focus-visible:outline-wa-teal dark:hover:text-neutral-100">
        {t('connection.help')}
      </summary>
      <p id={id} className="mt-1">
        {children}
      </p>
    </details>
  );
}

/**
 * Set once, then out of the way: a complete connection shows as one line ("Sandbox · conv-42 · token set") that
 * unfolds on demand. It starts folded when already complete (a remembered token), folds on "Done" and after a
 * successful send; it never folds by itself while being edited, so nothing moves under the pointer. An
 * incomplete connection is always unfolded: Send needs what is missing.
 */
export function ConnectionPanel({ className, foldSignal }: { className?: string; foldSignal?: unknown }) {
  const { t } = useI18n();
  const headingId = useId();
  const { gaps, target } = useConnection();
  const serverCredential = useServerCredential(target);
  const complete = gaps.length === 0;
  const [folded, setFolded] = useState(complete);
  const [seenSignal, setSeenSignal] = useState(foldSignal);
  if (seenSignal !== foldSignal) {
    setSeenSignal(foldSignal);
    // A send folds the panel, unless the keyboard is in it: folding would take the focused field away.
    const focusInPanel = document.activeElement?.closest('[data-connection-panel]') != null;
    if (complete && !focusInPanel) setFolded(true);
  }
  const changeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  if (folded && complete) {
    return (
      <section
        aria-labelledby={headingId}
        className={cn('flex flex-wrap items-center gap-x-3 gap-y-1', className)}
      >
        <h2 id={headingId} className="text-base font-semibold">
          {t('connection.title')}
        </h2>
        <ConnectionSummary className="flex-1" />
        <Button
          ref={changeRef}
          size="sm"
          aria-expanded={false}
          onClick={() => {
            setFolded(false);
            requestAnimationFrame(() =>
              panelRef.current?.querySelector<HTMLElement>('select, input')?.focus(),
            );
          }}
        >
          {t('connection.fold.change')}
        </Button>
      </section>
    );
  }
  return (
    <section
      ref={panelRef}
      data-connection-panel
      aria-labelledby={headingId}
      className={cn('flex flex-col gap-4', className)}
    >
      <div className="flex items-center gap-3">
        <h2 id={headingId} className="text-base font-semibold">
          {t('connection.title')}
        </h2>
        <span className="flex-1" />
        {complete && (
          <Button
            size="sm"
            aria-expanded
            onClick={() => {
              setFolded(true);
              requestAnimationFrame(() => changeRef.current?.focus());
            }}
          >
            {t('connection.fold.done')}
          </Button>
        )}
      </div>
      <TargetFields />
      {serverCredential ? (
        <ServerHeldToken who={serverCredential.who} check={<TokenCheck />} />
      ) : (
        <TokenFields />
      )}
      <ConversationField />
    </section>
  );
}
