// First, before any other module runs: takes a share link (possibly megabytes) out of the page's URL.
// eslint-disable-next-line import-x/order -- evaluation follows import order, and this one must run first
import { isOpeningShareLink } from './app/opening-share-link.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { shareLinkLoader } from './app/lazy-panels.tsx';
import { applyDocumentLanguage, detectLocale, loadCatalog } from './i18n/i18n.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Only the active language's catalog is fetched, and before the first render: the page never shows another
// language's text (or a key) while it arrives, and <html lang dir> is right before the first paint.
const locale = detectLocale(window.location.search, navigator.languages);
applyDocumentLanguage(locale);
// A promise, not a top-level await: an entry that awaits at the top makes the bundler move the code it shares
// with lazy chunks out into extra preloaded chunks.
// The first render is a transition: React renders it in slices of a few milliseconds and lets the browser breathe
// between them, instead of one long task that blocks input (what Lighthouse counts as total blocking time).
// A page opened from a share link also waits for the link's loader, so its notice is in the first paint rather
// than pushing the editor down a moment later.
void Promise.all([loadCatalog(locale), isOpeningShareLink() ? shareLinkLoader.preload() : null]).then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App initialLocale={locale} />
      </StrictMode>,
    ),
  ),
);
