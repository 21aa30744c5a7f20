import { describe, expect, it } from 'vitest';
import { en } from './catalog-en.ts';
import { fr } from './catalog-fr.ts';
import { createTranslator, detectLocale } from './i18n.tsx';
import { type Message } from './types.ts';

describe('detectLocale', () => {
  it('takes ?lang= first, then the browser languages, else French', () => {
    expect(detectLocale('?lang=en', ['fr-FR'])).toBe('en');
    expect(detectLocale('?lang=fr', ['en-US'])).toBe('fr');
    expect(detectLocale('?lang=xx', ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLocale('', ['de-DE'])).toBe('fr');
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
});

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))),
  ].sort();
}

it('gives English every French key, with the same placeholders', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
    expect({ key, placeholders: placeholders(en[key]) }).toEqual({
      key,
      placeholders: placeholders(fr[key]),
    });
  }
});
