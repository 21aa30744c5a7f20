export const preview = {
  'preview.phone': 'Aperçu du téléphone',
  'preview.darkTheme': 'Thème sombre',
  'preview.online': 'en ligne',
  'preview.composerPlaceholder': 'Message',
  'preview.empty': 'Votre message apparaît ici',
  'preview.readMore': 'Lire la suite',
  'preview.read': 'Lu',
  'preview.list.open': 'Ouvrir la liste',
  'preview.sheet.close': 'Fermer',
  'preview.sheet.send': 'Envoyer la sélection',
  'preview.locationRequest.send': 'Envoyer la localisation',
  'preview.location.map': 'Carte : {latitude}, {longitude}',
  'preview.location.invalid': 'Coordonnées manquantes ou invalides',
  'preview.reply.currentLocation': 'Position actuelle',
  'preview.webhook.title': 'Payload du webhook',
  'preview.webhook.description':
    'Ce que Digishare envoie à votre webhook (live_chat.new_message) quand le client répond.',
  'preview.webhook.hint':
    'Touchez un bouton de réponse, une ligne de la liste ou « Envoyer la localisation » dans le téléphone pour simuler la réponse du client.',
  'preview.webhook.copy': 'Copier le payload',
  'preview.webhook.reset': 'Réinitialiser la simulation',
  'preview.webhook.replies': {
    one: '{count} réponse simulée',
    other: '{count} réponses simulées',
  },
  'preview.placeholders.show': 'Afficher les variables',
} as const;
