/** What a rule violation is, in words: shared by the editor, imports and the library. */
export const issues = {
  'issue.required': 'Obligatoire.',
  'issue.blank': 'Ne peut pas contenir que des espaces ou des caractères invisibles.',
  'issue.tooLong': {
    one: '{length}/{limit} caractères : retirez {count} caractère.',
    other: '{length}/{limit} caractères : retirez-en {count}.',
  },
  'issue.tooMany': '{count}/{limit} {item} : c’est trop.',
  'issue.tooFew': 'Il faut au moins {limit} {item}.',
  'issue.duplicate': '« {value} » est utilisé plusieurs fois ; chaque valeur doit être unique.',
  'issue.outOfRange': 'Doit être entre {min} et {max}.',
  'issue.notANumber': 'Ce n’est pas un nombre (exemple : 33.5731).',
  'issue.invalidType': 'Type attendu : {expected}.',
  'issue.invalidValue': 'Valeur attendue : {expected}.',
  'issue.invalidValueGeneric': 'Valeur invalide.',
  'issue.unknownKey': 'Champ inconnu de l’API.',
  'issue.unknownType': 'Type inconnu ; attendu : {expected}.',
  'issue.invalidJson': 'JSON invalide à la ligne {line}, colonne {column}.',
  'issue.invalidEncoding': 'Le contenu est abîmé : ce n’est pas du base64url UTF-8 valide.',

  'issue.loneSurrogate':
    'Contient un caractère cassé (une moitié de paire de substitution) qui ne peut pas être envoyé.',
  'issue.edgeSpace': 'Un identifiant ne peut pas commencer ni finir par une espace.',
  'issue.duplicateTitle':
    'Le titre « {value} » est déjà utilisé par une autre ligne : certains fournisseurs refusent les titres en double.',
  'issue.undocumentedFooter':
    'WhatsApp affiche ce pied de message, mais la documentation de Digishare ne mentionne pas « footer » : Envoyer demande confirmation avant de l’envoyer.',
  'issue.server': 'Refusé par le serveur : {message}',
  'issue.unfilled': 'Aucune valeur pour {name}.',
} as const;
