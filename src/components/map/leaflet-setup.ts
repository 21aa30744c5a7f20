/**
 * Leaflet's CSS and its default marker, made to survive bundling. Leaflet guesses the marker images' folder
 * from its stylesheet's URL, which a bundler rewrites, so the pin would be a broken image; the bundled image URLs
 * are given to it instead. Imported by the lazy map modules only, so none of this reaches the entry chunk.
 */
import 'leaflet/dist/leaflet.css';
import { Icon } from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

delete (Icon.Default.prototype as { _getIconUrl?: unknown })._getIconUrl;
Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
