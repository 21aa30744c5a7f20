import type { Config } from 'tailwindcss';

// Tailwind v4 reads this file through `@config` in src/index.css. Colours of the phone follow WhatsApp's own
// palette so the preview feels familiar; the editor uses the neutral scale.
export default {
  darkMode: 'class',
  theme: {
    extend: {
      colors: {
        wa: {
          green: '#25d366',
          teal: '#008069',
          'teal-dark': '#1f2c34',
          bubble: '#ffffff',
          'bubble-dark': '#202c33',
          out: '#d9fdd3',
          'out-dark': '#005c4b',
          link: '#027eb5',
          'link-dark': '#53bdeb',
          wallpaper: '#efeae2',
          'wallpaper-dark': '#0b141a',
          meta: '#667781',
          'meta-dark': '#8696a0',
        },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'Noto Sans',
          'Noto Sans Arabic',
          'sans-serif',
        ],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
} satisfies Config;
