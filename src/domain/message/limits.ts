/**
 * Every limit of a Digishare message, written once. Schemas, counters, error messages and the sandbox read them
 * from here. Lengths are in Unicode code points (see count.ts). Sources: the Digishare "Messages Sortants" page
 * ("spec"), Meta's WhatsApp Cloud API reference for interactive messages ("Meta"), WGS84 for coordinates.
 */

/** Text message body. Spec: "Texte body 4096 Caractères". */
export const TEXT_BODY_MAX_CHARS = 4096;

/** Interactive header text. Spec: "Interactif header 60 Caractères"; Meta says the same. */
export const HEADER_TEXT_MAX_CHARS = 60;

/** Body text of reply-button, list and location-request messages. Meta reply buttons / list messages: 1024. */
export const INTERACTIVE_BODY_MAX_CHARS = 1024;

/**
 * Footer text of reply-button and list messages. Meta: `interactive.footer.text`, 60. Digishare's page does not
 * list `footer`: it is kept on import, flagged, and sent only once the user confirms.
 */
export const FOOTER_TEXT_MAX_CHARS = 60;

/** Reply buttons per message. Spec: "Maximum 3 boutons"; Meta: 1–3. */
export const BUTTONS_MIN = 1;
export const BUTTONS_MAX = 3;

/** Reply button title. Spec: "Titre button 20 Caractères"; Meta: unique within the message. */
export const BUTTON_TITLE_MAX_CHARS = 20;

/** Reply button id. Meta: 256 characters, unique within the message. */
export const BUTTON_ID_MAX_CHARS = 256;

/**
 * List body text. Meta's newest page says 4096, but older pages, the SDKs, Twilio and Gupshup say 1024: we keep
 * the safe one.
 */
export const LIST_BODY_MAX_CHARS = 1024;

/** Label of the button that opens the list. Meta: 20. */
export const LIST_BUTTON_MAX_CHARS = 20;

/** Sections per list. Meta: 1–10. */
export const SECTIONS_MIN = 1;
export const SECTIONS_MAX = 10;

/** Section title. Meta: 24, required. */
export const SECTION_TITLE_MAX_CHARS = 24;

/** Rows in the whole list (all sections together). Spec: "jusqu'à 10 lignes"; Meta: 10. A section has ≥ 1. */
export const LIST_ROWS_MAX = 10;
export const SECTION_ROWS_MIN = 1;

/** Row id. Meta: 200, unique across the whole list. */
export const ROW_ID_MAX_CHARS = 200;

/** Row title. Spec: "Titre ligne list 24 Caractères". */
export const ROW_TITLE_MAX_CHARS = 24;

/** Row description, optional. Meta: 72. */
export const ROW_DESCRIPTION_MAX_CHARS = 72;

/** Location-request body text. Meta location request messages: 1024. */
export const LOCATION_REQUEST_BODY_MAX_CHARS = 1024;

/** WGS84 ranges, in degrees. */
export const LATITUDE_MIN_DEG = -90;
export const LATITUDE_MAX_DEG = 90;
export const LONGITUDE_MIN_DEG = -180;
export const LONGITUDE_MAX_DEG = 180;

/** Request bodies larger than this are refused by the sandbox (413), as a real API gateway would. */
export const MAX_REQUEST_BODY_BYTES = 1_048_576;

/** Counters turn to a warning from this share of the limit. */
export const COUNTER_WARNING_RATIO = 0.9;
