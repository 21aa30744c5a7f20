/** The names of the message kinds, shared by the editor, the library and error messages. */
export const kinds = {
  'kind.text': 'Texte',
  'kind.location': 'Localisation',
  'kind.button': 'Boutons de réponse',
  'kind.list': 'Liste',
  'kind.location_request': 'Demande de localisation',
} as const;
