/**
 * The list of the page's shortcuts ("?" or the Shortcuts button). Its own chunk (see lazy-panels.tsx): the keys
 * work from the first paint, the list that explains them loads on idle.
 */
import { Fragment, useState } from 'react';
import { Dialog } from '../components/ui/dialog.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { isApplePlatform } from './use-shortcuts.ts';

function Keys({ combos, or }: { combos: string[][]; or: string }) {
  return (
    <>
      {combos.map((combo, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="mx-1 text-neutral-500 dark:text-neutral-400">{or}</span>}
          {combo.map((key, k) => (
            <Fragment key={k}>
              {k > 0 && <span aria-hidden="true">+</span>}
              <kbd className="rounded border border-neutral-300 bg-neutral-50 px-1.5 py-0.5 font-mono text-xs dark:border-neutral-600 dark:bg-neutral-800">
                {key}
              </kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** The list of every shortcut of the page, in a modal dialog (Escape closes it). */
export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [apple] = useState(isApplePlatform);
  const mod = apple ? '⌘' : t('library.key.ctrl');
  const alt = apple ? '⌥' : t('library.key.alt');
  const rows: { action: string; combos: string[][] }[] = [
    { action: t('library.shortcuts.send'), combos: [[mod, t('library.key.enter')]] },
    { action: t('library.shortcuts.new'), combos: [[alt, 'N']] },
    { action: t('library.shortcuts.saveTemplate'), combos: [[alt, 'S']] },
    { action: t('library.shortcuts.focusSearch'), combos: [['/'], [mod, 'K']] },
    { action: t('library.shortcuts.help'), combos: [['?']] },
    { action: t('library.shortcuts.close'), combos: [[t('library.key.escape')]] },
  ];
  return (
    <Dialog open={open} onClose={onClose} title={t('library.shortcuts.title')}>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('library.shortcuts.actionColumn')}</th>
            <th scope="col">{t('library.shortcuts.keysColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.action}
              className="border-b border-neutral-200 last:border-b-0 dark:border-neutral-700"
            >
              <th scope="row" className="py-2 pe-4 text-start font-normal">
                {row.action}
              </th>
              <td className="py-2 text-end whitespace-nowrap">
                <Keys combos={row.combos} or={t('library.shortcuts.or')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-neutral-600 dark:text-neutral-400">{t('library.shortcuts.note')}</p>
    </Dialog>
  );
}
