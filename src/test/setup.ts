import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { LOCALES, loadCatalog } from '../i18n/i18n.tsx';
import { preloadAll } from '../lib/lazy-on-idle.tsx';

afterEach(() => {
  cleanup();
});

// jsdom has <dialog> but not its modal methods; these mimic what the components rely on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// The app fetches only the active language's catalog before rendering; tests render any language at once.
await Promise.all(LOCALES.map((locale) => loadCatalog(locale)));

// The lazily loaded parts (declared when a test file's imports run) are in before its first test, as they are in a
// page that has been idle once; the placeholders themselves are tested where they matter.
beforeAll(async () => {
  await preloadAll();
});
