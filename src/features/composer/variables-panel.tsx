/**
 * One text box per placeholder of the message, in order of first appearance, each named exactly by its
 * placeholder (`customer_name`) so an agent — or a test — finds it by that name. The values live in the
 * variables store, not the form: the form keeps the template, the store what this customer gets.
 */
import { useEffect, useId, useRef } from 'react';
import { Input } from '../../components/ui/input.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useStore } from '../../lib/create-store.ts';
import { useActiveKind, useDraftPlaceholders } from './composer-provider.tsx';
import { fieldId } from './composer-values.ts';
import { setSetting, setValue, useVariablesStore } from './variables-store.ts';

function VariableBox({ name, id }: { name: string; id: string }) {
  const variables = useVariablesStore();
  const value = useStore(variables, (state) => state.values[name] ?? '');
  const sample = useStore(variables, (state) => state.samples[name] ?? '');
  const { t } = useI18n();
  const noteId = `${id}-note`;
  const missing = value === '';
  return (
    <div className="flex flex-col gap-1">
      <label
        htmlFor={id}
        className="font-mono text-sm font-medium break-all text-neutral-800 dark:text-neutral-200"
      >
        {name}
      </label>
      <Input
        id={id}
        dir="auto"
        autoComplete="off"
        value={value}
        placeholder={sample === '' ? undefined : t('composer.variables.sample', { sample })}
        onChange={(event) => setValue(variables, name, event.target.value)}
        aria-describedby={missing ? noteId : undefined}
      />
      {missing && (
        <p id={noteId} className="text-xs text-amber-800 dark:text-amber-300">
          {t('composer.variables.missing')}
        </p>
      )}
    </div>
  );
}

function SettingBox({ name, which }: { name: string; which: 'defaults' | 'samples' }) {
  const variables = useVariablesStore();
  const value = useStore(variables, (state) => state[which][name] ?? '');
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-neutral-700 dark:text-neutral-300">
        {which === 'defaults'
          ? t('composer.variables.default', { name })
          : t('composer.variables.sampleLabel', { name })}
      </label>
      <Input
        id={id}
        dir="auto"
        autoComplete="off"
        value={value}
        onChange={(event) => setSetting(variables, which, name, event.target.value)}
      />
    </div>
  );
}

/**
 * Moves focus to the first variable when asked (a saved reply was inserted), else to the editor's first field.
 * It waits a task: the new message's boxes must exist, and the closing dialog must have given focus back.
 */
function useFocusRequests() {
  const variables = useVariablesStore();
  const request = useStore(variables, (state) => state.focusRequest);
  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    const timer = window.setTimeout(() => {
      const target =
        document.querySelector<HTMLElement>('[data-variables] input') ??
        document.querySelector<HTMLElement>(':is(input, textarea)[id^="field-"]');
      target?.focus();
    });
    return () => window.clearTimeout(timer);
  }, [request]);
}

export function VariablesPanel() {
  const names = useDraftPlaceholders();
  const kind = useActiveKind();
  const { t } = useI18n();
  const headingId = useId();
  const ids = names.map((name) => fieldId(kind, ['placeholders', name]));
  useFocusRequests();
  if (names.length === 0) return null;
  return (
    <section
      data-variables
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/30"
    >
      <div>
        <h3 id={headingId} className="text-sm font-semibold">
          {t('composer.variables.heading')}
        </h3>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          {t('composer.variables.help', { example: '{{name}}' })}
        </p>
      </div>
      {names.map((name, index) => (
        <VariableBox key={name} name={name} id={ids[index] ?? name} />
      ))}
      <details className="text-sm">
        <summary className="cursor-pointer text-xs font-medium text-neutral-700 dark:text-neutral-300">
          {t('composer.variables.settings')}
        </summary>
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            {t('composer.variables.settingsHelp')}
          </p>
          {names.map((name) => (
            <div key={name} className="flex flex-col gap-1">
              <SettingBox name={name} which="defaults" />
              <SettingBox name={name} which="samples" />
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
