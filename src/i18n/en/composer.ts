import type { composer as fr } from '../fr/composer.ts';
import type { Translation } from '../types.ts';

export const composer: Translation<typeof fr> = {
  'composer.kind.legend': 'Message type',
  'composer.sendToThird': 'Send to third party',
  'composer.optional': '(optional)',
  'composer.counter.characters': 'characters',
  'composer.counter.over': { one: 'over by {count} character', other: 'over by {count} characters' },
  'composer.counter.utf16':
    'Fits in characters, but is {units} UTF-16 units (limit {limit}): some clients may refuse it.',
  'composer.trim': 'Trim to {limit} characters',
  'composer.removeBroken': 'Remove broken characters',

  'composer.text.body': 'Message',
  'composer.text.placeholder': 'Hello Adil! Your order is ready.',
  'composer.text.hint':
    '*bold*, _italic_, ~strikethrough~, ```monospace``` — Ctrl+B and Ctrl+I in the field.',
  'composer.format.toolbar': 'Formatting',
  'composer.format.bold': 'Bold',
  'composer.format.italic': 'Italic',
  'composer.format.strike': 'Strikethrough',
  'composer.format.mono': 'Monospace',

  'composer.location.latitude': 'Latitude',
  'composer.location.longitude': 'Longitude',
  'composer.location.latitudeHint': 'Decimal degrees, −90 to 90.',
  'composer.location.longitudeHint': 'Decimal degrees, −180 to 180.',
  'composer.location.name': 'Place name',
  'composer.location.address': 'Address',

  'composer.interactive.header': 'Header',
  'composer.interactive.body': 'Body',
  'composer.interactive.footer': 'Footer',
  'composer.interactive.removeFooter': 'Remove footer',

  'composer.buttons.legend': 'Buttons',
  'composer.buttons.count': { one: '{n}/{count} button', other: '{n}/{count} buttons' },
  'composer.buttons.item': 'Button {n}',
  'composer.buttons.title': 'Title',
  'composer.buttons.id': 'ID',
  'composer.buttons.idHint': 'Sent back by the webhook when the customer taps the button.',
  'composer.buttons.add': 'Add button',
  'composer.buttons.full': 'WhatsApp takes {limit} buttons at most.',

  'composer.list.button': 'List button label',
  'composer.list.buttonHint': 'The button that opens the list, e.g. “See options”.',
  'composer.list.sections': 'Sections',
  'composer.list.section': 'Section {n}',
  'composer.list.sectionTitle': 'Section title',
  'composer.list.sectionRow': 'Section {n}, row {m}',
  'composer.list.rowsOf': 'Rows of {name}',
  'composer.list.rowTitle': 'Title',
  'composer.list.rowId': 'ID',
  'composer.list.rowDescription': 'Description',
  'composer.list.rowsCount': { one: '{n}/{count} row', other: '{n}/{count} rows' },
  'composer.list.rowsFull': 'A list holds {limit} rows at most, all sections together.',
  'composer.list.addRow': 'Add row',
  'composer.list.addSection': 'Add section',
  'composer.list.sectionsFull': 'A list holds {limit} sections at most.',
  'composer.list.sectionNeedsRow': 'A new section needs a row, and the list already has {limit}.',

  'composer.locationRequest.body': 'Message',
  'composer.locationRequest.placeholder': 'Please share your current location.',
  'composer.locationRequest.hint': 'The customer sees a “Send location” button under this text.',

  'composer.item.moveUp': 'Move {name} up',
  'composer.item.moveDown': 'Move {name} down',
  'composer.item.remove': 'Remove {name}',
  'composer.item.buttons': { one: 'button', other: 'buttons' },
  'composer.item.rows': { one: 'row', other: 'rows' },
  'composer.item.sections': { one: 'section', other: 'sections' },

  'composer.field.title': 'Title',
  'composer.field.id': 'ID',
  'composer.field.description': 'Description',
  'composer.field.rows': 'Rows',

  'composer.summary.title': {
    one: '{count} thing to fix before sending',
    other: '{count} things to fix before sending',
  },
  'composer.summary.ready': 'Message ready to send.',

  'composer.import.open': 'Import JSON',
  'composer.import.title': 'Import a JSON message',
  'composer.import.help':
    'Paste a full request (with conversation_id) or just { "type", "body" }. Nothing changes until the message is valid.',
  'composer.import.paste': 'Message JSON',
  'composer.import.file': 'Or open a .json file',
  'composer.import.submit': 'Import',
  'composer.import.cancel': 'Cancel',
  'composer.import.failed': {
    one: 'Cannot import: {count} problem.',
    other: 'Cannot import: {count} problems.',
  },
  'composer.import.tooLarge': 'File too large (over {limit} MB).',
  'composer.import.inputTooLarge':
    'Too large: a message is at most {limit} KiB (the API’s limit). Nothing was read.',
  'composer.import.moreIssues': {
    one: '… and {count} more problem.',
    other: '… and {count} more problems.',
  },
  'composer.import.overCap':
    'Too big for the editor ({sections} sections, {rows} rows, {buttons} buttons; the editor shows at most {sectionsCap}, {rowsCap} and {buttonsCap}, and the API takes fewer): nothing was loaded.',
  'composer.import.loadAnyway': 'Load anyway',
  'composer.import.loadAnywayHint': 'The structure is right: fix the flagged points in the editor.',

  'composer.load.replaced': 'The message you were writing was replaced.',

  'composer.share.copy': 'Copy share link',
  'composer.share.loaded': 'Message loaded from the share link.',
  'composer.share.loadedWithIssues': {
    one: 'Message loaded from the share link, with {count} thing to fix.',
    other: 'Message loaded from the share link, with {count} things to fix.',
  },
  'composer.share.tooLarge':
    'This share link holds more than a message can (over 1 MiB, or more than the editor shows): nothing was loaded.',
  'composer.share.broken': 'This share link is broken; nothing was loaded.',
  'composer.sendToThirdHelp':
    'Tick to have Digishare deliver the message through the conversation’s external platform (e.g. WhatsApp).',
  'composer.summary.hint': 'Write your message: anything to fix will show here.',

  'composer.variables.heading': 'Variables',
  'composer.variables.help': 'Each {example} in the message is replaced by its value before sending.',
  'composer.variables.missing': 'Needed before sending.',
  'composer.variables.sample': 'e.g. {sample}',
  'composer.variables.settings': 'Template defaults and samples',
  'composer.variables.settingsHelp':
    'Saved with the template: a default fills the box when the template is loaded; a sample is only a guide.',
  'composer.variables.default': 'Default for {name}',
  'composer.variables.sampleLabel': 'Sample for {name}',
  'composer.variables.path': 'Variable {name}',
  'composer.variables.blocked': 'Missing values: {names}.',
  'composer.counter.withValues': 'with the values',
  'composer.counter.unfilled': 'placeholders without a value counted as typed',
  'composer.canned.title': 'Insert a saved reply',
  'composer.canned.search': 'Search saved replies',
  'composer.canned.list': 'Saved replies',
  'composer.canned.empty': 'No saved replies yet: save a message as a template (Alt+S) to find it here.',
  'composer.canned.noMatch': 'No saved reply matches “{query}”.',
  'composer.canned.help': '↑ ↓ to choose, Enter to insert, Escape to close.',
} as const;
