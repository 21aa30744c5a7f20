import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { LOCALES, loadCatalog } from '../i18n/i18n.tsx';

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
