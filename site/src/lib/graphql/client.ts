/** Build-time GraphQL client: reads the catalog from SITE_API_URL with codegen-typed operations. */
import { GraphQLClient } from 'graphql-request';

export function apiUrl(): string {
  const url = process.env.SITE_API_URL || process.env.PUBLIC_API_URL;
  if (!url) throw new Error('SITE_API_URL is not set: the site is built from the live API (e.g. SITE_API_URL=http://localhost:4000)');
  return url.replace(/\/+$/, '');
}

let client: GraphQLClient | undefined;
export function buildClient(): GraphQLClient {
  return (client ??= new GraphQLClient(`${apiUrl()}/graphql`, { headers: { 'x-client': 't1eup-site-build' } }));
}
