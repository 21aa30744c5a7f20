/**
 * The message catalog. A small typed layer over the platform's Intl instead of an i18n library: French is the
 * source catalog and its keys are the type every other language must fill; a key's `{name}` placeholders are its
 * parameters, typed from the French text, so a missing or misspelt parameter fails to compile; plurals use
 * Intl.PluralRules (CLDR categories: Arabic uses all six); each locale carries its writing direction, set on
 * <html>. Only the active language's catalog is loaded: each catalog is its own chunk, fetched before the first
 * render (see main.tsx) and on switching. The layer weighs about 1 KB gzip; i18next 26 + react-i18next 17, built
 * with Vite for comparison, add 17.8 KB gzip to the bundle.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalog, MessageKey, SourceCatalog } from './catalog-fr.ts';
import type { Message, PluralForms } from './types.ts';

export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = 'fr';

const DIRECTIONS: Record<Locale, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', ar: 'rtl' };

/**
 * The BCP 47 tag numbers and dates are formatted with. Arabic uses Morocco's conventions with Latin digits
 * (0–9): they are what Moroccan Arabic print, signage, banking and phones use, what CLDR gives ar-MA, and what
 * the payloads, ids and limits this tool shows are written in — Eastern Arabic digits (٠–٩) would make "12/20"
 * beside a JSON body read as two different numbers. `-u-nu-latn` keeps Latin digits even where a browser's data
 * for ar-MA differs.
 */
const FORMAT_LOCALES: Record<Locale, string> = { fr: 'fr', en: 'en', ar: 'ar-MA-u-nu-latn' };

const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  fr: () => import('./catalog-fr.ts').then((module) => module.fr),
  en: () => import('./catalog-en.ts').then((module) => module.en),
  ar: () => import('./catalog-ar.ts').then((module) => module.ar),
};

const loaded = new Map<Locale, Catalog>();
const loading = new Map<Locale, Promise<Catalog>>();

/** Fetches a language's catalog once; later calls share the same promise. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then(
      (catalog) => {
        loaded.set(locale, catalog);
        loading.delete(locale);
        return catalog;
      },
      (error: unknown) => {
        // A failed fetch (offline, a deploy replaced the chunk) may be retried on the next switch.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The document's language and direction follow the UI (screen readers, hyphenation, spell checking, mirroring). */
export function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = DIRECTIONS[locale];
}

export function isCatalogLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

function loadedCatalog(locale: Locale): Catalog {
  const catalog = loaded.get(locale);
  if (!catalog)
    throw new Error(`The "${locale}" catalog is not loaded: await loadCatalog("${locale}") first.`);
  return catalog;
}

type WordChar =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | Uppercase<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'>
  | Uppercase<'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'>
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '_';
/** Whether a text is `\w+`, as the interpolation's pattern reads a placeholder's name. */
type IsName<Text> = Text extends `${infer C}${infer Rest}`
  ? C extends WordChar
    ? Rest extends ''
      ? true
      : IsName<Rest>
    : false
  : false;
/** `{name}` placeholders of a text, as a union of names (`{ "type" }` in prose is not one). */
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? (IsName<Name> extends true ? Name : never) | Placeholders<Rest>
  : never;
type Texts<Entry> = Entry extends string ? Entry : Entry[keyof Entry];
/** A key's parameters: its French placeholders, plus `count` for plural entries (it selects the form). */
type ParamName<K extends MessageKey> =
  Placeholders<Texts<SourceCatalog[K]>> | (SourceCatalog[K] extends string ? never : 'count');
type MessageParams<K extends MessageKey> = { [Name in ParamName<K>]: string | number };
/** Keys that take no parameter: what a table of labels (`Record<Option, PlainKey>`) may hold. */
export type PlainKey = { [K in MessageKey]: [ParamName<K>] extends [never] ? K : never }[MessageKey];
/** Keys whose only parameter is `count`: plural nouns. */
export type CountKey = { [K in MessageKey]: [ParamName<K>] extends ['count'] ? K : never }[MessageKey];
/** Keys without parameters take none; the others take exactly theirs. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [ParamName<K>] extends [never] ? [] : [params: MessageParams<K>]
) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `?lang=` first, then the browser's languages, else French. */
export function detectLocale(search: string, languages: readonly string[]): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function interpolate(template: string, params: Record<string, string | number>, format: Intl.NumberFormat) {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? format.format(value) : value;
  });
}

/** A translator over a loaded catalog (the one `loadCatalog` fetched, unless given). */
export function createTranslator(
  locale: Locale,
  catalog: Catalog = loadedCatalog(locale),
  numbers: Intl.NumberFormat = new Intl.NumberFormat(FORMAT_LOCALES[locale]),
): Translate {
  const plurals = new Intl.PluralRules(FORMAT_LOCALES[locale]);
  return (key, ...rest) => {
    const params: Record<string, string | number> = rest[0] ?? {};
    const entry: Message = catalog[key as MessageKey];
    if (typeof entry === 'string') return interpolate(entry, params, numbers);
    const category = plurals.select(Number(params.count ?? 0)) as keyof PluralForms;
    return interpolate(entry[category] ?? entry.other, params, numbers);
  };
}

interface I18nContextValue {
  locale: Locale;
  /** The BCP 47 tag for Intl number and date formats (Arabic: Latin digits, see FORMAT_LOCALES). */
  formatLocale: string;
  /** A number in the language's digits and grouping (one formatter, kept: the counter uses it per keystroke). */
  formatNumber: (value: number) => string;
  /**
   * Hours and minutes as the language writes them ("14:05" in French, "2:05 PM" in English). One formatter, kept,
   * as for numbers: the thread's bubbles do not each build their own.
   */
  formatTime: (date: Date) => string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** Switches language; a catalog not yet loaded is fetched first, the current language staying until then. */
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/** `initialLocale`'s catalog must be loaded (main.tsx awaits it), so the first render is already translated. */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [state, setState] = useState(() => ({
    locale: initialLocale,
    catalog: loadedCatalog(initialLocale),
  }));
  const setLocale = useCallback((next: Locale) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(window.history.state, '', url);
    void loadCatalog(next).then(
      (catalog) => setState({ locale: next, catalog }),
      (error: unknown) => console.error(`Could not load the "${next}" catalog`, error),
    );
  }, []);
  const { locale, catalog } = state;
  useEffect(() => applyDocumentLanguage(locale), [locale]);
  const value = useMemo(() => {
    const numbers = new Intl.NumberFormat(FORMAT_LOCALES[locale]);
    const times = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { hour: 'numeric', minute: '2-digit' });
    return {
      locale,
      formatLocale: FORMAT_LOCALES[locale],
      formatNumber: (number: number) => numbers.format(number),
      formatTime: (date: Date) => times.format(date),
      dir: DIRECTIONS[locale],
      t: createTranslator(locale, catalog, numbers),
      setLocale,
    };
  }, [locale, catalog, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nContextValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export type { MessageKey };
