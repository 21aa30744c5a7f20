export const connection = {
  'connection.title': 'Connexion',

  'connection.target.label': 'Cible de l’API',
  'connection.target.sandbox': 'Bac à sable',
  'connection.target.digishare': 'Digishare',
  'connection.target.custom': 'Personnalisée',
  'connection.scenario.label': 'Scénario',
  'connection.scenario.hint': 'Le bac à sable répond comme ce scénario le demande (tests).',
  'connection.scenario.ok': 'Normal (201)',
  'connection.scenario.unauthorized': 'Jeton refusé (401)',
  'connection.scenario.forbidden': 'Interdit (403)',
  'connection.scenario.notFound': 'Introuvable (404)',
  'connection.scenario.rateLimited': 'Trop de requêtes (429)',
  'connection.scenario.serverError': 'Erreur serveur (500)',
  'connection.scenario.htmlError': 'Erreur serveur en HTML (500)',
  'connection.scenario.slow': 'Lent (réponse après quelques secondes)',
  'connection.baseUrl.label': 'URL de base',
  'connection.baseUrl.hint': 'Appelée directement depuis le navigateur : le serveur doit autoriser CORS.',
  'connection.baseUrl.error.empty': 'Saisissez l’URL de base, par exemple https://api.example.com.',
  'connection.baseUrl.error.invalid': 'Ce n’est pas une URL complète, par exemple https://api.example.com.',
  'connection.baseUrl.error.protocol': 'L’URL doit commencer par http:// ou https://.',
  'connection.baseUrl.error.credentials': 'Retirez l’identifiant et le mot de passe de l’URL.',
  'connection.baseUrl.error.queryOrHash':
    'Retirez la partie après « ? » ou « # » : l’URL de base s’arrête au chemin.',

  'connection.token.label': 'Jeton d’API',
  'connection.token.show': 'Afficher le jeton',
  'connection.token.hide': 'Masquer le jeton',
  'connection.token.remember': 'Retenir le jeton pour cet onglet',
  'connection.token.rememberHint':
    'Décoché, le jeton reste en mémoire et disparaît au rechargement. Coché, il est gardé dans le stockage de session de cet onglet jusqu’à sa fermeture ; jamais ailleurs.',
  'connection.token.forget': 'Oublier le jeton',
  'connection.token.serverHeld': 'Jeton détenu par le serveur ({who})',
  'connection.token.serverHeldHint':
    'Ce serveur ajoute lui-même l’identifiant Digishare de l’entreprise à chaque requête ; il n’arrive jamais jusqu’à votre navigateur.',
  'connection.destination.sandbox':
    'Le jeton n’est envoyé qu’à {url}, le bac à sable intégré à cette application.',
  'connection.destination.digishare':
    'Le jeton n’est envoyé qu’à {url}, qui le transmet à {upstream} (Digishare).',
  'connection.destination.custom': 'Le jeton n’est envoyé qu’à {url}.',
  'connection.destination.customPending':
    'Le jeton ne sera envoyé qu’à l’URL de base saisie ci-dessus, une fois qu’elle sera valide.',
  'connection.test.button': 'Tester le jeton',
  'connection.test.checking': 'Vérification du jeton…',
  'connection.test.ok': 'Jeton accepté : {who}.',
  'connection.test.okAnonymous': 'Jeton accepté.',

  'connection.conversation.label': 'ID de conversation',
  'connection.conversation.hint': 'La conversation qui reçoit le message (obligatoire).',
  'connection.conversation.hintRecent':
    'La conversation qui reçoit le message (obligatoire). Les derniers ID utilisés sont proposés.',

  'connection.send.button': 'Envoyer',
  'connection.send.shortcut': 'Ctrl+Entrée',
  'connection.send.sending': 'Envoi en cours…',
  'connection.send.blocked.message': 'Corrigez d’abord le message.',
  'connection.send.blocked.token': 'Saisissez un jeton d’API.',
  'connection.send.blocked.baseUrl': 'Saisissez une URL de base valide.',
  'connection.send.blocked.conversationId': 'Saisissez un ID de conversation.',
  'connection.send.result': 'Résultat de l’envoi',
  'connection.send.sent': 'Envoyé : message {id} · HTTP {status} · {ms} ms',
  'connection.send.sentNoId': 'Envoyé · HTTP {status} · {ms} ms',
  'connection.send.responseBody': 'Réponse du serveur',
  'connection.send.formKept': 'Votre message n’a pas changé : corrigez et renvoyez quand vous voulez.',
  'connection.send.formKeptUnknown':
    'Votre message n’a pas changé. L’issue est inconnue : vérifiez la conversation avant de le renvoyer.',
  'connection.send.resendBlocked': 'Renvoi impossible : {reasons}',

  'connection.error.validation.send': 'Le serveur a refusé le message (HTTP {status}).',
  'connection.error.validation.profile': 'Le serveur a refusé la requête (HTTP {status}).',
  'connection.error.validation.local':
    'La requête n’a pas pu être construite : le jeton contient des caractères qu’un en-tête HTTP ne peut pas porter.',
  'connection.error.unauthorized': 'Jeton refusé (HTTP 401) : vérifiez le jeton d’API.',
  'connection.error.forbidden.send': 'Ce jeton n’a pas le droit d’envoyer à cette conversation (HTTP 403).',
  'connection.error.forbidden.profile': 'Ce jeton n’a pas le droit de lire ce profil (HTTP 403).',
  'connection.error.notFound.send':
    'Introuvable (HTTP 404) : vérifiez l’ID de conversation et la cible de l’API.',
  'connection.error.notFound.profile': 'Introuvable (HTTP 404) : vérifiez la cible de l’API.',
  'connection.error.tooLarge': 'Message trop volumineux pour le serveur (HTTP 413) : raccourcissez-le.',
  'connection.error.rateLimited': 'Trop de requêtes (HTTP 429). Attendez un moment avant de réessayer.',
  'connection.error.rateLimited.retryAfter': 'Trop de requêtes (HTTP 429). Réessayez dans {seconds} s.',
  'connection.error.server': 'Le serveur a échoué (HTTP {status}). Réessayez plus tard.',
  'connection.error.http': 'Le serveur a répondu HTTP {status}.',
  'connection.error.network': 'Le serveur est injoignable : vérifiez votre connexion et la cible de l’API.',
  'connection.error.network.cors':
    'Si {origin} fonctionne, il refuse peut-être les requêtes venant de cette page (CORS) : il doit autoriser l’origine {pageOrigin} et les en-têtes Authorization et Content-Type.',
  'connection.error.network.mixedContent':
    'Une page en https ne peut pas appeler une URL en http : utilisez https.',
  'connection.error.timeout.send':
    'Pas de réponse à temps : le résultat est inconnu. Le message est peut-être parti ; vérifiez la conversation avant de le renvoyer.',
  'connection.error.timeout.profile': 'Pas de réponse à temps. Réessayez.',
  'connection.error.timeout.status': 'Un intermédiaire a abandonné l’attente (HTTP {status}).',
  'connection.error.aborted': 'La requête a été annulée.',
  'connection.error.serverSays': 'Message du serveur : {message}',
  'connection.error.htmlBody': 'Le serveur a répondu par une page HTML au lieu de JSON.',
  'connection.error.fieldErrors': {
    one: '{count} champ refusé par le serveur :',
    other: '{count} champs refusés par le serveur :',
  },
  'connection.error.rateLimited.noDelay':
    'Trop de requêtes (HTTP 429). Le serveur n’a pas dit combien de temps attendre : patientez une minute avant de réessayer.',
  'connection.error.rateLimited.corsHint':
    'Un serveur d’une autre origine doit lister Retry-After dans Access-Control-Expose-Headers pour que la page puisse lire le délai.',
  'connection.error.redirect':
    'Le serveur a redirigé la requête (HTTP {status}) vers {location} : vérifiez l’URL de base.',
  'connection.error.redirect.noLocation':
    'Le serveur a redirigé la requête (HTTP {status}) sans dire où : vérifiez l’URL de base.',
  'connection.error.redirect.hidden':
    'Le serveur a répondu par une redirection dont le navigateur cache la destination : vérifiez l’URL de base (https, barre oblique finale).',
  'connection.error.redirect.notResent': 'La redirection n’a pas été suivie : rien n’a été renvoyé.',
  'connection.error.upstreamUnreachable.send':
    'Le proxy n’a pas pu joindre Digishare : le message n’est pas parti. Réessayez plus tard.',
  'connection.error.upstreamUnreachable.profile':
    'Le proxy n’a pas pu joindre Digishare. Réessayez plus tard.',
  'connection.error.unexpectedResponse':
    'HTTP {status}, mais la réponse n’est pas celle de l’API (aucun ID de message) : le résultat est inconnu. Vérifiez la conversation avant de renvoyer.',
  'connection.error.unexpectedResponse.empty': 'La réponse était vide.',
  'connection.error.unexpectedResponse.html': 'Une page HTML a répondu : {excerpt}',
  'connection.error.unexpectedResponse.body': 'Réponse reçue : {excerpt}',
  'connection.error.unexpected': 'Erreur inattendue.',

  'connection.inspector.title': 'Requête',
  'connection.inspector.reveal': 'Révéler le jeton',
  'connection.inspector.hiddenHint':
    'Le jeton apparaît comme {placeholder}, y compris dans ce que vous copiez.',
  'connection.inspector.revealedHint': 'Le jeton est visible et sera copié : ne le partagez pas.',
  'connection.inspector.tab.json': 'Corps JSON',
  'connection.inspector.tab.curl': 'cURL',
  'connection.inspector.tab.fetch': 'fetch',
  'connection.inspector.copy.json': 'Copier le JSON',
  'connection.inspector.copy.curl': 'Copier la commande cURL',
  'connection.inspector.copy.fetch': 'Copier le code fetch',

  'connection.thread.count': {
    one: '{count} message dans la conversation',
    other: '{count} messages dans la conversation',
  },
  'connection.thread.clear': 'Vider la conversation',
  'connection.help': 'Aide',
  'connection.fold.change': 'Modifier',
  'connection.fold.done': 'Terminé',
  'connection.summary.noConversation': 'aucune conversation',
  'connection.summary.noToken': 'aucun jeton',
  'connection.summary.tokenServer': 'jeton détenu par le serveur',
  'connection.summary.tokenSet': 'jeton saisi',
  'connection.send.resting':
    'Envoi effectué : pour renvoyer, modifiez le message, la conversation ou la cible, ou patientez quelques secondes.',
  'connection.send.clearAfterSend': 'Vider après l’envoi',
  'connection.send.sameAgain':
    'Ce même message est parti vers {conversation} il y a {seconds} s. L’envoyer de nouveau ?',
  'connection.send.sameAgainConfirm': 'Renvoyer',
  'connection.send.sameAgainCancel': 'Annuler',
  'connection.send.footerConfirm':
    'Ce message a un pied de message. WhatsApp l’affiche, mais la documentation de Digishare ne mentionne pas « footer » : l’API peut le refuser ou l’ignorer. Envoyez-le quand même, ou retirez le pied de message dans l’éditeur.',
  'connection.send.footerConfirmSend': 'Envoyer quand même avec le pied de message',
} as const;
