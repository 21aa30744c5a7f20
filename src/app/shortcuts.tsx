import { useState } from 'react';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ShortcutsOverlay } from './lazy-panels.tsx';
import { useShortcuts } from './use-shortcuts.ts';

/**
 * The page's shortcuts, live, plus a small button that opens their list — the same list "?" opens. Render it once,
 * anywhere on the page.
 */
export function KeyboardShortcuts({
  onNew,
  onSaveTemplate,
  onFocusSearch,
}: {
  onNew: () => void;
  onSaveTemplate: () => void;
  onFocusSearch: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useShortcuts({ onNew, onSaveTemplate, onFocusSearch, onHelp: () => setOpen(true) });
  return (
    <>
      <Button aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        {t('library.shortcuts.button')}
      </Button>
      <ShortcutsOverlay open={open} onClose={() => setOpen(false)} />
    </>
  );
}
