// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// buildSite (server/src/publishing/site-build.ts) sets SITE_OUT_DIR to a fresh directory per build and
// SITE_URL to the public origin used for canonical/hreflang/sitemap URLs.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || 'http://localhost:4000',
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  integrations: [react({ include: ['**/features/**/*.tsx'] })],
  i18n: {
    locales: ['ru', 'kk', 'en'],
    defaultLocale: 'ru',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
