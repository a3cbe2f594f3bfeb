import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Generated from the server\'s resolver classes by `npm run schema`. Do not edit by hand.\n\n';

/** The committed text of schema.graphql; sorted so diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
