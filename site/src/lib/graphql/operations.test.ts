/**
 * Every operation the site sends (build-time pages and islands alike) passes the API's validation with
 * its default limits. The operations come from codegen's output, which collects every GraphQL document
 * in site/src (codegen-fresh.test.ts keeps it current), so a new operation is checked without listing it.
 */
import 'reflect-metadata';
import { Kind, parse, print, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../server/src/config.js';
import { queryLimitsRule } from '../../../../server/src/graphql/limits.js';
import { createSchema } from '../../../../server/src/graphql/schema.js';
import * as generated from './generated/graphql';

const limits = loadConfig({}).limits;

const operations = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    (entry[1] as DocumentNode | undefined)?.kind === Kind.DOCUMENT &&
    (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe("the site's operations", () => {
  it('are found', () => {
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(['CatalogProductsDocument', 'CartVariantsDocument', 'ViewerDocument']));
  });

  it.each(operations)('%s stays within the default limits', (_name, document) => {
    // Parsed from its printed text, as the API receives it, under the API's token limit.
    const received = parse(print(document), { maxTokens: limits.maxTokens });
    expect(validate(schema, received, [...specifiedRules, queryLimitsRule(limits)])).toEqual([]);
  });
});
