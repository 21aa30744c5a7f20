import type { app as fr } from '../fr/app.ts';
import type { Translation } from '../types.ts';

export const app: Translation<typeof fr> = {
  'app.title': 'Digishare Composer',
  'app.tagline': 'Compose, preview and send Digishare messages',
  'app.editor': 'Editor',
  'app.phone': 'Preview',
  'app.send': 'Sending',
  'app.language': 'Language',
  'app.language.fr': 'Français',
  'app.language.en': 'English',
  'app.language.ar': 'العربية',
  'app.theme.dark': 'Dark phone theme',
  'app.copy': 'Copy',
  'app.copied': 'Copied',
  'app.copyFailed': 'Could not copy: it is selected below, copy it by hand (Ctrl+C).',
  'app.close': 'Close',
  'app.error.title': 'Something unexpected went wrong',
  'app.error.body': 'What you typed is kept. Reload the page to continue.',
  'app.error.reload': 'Reload',
  'app.tabs.label': 'View',
  'app.tabs.edit': 'Edit',
  'app.tabs.preview': 'Preview',
};
