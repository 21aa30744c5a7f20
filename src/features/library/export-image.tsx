import { useId, useState } from 'react';
import { type MessageKind } from '../../domain/message/draft.ts';
import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBlob, fileStamp } from './download.ts';
import { renderPng } from './render-png.ts';

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
 * "Download image" and "Copy image" for the phone preview as it is on screen (theme, thread, simulated replies),
 * as a PNG at twice its CSS size. Failures are said, never thrown.
 */
export function ExportImage({
  getNode,
  kind,
}: {
  /** The phone element to capture (the "Phone preview" region). */
  getNode: () => HTMLElement | null;
  /** Names the file. */
  kind?: MessageKind;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [copySupported] = useState(canCopyImages);
  const reasonId = useId();
  const busy = status.kind === 'working';

  const download = async () => {
    const node = getNode();
    if (!node) return setStatus({ kind: 'failed', reason: 'noNode' });
    setStatus({ kind: 'working' });
    try {
      const blob = await renderPng(node);
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
    const rendering = renderPng(node);
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
      <div className="flex flex-wrap justify-center gap-2">
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
      <p role="status" className="text-center text-xs text-neutral-600 dark:text-neutral-400">
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
