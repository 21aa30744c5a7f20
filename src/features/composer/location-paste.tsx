/**
 * "Paste coordinates": whatever people copy (a decimal pair, degrees-minutes-seconds, an OpenStreetMap or Google
 * Maps link) places the pin as soon as it reads as a point. What does not read is explained once the user has
 * pasted, pressed Enter or left the field, not at every keystroke of a pair being typed.
 */
import { useId, useState } from 'react';
import { Input } from '../../components/ui/input.tsx';
import type { GeoPoint } from '../../domain/geo/coordinates.ts';
import { parseCoordinates } from '../../domain/geo/parse-coordinates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function LocationPaste({ onPoint }: { onPoint: (point: GeoPoint) => void }) {
  const { t } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState('');
  const [reveal, setReveal] = useState(false);
  const parsed = parseCoordinates(text);
  const error = parsed.ok || parsed.error === 'empty' ? null : parsed.error;
  const shownError = reveal ? error : null;

  const read = (value: string) => {
    setText(value);
    const result = parseCoordinates(value);
    if (result.ok) onPoint({ latitude: result.latitude, longitude: result.longitude });
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-neutral-800 dark:text-neutral-200">
        {t('map.paste.label')}
      </label>
      <Input
        id={inputId}
        inputMode="text"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('map.paste.placeholder')}
        value={text}
        aria-invalid={shownError !== null || undefined}
        aria-describedby={shownError === null ? hintId : `${hintId} ${errorId}`}
        onPaste={() => setReveal(true)}
        onChange={(event) => read(event.target.value)}
        onBlur={() => setReveal(text.trim() !== '')}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setReveal(true);
        }}
      />
      <p id={hintId} className="text-xs text-neutral-500 dark:text-neutral-400">
        {t('map.paste.hint')}
      </p>
      <p id={errorId} aria-live="polite" className="text-xs text-red-700 empty:hidden dark:text-red-400">
        {shownError === 'out-of-range'
          ? t('map.paste.outOfRange')
          : shownError === 'unrecognized'
            ? t('map.paste.unrecognized')
            : ''}
      </p>
    </div>
  );
}
