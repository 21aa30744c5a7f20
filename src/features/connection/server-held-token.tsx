/**
 * Team mode: the deployment's server holds the Digishare credential and adds it to every request, so the page
 * shows no token field, only whose credential it is, and the token check still runs (through the server).
 * Also keeps the chosen target among those the deployment offers.
 */
import { useEffect, type ReactNode } from 'react';
import { useRuntimeConfig } from '../../api/get-config.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { API_TARGETS, type ApiTarget } from './target.ts';

/** The account named by the server when it holds the credential for `target`; null when the browser holds it. */
export function useServerCredential(target: ApiTarget): { who: string } | null {
  const config = useRuntimeConfig();
  return target === 'custom' ? null : (config?.serverCredential ?? null);
}

/** The targets this deployment offers; a target it does not offer is replaced by the first one it does. */
export function useOfferedTargets(
  target: ApiTarget,
  setTarget: (target: ApiTarget) => void,
): readonly ApiTarget[] {
  const offered = useRuntimeConfig()?.targets;
  const targets = offered ? API_TARGETS.filter((option) => offered.includes(option)) : API_TARGETS;
  const first = targets[0];
  const misplaced = first !== undefined && !targets.includes(target);
  useEffect(() => {
    if (misplaced) setTarget(first);
  }, [misplaced, first, setTarget]);
  return targets;
}

export function ServerHeldToken({ who, check }: { who: string; check: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-2" data-testid="server-held-token">
      <p className="text-sm font-medium text-neutral-800 dark:text-neutral-200">
        {t('connection.token.serverHeld', { who })}
      </p>
      <p className="text-xs text-neutral-500 dark:text-neutral-400">{t('connection.token.serverHeldHint')}</p>
      {check}
    </div>
  );
}
