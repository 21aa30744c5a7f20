/**
 * WhatsApp's chat wallpaper: the beige (or near-black) ground with a faint doodle pattern, as one repeating SVG
 * tile so it costs no image request.
 */
const DOODLES = [
  '<circle cx="14" cy="16" r="6"/>',
  '<path d="M40 10l3 6 6 1-4.5 4 1 6-5.5-3-5.5 3 1-6-4.5-4 6-1z"/>',
  '<path d="M82 14c3-5 10-5 11 0 1-5 8-5 11 0 2 5-5 10-11 14-6-4-13-9-11-14z"/>',
  '<path d="M8 52c6-6 12 6 18 0s12 6 18 0"/>',
  '<rect x="62" y="44" width="20" height="14" rx="4"/><path d="M68 58l-3 6 8-6"/>',
  '<path d="M100 48v16M92 56h16"/>',
  '<circle cx="30" cy="88" r="9"/><circle cx="27" cy="85" r="1"/><circle cx="33" cy="85" r="1"/><path d="M26 91c2 2 6 2 8 0"/>',
  '<path d="M58 84l10 10M68 84L58 94"/>',
  '<path d="M86 80h18l-4 18H90z"/><path d="M104 84h4a3 3 0 0 1 0 7h-5"/>',
  '<path d="M10 110l8-8 8 8-8 8z"/>',
  '<path d="M46 112c0-6 10-6 10 0s10 6 10 0"/>',
  '<circle cx="96" cy="112" r="3"/><circle cx="108" cy="106" r="2"/>',
].join('');

function tile(stroke: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" fill="none" stroke="${stroke}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${DOODLES}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

export const WALLPAPER_LIGHT = tile('rgba(84,101,111,0.055)');
export const WALLPAPER_DARK = tile('rgba(233,237,239,0.035)');
