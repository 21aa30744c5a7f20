export const map = {
  'map.region': 'Carte',
  'map.loading': 'Chargement de la carte…',
  'map.loadFailed':
    'La carte n’a pas pu être chargée (hors ligne ?). Les champs de coordonnées restent utilisables.',
  'map.pin': 'Épingle',
  'map.hint':
    'Cliquez sur la carte pour poser l’épingle, faites-la glisser pour l’ajuster. Au clavier : les flèches déplacent la carte, + et − zooment, puis « Placer l’épingle au centre de la carte ».',
  'map.placeAtCentre': 'Placer l’épingle au centre de la carte',
  'map.pinPlaced': 'Épingle placée en {latitude}, {longitude}.',

  'map.paste.label': 'Coller des coordonnées',
  'map.paste.placeholder': '33.5731, -7.5898 ou un lien de carte',
  'map.paste.hint':
    'Degrés décimaux, degrés-minutes-secondes (33°34′23″N 7°35′23″W) ou lien OpenStreetMap / Google Maps.',
  'map.paste.unrecognized':
    'Format non reconnu. Essayez « 33.5731, -7.5898 », « 33°34′23″N 7°35′23″W » ou un lien OpenStreetMap / Google Maps.',
  'map.paste.outOfRange':
    'Coordonnées hors limites : la latitude va de −90 à 90 et la longitude de −180 à 180.',

  'map.search.label': 'Rechercher une adresse',
  'map.search.placeholder': 'Twin Center, Casablanca',
  'map.search.hint':
    'La recherche part une seconde après la dernière frappe, ou tout de suite avec Entrée. Flèches pour parcourir les résultats.',
  'map.search.results': 'Adresses trouvées',
  'map.search.searching': 'Recherche de « {query} »…',
  'map.search.count': {
    one: '{count} adresse trouvée.',
    other: '{count} adresses trouvées.',
  },
  'map.search.none': 'Aucune adresse trouvée pour « {query} ».',
  'map.search.tooShort': 'Tapez au moins {count} caractères.',

  'map.geocoder.offline':
    'Le service d’adresses est injoignable (hors ligne ou bloqué). La carte et les champs restent utilisables.',
  'map.geocoder.rateLimited': 'Le service d’adresses demande de patienter. Réessayez dans quelques secondes.',
  'map.geocoder.failed':
    'Le service d’adresses a répondu par une erreur. La carte et les champs restent utilisables.',

  'map.fill.fromPin': 'Remplir le nom et l’adresse depuis l’épingle',
  'map.fill.pending': 'Recherche de l’adresse de l’épingle…',
  'map.fill.noPin': 'Posez d’abord l’épingle.',
  'map.fill.nothing': 'Aucune adresse connue à cet endroit.',
  'map.fill.done': 'Nom et adresse remplis depuis l’épingle.',
  'map.fill.unchanged': 'Le nom et l’adresse correspondent déjà à l’épingle.',
  'map.fill.offerTitle': 'Utiliser ce lieu pour le nom et l’adresse ?',
  'map.fill.replaceTitle': 'Remplacer ce que vous avez saisi ?',
  'map.fill.field.name': 'Nom',
  'map.fill.field.address': 'Adresse',
  'map.fill.replaces': 'remplace « {current} »',
  'map.fill.confirm': 'Remplir le nom et l’adresse',
  'map.fill.replace': 'Remplacer',
  'map.fill.keep': 'Garder mon texte',
  'map.fill.dismiss': 'Non merci',
  'map.fill.applied': 'Nom et adresse remplis.',

  'map.locate.button': 'Utiliser ma position',
  'map.locate.pending': 'Localisation…',
  'map.locate.found': 'Position trouvée (à {accuracy} m près).',
  'map.locate.denied':
    'Le navigateur n’a pas l’autorisation de donner votre position. Autorisez-la dans les réglages du site, ou posez l’épingle à la main.',
  'map.locate.unavailable':
    'Votre position est indisponible pour le moment (service de localisation coupé ou sans signal).',
  'map.locate.timeout': 'Votre position n’est pas arrivée à temps. Réessayez.',
  'map.locate.unsupported':
    'Ce navigateur ne peut pas donner votre position ici (la page doit être servie en HTTPS).',

  'map.thumbnail.label': 'Carte : épingle en {latitude}, {longitude}',
} as const;
