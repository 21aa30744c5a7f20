/**
 * Address search as an ARIA combobox: type, wait a second (or press Enter), go through the results with the
 * arrow keys, Enter or a click chooses. The debounce and the geocoder's own gate keep it within Nominatim's
 * one-request-per-second policy; a failing geocoder only shows a message here.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { type GeocodedPlace, useAddressSearch } from '../../api/geocoder.ts';
import { cn } from '../../components/ui/cn.ts';
import { Input } from '../../components/ui/input.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDebouncedCallback } from '../../lib/use-debounce.ts';
import { GEOCODER_ERROR_KEYS } from './location-logic.ts';

/** Quiet time after the last keystroke before a search is sent. */
const SEARCH_DEBOUNCE_MS = 1_000;
const SEARCH_MIN_CHARS = 3;

export function LocationSearch({ onChoose }: { onChoose: (place: GeocodedPlace) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { state: search, retry } = useAddressSearch({ query, locale });

  const wanted = text.trim();
  const startSearch = (next: string) => {
    setQuery(next);
    setActive(-1);
    setOpen(true);
  };
  const debouncedSearch = useDebouncedCallback((next: string) => {
    if (next !== query) startSearch(next);
  }, SEARCH_DEBOUNCE_MS);
  const edit = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    debouncedSearch.schedule(trimmed.length >= SEARCH_MIN_CHARS ? trimmed : '');
  };

  const places = search.status === 'success' ? search.places : [];
  const expanded = open && places.length > 0;

  const choose = (place: GeocodedPlace) => {
    setOpen(false);
    setActive(-1);
    onChoose(place);
  };

  const searchNow = () => {
    if (wanted.length < SEARCH_MIN_CHARS) return;
    debouncedSearch.cancel();
    if (wanted === query && search.status === 'error') retry();
    startSearch(wanted);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (places.length === 0 ? -1 : Math.min(index + 1, places.length - 1)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (!expanded) break;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : places.length - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const place = expanded ? places[active] : undefined;
        if (place !== undefined) choose(place);
        else searchNow();
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          edit('');
        }
        break;
      default:
        break;
    }
  };

  let status = '';
  let failed = false;
  if (wanted !== '' && wanted.length < SEARCH_MIN_CHARS) {
    status = t('map.search.tooShort', { count: SEARCH_MIN_CHARS });
  } else if (query !== '') {
    switch (search.status) {
      case 'idle':
        break;
      case 'loading':
        status = t('map.search.searching', { query });
        break;
      case 'success':
        status =
          places.length === 0
            ? t('map.search.none', { query })
            : t('map.search.count', { count: places.length });
        break;
      case 'error':
        failed = true;
        status = t(GEOCODER_ERROR_KEYS[search.error]);
        break;
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-neutral-800 dark:text-neutral-200">
        {t('map.search.label')}
      </label>
      <div className="relative">
        <Input
          id={inputId}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${hintId} ${statusId}`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('map.search.placeholder')}
          value={text}
          onChange={(event) => {
            edit(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('map.search.results')}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-neutral-200 bg-white py-1 shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
        >
          {places.map((place, index) => (
            // The input keeps focus (aria-activedescendant), so the option is chosen on mousedown, before a blur.
            <li
              key={place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(place);
              }}
              onMouseMove={() => setActive(index)}
              className={cn(
                'cursor-pointer px-3 py-2 text-sm',
                index === active
                  ? 'bg-emerald-50 text-neutral-900 dark:bg-emerald-950 dark:text-neutral-100'
                  : 'text-neutral-800 dark:text-neutral-200',
              )}
            >
              <span dir="auto" className="block font-medium">
                {place.name === '' ? place.address : place.name}
              </span>
              {place.name !== '' && place.address !== '' && (
                <span dir="auto" className="block text-xs text-neutral-600 dark:text-neutral-400">
                  {place.address}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="text-xs text-neutral-500 dark:text-neutral-400">
        {t('map.search.hint')}
      </p>
      <p
        id={statusId}
        role="status"
        className={cn(
          'min-h-4 text-xs',
          failed ? 'text-red-700 dark:text-red-400' : 'text-neutral-600 dark:text-neutral-300',
        )}
      >
        {status}
      </p>
    </div>
  );
}
