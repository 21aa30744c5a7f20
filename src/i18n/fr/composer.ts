export const composer = {
  'composer.kind.legend': 'Type de message',
  'composer.sendToThird': 'Envoyer au tiers',
  'composer.optional': '(facultatif)',
  'composer.counter.characters': 'caractères',
  'composer.counter.over': {
    one: 'dépassement de {count} caractère',
    other: 'dépassement de {count} caractères',
  },
  'composer.counter.utf16':
    'Tient en caractères, mais fait {units} unités UTF-16 (limite {limit}) : certains clients pourraient le refuser.',
  'composer.trim': 'Couper à {limit} caractères',
  'composer.removeBroken': 'Retirer les caractères cassés',

  'composer.text.body': 'Message',
  'composer.text.placeholder': 'Bonjour Adil ! Votre commande est prête.',
  'composer.text.hint': '*gras*, _italique_, ~barré~, ```chasse fixe``` — Ctrl+B et Ctrl+I dans le champ.',
  'composer.format.toolbar': 'Mise en forme',
  'composer.format.bold': 'Gras',
  'composer.format.italic': 'Italique',
  'composer.format.strike': 'Barré',
  'composer.format.mono': 'Chasse fixe',

  'composer.location.latitude': 'Latitude',
  'composer.location.longitude': 'Longitude',
  'composer.location.latitudeHint': 'Degrés décimaux, de −90 à 90.',
  'composer.location.longitudeHint': 'Degrés décimaux, de −180 à 180.',
  'composer.location.name': 'Nom du lieu',
  'composer.location.address': 'Adresse',

  'composer.interactive.header': 'En-tête',
  'composer.interactive.body': 'Corps du message',
  'composer.interactive.footer': 'Pied de message',
  'composer.interactive.removeFooter': 'Retirer le pied de message',

  'composer.buttons.legend': 'Boutons',
  'composer.buttons.count': { one: '{n}/{count} bouton', other: '{n}/{count} boutons' },
  'composer.buttons.item': 'Bouton {n}',
  'composer.buttons.title': 'Titre',
  'composer.buttons.id': 'Identifiant',
  'composer.buttons.idHint': 'Renvoyé par le webhook quand le client touche le bouton.',
  'composer.buttons.add': 'Ajouter un bouton',
  'composer.buttons.full': 'WhatsApp accepte {limit} boutons au plus.',

  'composer.list.button': 'Libellé du bouton de la liste',
  'composer.list.buttonHint': 'Le bouton qui ouvre la liste, par exemple « Voir les options ».',
  'composer.list.sections': 'Sections',
  'composer.list.section': 'Section {n}',
  'composer.list.sectionTitle': 'Titre de la section',
  'composer.list.sectionRow': 'Section {n}, ligne {m}',
  'composer.list.rowsOf': 'Lignes de la {name}',
  'composer.list.rowTitle': 'Titre',
  'composer.list.rowId': 'Identifiant',
  'composer.list.rowDescription': 'Description',
  'composer.list.rowsCount': { one: '{n}/{count} ligne', other: '{n}/{count} lignes' },
  'composer.list.rowsFull': 'Une liste contient {limit} lignes au plus, toutes sections confondues.',
  'composer.list.addRow': 'Ajouter une ligne',
  'composer.list.addSection': 'Ajouter une section',
  'composer.list.sectionsFull': 'Une liste contient {limit} sections au plus.',
  'composer.list.sectionNeedsRow':
    'Une nouvelle section a besoin d’une ligne, et la liste en a déjà {limit}.',

  'composer.locationRequest.body': 'Message',
  'composer.locationRequest.placeholder': 'Veuillez partager votre localisation actuelle.',
  'composer.locationRequest.hint': 'Le client verra un bouton « Envoyer la localisation » sous ce texte.',

  'composer.item.moveUp': 'Monter : {name}',
  'composer.item.moveDown': 'Descendre : {name}',
  'composer.item.remove': 'Supprimer : {name}',
  'composer.item.buttons': { one: 'bouton', other: 'boutons' },
  'composer.item.rows': { one: 'ligne', other: 'lignes' },
  'composer.item.sections': { one: 'section', other: 'sections' },

  'composer.field.title': 'Titre',
  'composer.field.id': 'Identifiant',
  'composer.field.description': 'Description',
  'composer.field.rows': 'Lignes',

  'composer.summary.title': {
    one: '{count} point à corriger avant l’envoi',
    other: '{count} points à corriger avant l’envoi',
  },
  'composer.summary.ready': 'Message prêt à être envoyé.',

  'composer.import.open': 'Importer du JSON',
  'composer.import.title': 'Importer un message JSON',
  'composer.import.help':
    'Collez une requête complète (avec conversation_id) ou seulement { "type", "body" }. Rien ne change tant que le message n’est pas valide.',
  'composer.import.paste': 'JSON du message',
  'composer.import.file': 'Ou ouvrez un fichier .json',
  'composer.import.submit': 'Importer',
  'composer.import.cancel': 'Annuler',
  'composer.import.failed': {
    one: 'Import impossible : {count} problème.',
    other: 'Import impossible : {count} problèmes.',
  },
  'composer.import.tooLarge': 'Fichier trop volumineux (plus de {limit} Mo).',
  'composer.import.inputTooLarge':
    'Trop volumineux : un message fait au plus {limit} Kio (la limite de l’API). Rien n’a été lu.',
  'composer.import.moreIssues': {
    one: '… et {count} autre problème.',
    other: '… et {count} autres problèmes.',
  },
  'composer.import.overCap':
    'Trop grand pour l’éditeur ({sections} sections, {rows} lignes, {buttons} boutons ; l’éditeur en montre au plus {sectionsCap}, {rowsCap} et {buttonsCap}, et l’API en accepte moins) : rien n’a été chargé.',
  'composer.import.loadAnyway': 'Charger quand même',
  'composer.import.loadAnywayHint': 'La structure est bonne : corrigez les points signalés dans l’éditeur.',

  'composer.load.replaced': 'Le message que vous rédigiez a été remplacé.',

  'composer.share.copy': 'Copier le lien de partage',
  'composer.share.loaded': 'Message chargé depuis le lien de partage.',
  'composer.share.loadedWithIssues': {
    one: 'Message chargé depuis le lien de partage, avec {count} point à corriger.',
    other: 'Message chargé depuis le lien de partage, avec {count} points à corriger.',
  },
  'composer.share.tooLarge':
    'Ce lien de partage contient plus qu’un message ne peut porter (plus de 1 Mio, ou plus que l’éditeur n’affiche) : rien n’a été chargé.',
  'composer.share.broken': 'Ce lien de partage est invalide ; rien n’a été chargé.',
  'composer.sendToThirdHelp':
    'Cochez pour que Digishare livre le message via la plateforme externe de la conversation (par ex. WhatsApp).',
  'composer.summary.hint': 'Écrivez votre message : les points à corriger apparaîtront ici.',

  'composer.variables.heading': 'Variables',
  'composer.variables.help': 'Chaque {example} du message est remplacé par sa valeur avant l’envoi.',
  'composer.variables.missing': 'À remplir avant l’envoi.',
  'composer.variables.sample': 'ex. : {sample}',
  'composer.variables.settings': 'Valeurs par défaut et exemples du modèle',
  'composer.variables.settingsHelp':
    'Enregistrés avec le modèle : la valeur par défaut remplit la case au chargement du modèle ; l’exemple ne sert qu’à guider.',
  'composer.variables.default': 'Valeur par défaut de {name}',
  'composer.variables.sampleLabel': 'Exemple pour {name}',
  'composer.variables.path': 'Variable {name}',
  'composer.variables.blocked': 'Valeurs manquantes : {names}.',
  'composer.counter.withValues': 'avec les valeurs',
  'composer.counter.unfilled': 'variables sans valeur comptées telles quelles',
  'composer.canned.title': 'Insérer une réponse enregistrée',
  'composer.canned.search': 'Rechercher une réponse enregistrée',
  'composer.canned.list': 'Réponses enregistrées',
  'composer.canned.empty':
    'Aucune réponse enregistrée : enregistrez un message comme modèle (Alt+S) pour le retrouver ici.',
  'composer.canned.noMatch': 'Aucune réponse enregistrée ne correspond à « {query} ».',
  'composer.canned.help': '↑ ↓ pour choisir, Entrée pour insérer, Échap pour fermer.',
} as const;
