import { defineConfig } from 'vitest/config';

// Vite would load graphql's ESM build while type-graphql and Apollo load the CommonJS one ("another realm").
const graphqlSingleRealm = { find: /^graphql$/, replacement: 'graphql/index.js' };

export default defineConfig({
  resolve: { alias: [graphqlSingleRealm] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'infra/**/*.test.ts'],
          globalSetup: ['server/test/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Site logic, codegen freshness and the browser tests (which build the site against a real server).
          name: 'site',
          include: ['site/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'site/.builds/**', 'site/dist/**'],
          globalSetup: ['server/test/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
