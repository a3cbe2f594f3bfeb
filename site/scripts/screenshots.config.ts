import { defineConfig } from 'vitest/config';

/**
 * `npm run screenshots`: runs site/scripts/screenshots.ts under vitest so it starts the storefront exactly
 * like the browser tests (same database rule: DATABASE_URL's server, else an embedded cluster).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['site/scripts/screenshots.ts'],
    globalSetup: ['server/test/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
