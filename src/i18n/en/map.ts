import type { map as fr } from '../fr/map.ts';
import type { Translation } from '../types.ts';

export const map: Translation<typeof fr> = {
  'map.region': 'Map',
  'map.loading': 'Loading the map…',
  'map.loadFailed': 'The map could not be loaded (offline?). The coordinate fields still work.',
  'map.pin': 'Pin',
  'map.hint':
    'Click the map to place the pin; drag the pin to adjust it. With the keyboard: arrow keys pan, + and − zoom, then “Place pin at map centre”.',
  'map.placeAtCentre': 'Place pin at map centre',
  'map.pinPlaced': 'Pin placed at {latitude}, {longitude}.',

  'map.paste.label': 'Paste coordinates',
  'map.paste.placeholder': '33.5731, -7.5898 or a map link',
  'map.paste.hint':
    'Decimal degrees, degrees-minutes-seconds (33°34′23″N 7°35′23″W) or an OpenStreetMap / Google Maps link.',
  'map.paste.unrecognized':
    'Not a format we know. Try “33.5731, -7.5898”, “33°34′23″N 7°35′23″W” or an OpenStreetMap / Google Maps link.',
  'map.paste.outOfRange': 'Out of range: latitude goes from −90 to 90 and longitude from −180 to 180.',

  'map.search.label': 'Search address',
  'map.search.placeholder': 'Twin Center, Casablanca',
  'map.search.hint':
    'Searches a second after you stop typing, or right away on Enter. Use the arrow keys to go through the results.',
  'map.search.results': 'Addresses found',
  'map.search.searching': 'Searching for “{query}”…',
  'map.search.count': { one: '{count} address found.', other: '{count} addresses found.' },
  'map.search.none': 'No address found for “{query}”.',
  'map.search.tooShort': 'Type at least {count} characters.',

  'map.geocoder.offline':
    'The address service cannot be reached (offline or blocked). The map and the fields still work.',
  'map.geocoder.rateLimited': 'The address service asks us to slow down. Try again in a few seconds.',
  'map.geocoder.failed': 'The address service answered with an error. The map and the fields still work.',

  'map.fill.fromPin': 'Fill name and address from the pin',
  'map.fill.pending': 'Looking up the address of the pin…',
  'map.fill.noPin': 'Place the pin first.',
  'map.fill.nothing': 'No address is known at this spot.',
  'map.fill.done': 'Name and address filled from the pin.',
  'map.fill.unchanged': 'The name and address already match the pin.',
  'map.fill.offerTitle': 'Use this place for the name and address?',
  'map.fill.replaceTitle': 'Replace what you typed?',
  'map.fill.field.name': 'Name',
  'map.fill.field.address': 'Address',
  'map.fill.replaces': 'replaces “{current}”',
  'map.fill.confirm': 'Fill name and address',
  'map.fill.replace': 'Replace',
  'map.fill.keep': 'Keep mine',
  'map.fill.dismiss': 'No thanks',
  'map.fill.applied': 'Name and address filled.',

  'map.locate.button': 'Use my location',
  'map.locate.pending': 'Locating…',
  'map.locate.found': 'Location found (within {accuracy} m).',
  'map.locate.denied':
    'The browser is not allowed to share your location. Allow it in the site settings, or place the pin by hand.',
  'map.locate.unavailable': 'Your location is not available right now (location services off or no signal).',
  'map.locate.timeout': 'Your location did not arrive in time. Try again.',
  'map.locate.unsupported':
    'This browser cannot share your location here (the page must be served over HTTPS).',

  'map.thumbnail.label': 'Map: pin at {latitude}, {longitude}',
};
