import type { preview as fr } from '../fr/preview.ts';
import type { Translation } from '../types.ts';

export const preview: Translation<typeof fr> = {
  'preview.phone': 'Phone preview',
  'preview.darkTheme': 'Dark theme',
  'preview.online': 'online',
  'preview.composerPlaceholder': 'Message',
  'preview.empty': 'Your message appears here',
  'preview.readMore': 'Read more',
  'preview.read': 'Read',
  'preview.list.open': 'Open the list',
  'preview.sheet.close': 'Close',
  'preview.sheet.send': 'Send selection',
  'preview.locationRequest.send': 'Send location',
  'preview.location.map': 'Map: {latitude}, {longitude}',
  'preview.location.invalid': 'Missing or invalid coordinates',
  'preview.reply.currentLocation': 'Current location',
  'preview.webhook.title': 'Webhook payload',
  'preview.webhook.description':
    'What Digishare posts to your webhook (live_chat.new_message) when the customer replies.',
  'preview.webhook.hint':
    'Tap a reply button, a list row or “Send location” in the phone to simulate the customer’s reply.',
  'preview.webhook.copy': 'Copy payload',
  'preview.webhook.reset': 'Reset simulation',
  'preview.webhook.replies': {
    one: '{count} simulated reply',
    other: '{count} simulated replies',
  },
  'preview.draft': 'Draft',
  'preview.delivered': 'Sent',
  'preview.profile.title': 'Business profile',
  'preview.profile.name': 'Business name',
  'preview.profile.initial': 'Avatar initial',
  'preview.profile.hint': 'For demos; kept with the drafts, never in a share link.',
  'preview.placeholders.show': 'Show placeholders',
};
