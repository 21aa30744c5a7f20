import { useActiveMessage } from '../features/composer/composer-provider.tsx';
import { PreviewPanel } from '../features/preview/preview-panel.tsx';

/** Reads the draft on every keystroke and hands it to the phone; the only part of the page that re-renders. */
export function LivePreview() {
  const { draft } = useActiveMessage();
  return <PreviewPanel draft={draft} />;
}
