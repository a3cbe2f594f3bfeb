import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Site operations typed from the committed schema.graphql. Operations live in .ts/.tsx files only:
 * plucking from .astro needs the old @astrojs/compiler, which Astro 7 no longer ships.
 * The output is committed; site/test/codegen-fresh.test.ts fails when it is stale.
 */
export const GENERATED_DIR = 'site/src/lib/graphql/generated/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['site/src/**/*.{ts,tsx}', '!site/src/lib/graphql/generated/**', '!site/src/**/*.test.ts'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Money: 'number', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
