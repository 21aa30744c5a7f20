export const library = {
  'library.undo.button': 'Annuler',
  'library.undo.done': 'Annulé.',

  'library.newMessage.button': 'Nouveau message',
  'library.newMessage.started': 'Nouveau message commencé ; l’ancien brouillon est effacé.',

  'library.notice.list': 'Avertissements de stockage',
  'library.notice.dismiss': 'Fermer',
  'library.notice.area.drafts': 'Brouillon enregistré',
  'library.notice.area.templates': 'Modèles',
  'library.notice.area.history': 'Historique des envois',
  'library.notice.corrupt': 'illisible ; mis de côté dans le navigateur, rien n’a été chargé.',
  'library.notice.newer':
    'écrit par une version plus récente de l’application (v{version}) ; laissé de côté, rien n’a été chargé.',
  'library.notice.older': 'écrit par une ancienne version (v{version}) qui ne se lit plus ; mis de côté.',
  'library.notice.skipped': {
    one: '{count} entrée illisible a été ignorée ; les autres sont chargées.',
    other: '{count} entrées illisibles ont été ignorées ; les autres sont chargées.',
  },
  'library.notice.quota':
    'le stockage du navigateur est plein : la dernière modification n’a pas pu être enregistrée.',
  'library.notice.tooLarge':
    'Le brouillon dépasse 1 Mio (ou la taille que l’éditeur affiche) : il n’est ni enregistré dans ce navigateur ni relu au démarrage. Il reste dans cet onglet tant qu’il est ouvert.',
  'library.otherTab.saved':
    'Un autre onglet a enregistré un brouillon différent. Celui de cet onglet est gardé.',
  'library.otherTab.restore': 'Reprendre le brouillon de l’autre onglet',
  'library.otherTab.dismiss': 'Ignorer',
  'library.notice.unavailable':
    'le stockage du navigateur est indisponible : rien ne sera conservé après la fermeture de l’onglet.',

  'library.templates.heading': 'Modèles',
  'library.templates.saveCurrent': 'Enregistrer comme modèle…',
  'library.templates.saveTitle': 'Enregistrer le message comme modèle',
  'library.templates.nameLabel': 'Nom du modèle',
  'library.templates.save': 'Enregistrer',
  'library.templates.replace': 'Remplacer',
  'library.templates.replaceHint':
    'Un modèle « {name} » existe déjà : il sera remplacé par ce message (vous pourrez annuler).',
  'library.templates.cancel': 'Annuler',
  'library.templates.search': 'Rechercher un modèle',
  'library.templates.searchPlaceholder': 'Nom ou texte du message',
  'library.templates.list': { one: '{count} modèle', other: '{count} modèles' },
  'library.templates.empty':
    'Aucun modèle pour l’instant. Enregistrez le message en cours pour le réutiliser.',
  'library.templates.noMatch': 'Aucun modèle ne correspond à « {query} ».',
  'library.templates.load': 'Charger',
  'library.templates.loadNamed': 'Charger « {name} »',
  'library.templates.rename': 'Renommer',
  'library.templates.renameNamed': 'Renommer « {name} »',
  'library.templates.renameLabel': 'Nouveau nom pour « {name} »',
  'library.templates.renameSave': 'Valider',
  'library.templates.duplicate': 'Dupliquer',
  'library.templates.duplicateNamed': 'Dupliquer « {name} »',
  'library.templates.delete': 'Supprimer',
  'library.templates.deleteNamed': 'Supprimer « {name} »',
  'library.templates.copyName': { one: '{name} (copie)', other: '{name} (copie {n})' },
  'library.templates.saved': 'Modèle « {name} » enregistré.',
  'library.templates.replaced': 'Modèle « {name} » remplacé.',
  'library.templates.loaded': 'Modèle « {name} » chargé dans l’éditeur.',
  'library.templates.renamed': '« {from} » renommé en « {to} ».',
  'library.templates.duplicated': 'Copie créée : « {name} ».',
  'library.templates.deleted': 'Modèle « {name} » supprimé.',
  'library.templates.export': 'Exporter tous les modèles (JSON)',
  'library.templates.import': 'Importer des modèles…',
  'library.templates.imported': {
    one: '{count} modèle importé.',
    other: '{count} modèles importés.',
  },
  'library.templates.importDuplicates': {
    one: '{count} était déjà dans la bibliothèque.',
    other: '{count} étaient déjà dans la bibliothèque.',
  },
  'library.templates.rejected': {
    one: '{count} entrée refusée :',
    other: '{count} entrées refusées :',
  },
  'library.templates.entryNamed': 'Entrée {n} (« {name} »)',
  'library.templates.entryUnnamed': 'Entrée {n} (sans nom)',
  'library.templates.closeReport': 'Fermer',
  'library.templates.fileTooLarge': 'Ce fichier dépasse {limit} Mo : ce n’est pas un export de modèles.',
  'library.templates.fileUnreadable': 'Le fichier n’a pas pu être lu.',
  'library.templates.notTemplatesFile':
    'Ce fichier n’est pas un export de modèles de Digishare Composer (format « digishare-composer-templates »).',
  'library.templates.newerFile':
    'Ce fichier vient d’une version plus récente de l’application (version {version}) : mettez-la à jour pour l’importer.',

  'library.history.heading': 'Historique des envois',
  'library.history.empty': 'Aucun envoi pour l’instant. Chaque envoi apparaîtra ici, le plus récent en haut.',
  'library.history.filter': 'Conversation',
  'library.history.allConversations': {
    one: 'Toutes les conversations ({count} envoi)',
    other: 'Toutes les conversations ({count} envois)',
  },
  'library.history.list': { one: '{count} envoi', other: '{count} envois' },
  'library.history.export': {
    one: 'Exporter {count} envoi (JSON)',
    other: 'Exporter {count} envois (JSON)',
  },
  'library.history.sent': 'Envoyé',
  'library.history.failed': 'Échec',
  'library.history.unknown': 'Issue inconnue',
  'library.history.httpStatus': 'HTTP {status}',
  'library.history.conversation': 'Conversation',
  'library.history.target': 'Cible',
  'library.history.messageId': 'Identifiant du message',
  'library.history.duration': 'Durée',
  'library.history.durationMs': '{ms} ms',
  'library.history.open': 'Ouvrir dans l’éditeur',
  'library.history.resend': 'Renvoyer…',
  'library.history.notResendable':
    'Ce message ne respecte plus les règles actuelles : ouvrez-le pour le corriger.',
  'library.history.confirmTitle': 'Renvoyer ce message ?',
  'library.history.confirmText':
    'Renvoyer ce message à la conversation « {conversation} », par la cible d’API actuelle ({target}) ?',
  'library.history.confirmOtherTarget':
    'Il a d’abord été envoyé par {was} ; il partirait maintenant par {now}. Changez de cible d’API avant si ce n’est pas ce que vous voulez.',
  'library.history.confirmUnknown':
    'Le premier envoi est resté sans réponse : il est peut-être arrivé. Vérifiez la conversation avant de le renvoyer.',
  'library.history.confirmResend': 'Renvoyer',
  'library.history.cancel': 'Annuler',

  'library.image.download': 'Télécharger l’image',
  'library.image.copy': 'Copier l’image',
  'library.image.copyUnsupported':
    'Ce navigateur ne sait pas copier une image : utilisez « Télécharger l’image ».',
  'library.image.working': 'Création de l’image…',
  'library.image.downloaded': 'Image enregistrée : {filename}.',
  'library.image.copied': 'Image copiée dans le presse-papiers.',
  'library.image.noNode': 'L’aperçu du téléphone n’est pas affiché : rien à capturer.',
  'library.image.renderFailed':
    'L’image n’a pas pu être créée. Réessayez, ou faites une capture d’écran du téléphone.',
  'library.image.clipboardFailed':
    'Le navigateur a refusé la copie de l’image. Utilisez « Télécharger l’image ».',

  'library.shortcuts.title': 'Raccourcis clavier',
  'library.shortcuts.button': 'Raccourcis clavier',
  'library.shortcuts.actionColumn': 'Action',
  'library.shortcuts.keysColumn': 'Touches',
  'library.shortcuts.send': 'Envoyer le message',
  'library.shortcuts.new': 'Nouveau message',
  'library.shortcuts.saveTemplate': 'Enregistrer comme modèle',
  'library.shortcuts.focusSearch': 'Insérer une réponse enregistrée',
  'library.shortcuts.help': 'Afficher cette liste',
  'library.shortcuts.close': 'Fermer une fenêtre',
  'library.shortcuts.or': 'ou',
  'library.shortcuts.note':
    '« ? » fonctionne quand vous n’êtes pas en train d’écrire dans un champ ; « / » aussi, et au début d’un champ vide.',
  'library.key.ctrl': 'Ctrl',
  'library.key.alt': 'Alt',
  'library.key.enter': 'Entrée',
  'library.key.escape': 'Échap',
  'library.image.includeDraft': 'Inclure le brouillon',
} as const;
