/** The app's own catalogs, so a test can find controls by their accessible names in each language. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ar } from '../src/i18n/catalog-ar.ts';
import { en } from '../src/i18n/catalog-en.ts';
import { fr, type Catalog, type MessageKey } from '../src/i18n/catalog-fr.ts';

export const LANGUAGES = ['fr', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Record<Language, Catalog> = { fr, en, ar };

/** The text of a key without parameters, as the page shows it. */
export function text(lang: Language, key: MessageKey): string {
  const message = CATALOGS[lang][key];
  if (typeof message !== 'string') throw new Error(`${key} is a plural entry`);
  return message;
}

/** The phone preview, named in the page's language. */
export function phoneIn(page: Page, lang: Language): Locator {
  return page.getByRole('region', { name: text(lang, 'preview.phone') });
}

/** The error summary: the region named by its "n things to fix" heading. */
export function errorSummary(page: Page, lang: Language): Locator {
  const heading = CATALOGS[lang]['composer.summary.title'];
  const forms = typeof heading === 'string' ? [heading] : Object.values(heading);
  // Any plural form, with its number in Latin digits.
  const pattern = forms
    .map((form) => (form ?? '').replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{count}', '\\d+'))
    .join('|');
  return page.getByRole('region', { name: new RegExp(`^(${pattern})$`) });
}

/** WCAG 2.0/2.1/2.2 A and AA, as the audit measured. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it is (or on the part `within` selects) and returns its serious and critical violations as readable lines, with the
 * state's name, so one failing run lists every problem of every state.
 */
export async function seriousViolations(page: Page, state: string, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  // A state that changes one part of a page already scanned whole is scanned there only (axe is slow).
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${state}: ${violation.id} (${violation.impact}) on ${violation.nodes
          .slice(0, 4)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}
