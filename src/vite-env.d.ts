/// <reference types="vite/client" />

/** Build-time settings; all optional, `src/config/env.ts` supplies the defaults. */
interface ImportMetaEnv {
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
  readonly VITE_GEOCODER_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
