import { useId, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import type { MessageKind } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBlob, fileStamp } from '../../lib/download.ts';
import type { RenderOptions } from './render-png.ts';

/** The renderer (and html-to-image behind it) loads on the first click: nobody needs it to compose. */
const renderPng = (node: HTMLElement, options: RenderOptions) =>
  import('./render-png.ts').then((module) => module.renderPng(node, options));

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'downloaded'; filename: string }
  | { kind: 'copied' }
  | { kind: 'failed'; reason: 'noNode' | 'render' | 'clipboard' };

/** Whether this browser can put a PNG on the clipboard (Chromium, Safari; Firefox from 127). */
function canCopyImages(): boolean {
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') return false;
  const supports = (ClipboardItem as unknown as { supports?: (type: string) => boolean }).supports;
  return typeof supports !== 'function' || supports('image/png');
}

export function previewFilename(kind: MessageKind | undefined, date: Date = new Date()): string {
  return `digishare-preview-${(kind ?? 'message').replace(/_/g, '-')}-${fileStamp(date)}.png`;
}

/**
 * "Download image" and "Copy image" of the phone: the whole conversation (theme, thread, simulated replies), not
 * just what its screen shows, with or without the unsent draft (without by default: a demo shows what was sent),
 * as a PNG at twice its CSS size. Failures are said, never thrown.
 */
export function ExportImage({
  getNode,
  kind,
  hasThread = false,
}: {
  /** Whether the conversation holds sent messages (then the draft is left out unless asked). */
  hasThread?: boolean;
  /** The phone element to capture (the "Phone preview" region). */
  getNode: () => HTMLElement | null;
  /** Names the file. */
  kind?: MessageKind;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [copySupported] = useState(canCopyImages);
  // Until the user chooses: with the draft when there is nothing else to show, without once messages were sent.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const includeDraft = chosen ?? !hasThread;
  const reasonId = useId();
  const draftId = useId();
  const busy = status.kind === 'working';

  const download = async () => {
    const node = getNode();
    if (!node) return setStatus({ kind: 'failed', reason: 'noNode' });
    setStatus({ kind: 'working' });
    try {
      const blob = await renderPng(node, { includeDraft });
      const filename = previewFilename(kind);
      downloadBlob(blob, filename);
      setStatus({ kind: 'downloaded', filename });
    } catch {
      setStatus({ kind: 'failed', reason: 'render' });
    }
  };

  const copy = async () => {
    const node = getNode();
    if (!node) return setStatus({ kind: 'failed', reason: 'noNode' });
    setStatus({ kind: 'working' });
    // The item gets the promise, not the blob: the write then starts inside the click, as Safari requires.
    const rendering = renderPng(node, { includeDraft });
    const renderFailed = rendering.then(
      () => false,
      () => true,
    );
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': rendering })]);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'failed', reason: (await renderFailed) ? 'render' : 'clipboard' });
    }
  };

  const message =
    status.kind === 'working'
      ? t('library.image.working')
      : status.kind === 'downloaded'
        ? t('library.image.downloaded', { filename: status.filename })
        : status.kind === 'copied'
          ? t('library.image.copied')
          : '';
  const problem =
    status.kind !== 'failed'
      ? ''
      : status.reason === 'noNode'
        ? t('library.image.noNode')
        : status.reason === 'render'
          ? t('library.image.renderFailed')
          : t('library.image.clipboardFailed');

  return (
    <div className="flex flex-col items-center gap-1.5" aria-busy={busy || undefined}>
      <div className="flex flex-wrap items-center justify-center gap-2">
        <span className="flex items-center gap-1.5 text-xs text-neutral-700 dark:text-neutral-300">
          <input
            id={draftId}
            type="checkbox"
            checked={includeDraft}
            onChange={(event) => setChosen(event.target.checked)}
            className="size-4 accent-wa-teal"
          />
          <label htmlFor={draftId}>{t('library.image.includeDraft')}</label>
        </span>
        <Button size="sm" disabled={busy} onClick={() => void download()}>
          {t('library.image.download')}
        </Button>
        <Button
          size="sm"
          disabled={busy || !copySupported}
          aria-describedby={copySupported ? undefined : reasonId}
          onClick={() => void copy()}
        >
          {t('library.image.copy')}
        </Button>
      </div>
      {!copySupported && (
        <p id={reasonId} className="text-center text-xs text-neutral-600 dark:text-neutral-400">
          {t('library.image.copyUnsupported')}
        </p>
      )}
      <p role="status" className="min-h-4 text-center text-xs text-neutral-600 dark:text-neutral-400">
        {message}
      </p>
      {problem !== '' && (
        <p role="alert" className="text-center text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
