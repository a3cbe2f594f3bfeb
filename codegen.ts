import type { CodegenConfig } from '@graphql-codegen/cli';

/** Site operations typed from the committed schema.graphql; the output is committed and checked for staleness by site/test/codegen-fresh.test.ts. */
export const GENERATED_DIR = 'site/src/lib/graphql/generated/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['site/src/**/*.{ts,tsx,astro}', '!site/src/lib/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Money: 'number', DateTimeISO: 'string' },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
