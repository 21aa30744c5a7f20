import { describe, expect, it } from 'vitest';
import { ar } from './catalog-ar.ts';
import { en } from './catalog-en.ts';
import { fr } from './catalog-fr.ts';
import { createTranslator, detectLocale, isCatalogLoaded, loadCatalog } from './i18n.tsx';
import type { Message } from './types.ts';

describe('detectLocale', () => {
  it('takes ?lang= first, then the browser languages, else French', () => {
    expect(detectLocale('?lang=en', ['fr-FR'])).toBe('en');
    expect(detectLocale('?lang=fr', ['en-US'])).toBe('fr');
    expect(detectLocale('?lang=ar', ['en-US'])).toBe('ar');
    expect(detectLocale('?lang=xx', ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLocale('', ['ar-MA', 'fr-FR'])).toBe('ar');
    expect(detectLocale('', ['de-DE'])).toBe('fr');
  });
});

describe('loadCatalog', () => {
  it('loads a language once and shares it', async () => {
    const first = await loadCatalog('ar');
    expect(isCatalogLoaded('ar')).toBe(true);
    expect(await loadCatalog('ar')).toBe(first);
    expect(first).toBe(ar);
  });
});

describe('createTranslator', () => {
  it('interpolates and picks plural forms by count, in each language', () => {
    const t = createTranslator('en');
    expect(t('composer.summary.title', { count: 1 })).toBe('1 thing to fix before sending');
    expect(t('composer.summary.title', { count: 3 })).toBe('3 things to fix before sending');
    expect(createTranslator('fr')('composer.summary.title', { count: 0 })).toBe(
      '0 point à corriger avant l’envoi',
    );
    expect(t('composer.trim', { limit: 4096 })).toBe('Trim to 4,096 characters');
    expect(createTranslator('fr')('composer.trim', { limit: 4096 })).toBe('Couper à 4\u202f096 caractères');
  });

  it('uses all six Arabic plural forms', () => {
    const t = createTranslator('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('library.templates.list', { count }));
    expect(forms).toEqual(['لا توجد قوالب', 'قالب واحد', 'قالبان', '3 قوالب', '11 قالبًا', '100 قالب']);
    // 103 is "few" and 111 "many" again, as CLDR says.
    expect(t('library.templates.list', { count: 103 })).toBe('103 قوالب');
    expect(t('library.templates.list', { count: 111 })).toBe('111 قالبًا');
  });

  it('writes Arabic numbers in Latin digits, with Morocco’s separators', () => {
    const t = createTranslator('ar');
    expect(t('composer.trim', { limit: 4096 })).toBe('الاقتطاع إلى 4.096 حرف');
    expect(t('connection.send.sent', { id: 'msg_1', status: 201, ms: 1091 })).toMatch(
      /HTTP 201 · 1\.091 ms$/,
    );
    expect(t('connection.send.sent', { id: 'msg_1', status: 201, ms: 1091 })).not.toMatch(/[٠-٩]/);
  });

  it('types every key’s parameters from its French text', () => {
    const t = createTranslator('en');
    // @ts-expect-error a misspelt parameter does not compile
    expect(t('composer.trim', { limt: 4 })).toBe('Trim to {limit} characters');
    // @ts-expect-error a missing parameter does not compile
    t('composer.buttons.item');
    // @ts-expect-error a key without parameters takes none
    t('app.close', { name: 'x' });
    // @ts-expect-error a plural entry needs its count
    t('library.templates.list', {});
    // Prose braces are not placeholders.
    expect(t('composer.import.help')).toContain('{ "type", "body" }');
  });
});

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))),
  ].sort();
}

describe.each([
  ['English', en],
  ['Arabic', ar],
])('%s', (_, catalog) => {
  it('has every French key, with the same placeholders', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect({ key, placeholders: placeholders(catalog[key]) }).toEqual({
        key,
        placeholders: placeholders(fr[key]),
      });
    }
  });

  it('gives every plural entry an "other" form and only CLDR categories', () => {
    for (const [key, message] of Object.entries(catalog)) {
      if (typeof message === 'string') continue;
      expect({ key, other: typeof message.other }).toEqual({ key, other: 'string' });
      for (const category of Object.keys(message)) {
        expect(['zero', 'one', 'two', 'few', 'many', 'other']).toContain(category);
      }
    }
  });
});

it('translates every Arabic entry (no French or English left over)', () => {
  // Names, protocols and key caps stay as written; everything else is in Arabic script.
  const sameEverywhere =
    /^(Digishare( Composer)?|Français|English|cURL|fetch|Ctrl|Alt|Enter|Esc|Ctrl\+Enter|HTTP \{status\}|\{ms\} ms|Twin Center, Casablanca)$/;
  for (const [key, message] of Object.entries(ar)) {
    for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
      if (sameEverywhere.test(text ?? '')) continue;
      expect({ key, arabic: /[\u0600-\u06FF]/.test(text ?? '') }).toEqual({ key, arabic: true });
    }
  }
});
