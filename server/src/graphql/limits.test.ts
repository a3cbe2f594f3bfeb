import 'reflect-metadata';
import { getIntrospectionQuery, parse, specifiedRules, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { SEARCH_STATEMENT_WEIGHT, STATEMENTS } from '../catalog/catalog.service.js';
import { loadConfig } from '../config.js';
import { analyseDocument, DATABASE_CALL_COST, queryLimitsRule } from './limits.js';
import { createSchema } from './schema.js';

const limits = loadConfig({}).limits;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createSchema();
});

/** Each fragment spreads the one below it twice: expanded, the document is 2^k selections. */
function doublingFragments(k: number, body = 'slug', type = 'Product', root = 'query { products { nodes { ...F0 } } }'): string {
  const lines = [root];
  for (let i = 0; i < k; i++) lines.push(`fragment F${i} on ${type} { ${body} ...F${i + 1} ...F${i + 1} }`);
  lines.push(`fragment F${k} on ${type} { ${body} }`);
  return lines.join(' ');
}

/** The most doubling `__typename` fragments (each passing every limit) that fit in `bytes`. */
function doublingTypenamesUnder(bytes: number): string {
  const source = (k: number) => doublingFragments(k, '__typename', 'Query', 'query { ...F0 }');
  let [fits, tooBig] = [0, bytes];
  while (tooBig - fits > 1) {
    const k = Math.floor((fits + tooBig) / 2);
    if (source(k).length <= bytes) fits = k;
    else tooBig = k;
  }
  return source(fits);
}

/** Fields, inline fragments and spreads written in the document: the most a linear walk may visit. */
function selectionsIn(document: DocumentNode): number {
  let count = 0;
  const counted = () => {
    count++;
  };
  visit(document, { Field: counted, InlineFragment: counted, FragmentSpread: counted });
  return count;
}

/** What `statements` SQL statements of one call add to cost. */
const sql = (statements: number) => statements * DATABASE_CALL_COST;

/** The security review's per-category listings: 4 aliased listings under each of up to 50 categories. */
const PER_CATEGORY_COUNTS =
  '{ categories { a: products(first:1){totalCount} b: products(first:1,sort:PRICE_ASC){totalCount} c: products(first:1,sort:PRICE_DESC){totalCount} d: products(first:1,sort:NAME_ASC){totalCount} } }';

/** 30 aliased searches of 22 words and a stray letter, each ranking every product. */
const THIRTY_SEARCHES = `{ ${Array.from(
  { length: 30 },
  (_, i) => `s${i}: search(query: "шелковый галстук синий полоска классика свадьба подарок узкий вязаный шерсть хлопок лен кашемир бабочка красный черный серый золотой розовый зеленый бордовый серебряный i") { totalCount }`,
).join(' ')} }`;

/** The security review's 6 KB document: `aliases` aliased type lists inside __schema, each with every field, argument and enum value. */
function aliasedTypeLists(aliases: number): string {
  const lists = Array.from({ length: aliases }, (_, i) => `a${i}: types{...T}`).join(' ');
  return `{ __schema { ${lists} } } fragment T on __Type { name fields(includeDeprecated:true){ name args{name} type{name} } inputFields{name} enumValues{name} }`;
}

/** Everything GraphiQL 4 asks for when it introspects. */
const FULL_INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });

const analyse = (query: string) => analyseDocument(schema, parse(query), limits);
const costOf = (query: string) => {
  const { operations, violation } = analyse(query);
  expect(violation).toBeNull();
  return operations[0]!.cost;
};

describe('query analysis walks a document in linear time', () => {
  it('measures each of 40 doubling fragments once and refuses the 2^40 expansion by cost', () => {
    const document = parse(doublingFragments(40));
    const analysis = analyseDocument(schema, document, limits);
    expect(analysis.violation).toMatchObject({ limit: 'cost' });
    expect(analysis.steps).toBeLessThanOrEqual(selectionsIn(document));
  });

  it('visits each written selection of doubling fragments that pass every limit exactly once', () => {
    for (const k of [20, 40]) {
      const document = parse(doublingFragments(k, '__typename', 'Query', 'query { ...F0 }'));
      const analysis = analyseDocument(schema, document, limits);
      expect(analysis.violation).toBeNull();
      expect(analysis.steps).toBe(selectionsIn(document));
      expect(analysis.steps).toBe(3 * k + 2);
    }
  });

  it('stays linear on a fragment-heavy document right under the body limit', () => {
    const source = doublingTypenamesUnder(limits.maxBodyBytes);
    expect(source.length).toBeGreaterThan(limits.maxBodyBytes * 0.99);
    expect(source.length).toBeLessThanOrEqual(limits.maxBodyBytes);
    const document = parse(source);
    const analysis = analyseDocument(schema, document, limits);
    expect(analysis.violation).toBeNull();
    expect(analysis.steps).toBeLessThanOrEqual(selectionsIn(document));
    expect(analysis.steps).toBeLessThan(source.length / 10);
  });

  it('stops at the first limit passed instead of finishing the walk', () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
    const analysis = analyse(`{ ${aliases} }`);
    expect(analysis.violation).toMatchObject({ limit: 'aliases' });
    expect(analysis.steps).toBe(limits.maxAliases + 1);
  });

  it('keeps graphql-js rules off a refused document: one error, ours', () => {
    // Without the limits rule, OverlappingFieldsCanBeMerged would compare these pairwise and report 100 conflicts.
    const conflicting = Array.from({ length: 300 }, (_, i) => `a: ${i % 2 ? 'slug' : 'name'}`).join(' ');
    const errors = validate(schema, parse(`{ products { nodes { ${conflicting} } } }`), [...specifiedRules, queryLimitsRule(limits)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
  });

  it('counts directives through fragments', () => {
    const analysis = analyse(doublingFragments(6, '__typename @include(if: true)', 'Query', 'query { ...F0 }'));
    expect(analysis.violation).toMatchObject({ limit: 'directives' });
  });
});

describe('introspection', () => {
  it("lets GraphiQL and codegen introspect: the standard introspection query adds no depth and no cost", () => {
    for (const query of [getIntrospectionQuery(), FULL_INTROSPECTION]) {
      const analysis = analyse(query);
      expect(analysis.violation).toBeNull();
      expect(analysis.operations[0]).toMatchObject({ depth: 0, cost: 0, aliases: 0 });
      expect(analysis.steps).toBe(selectionsIn(parse(query)));
    }
  });

  it('refuses the 273 aliased type lists of a 6 KB document at the first alias', () => {
    const source = aliasedTypeLists(273);
    expect(source.length).toBeLessThan(6_500);
    const analysis = analyse(source);
    expect(analysis.violation).toMatchObject({ limit: 'aliases', message: expect.stringMatching(/introspection|__schema/) });
    expect(analysis.steps).toBe(2);
  });

  it('refuses aliases inside __schema and __type even under the alias limit', () => {
    expect(analyse(aliasedTypeLists(limits.maxAliases + 4)).violation).toMatchObject({ limit: 'aliases' });
    expect(analyse(aliasedTypeLists(1)).violation).toMatchObject({ limit: 'aliases' });
    expect(analyse('{ __type(name: "Product") { a: fields { name } } }').violation).toMatchObject({ limit: 'aliases' });
    expect(analyse('{ __schema { types { ...T } } } fragment T on __Type { n: name }').violation).toMatchObject({ limit: 'aliases' });
    expect(analyse('{ s: __schema { queryType { name } } }').violation).toMatchObject({ limit: 'aliases' });
  });

  it('counts aliased __type lookups, which tools send to detect what a server supports, like any alias', () => {
    const lookups = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __type(name: "__Type") { fields { name } }`).join(' ')} }`;
    expect(analyse(lookups(limits.maxAliases)).violation).toBeNull();
    expect(analyse(lookups(limits.maxAliases + 1)).violation).toMatchObject({ limit: 'aliases' });
  });

  it('counts directives inside introspection', () => {
    const names = Array.from({ length: limits.maxDirectives + 1 }, () => 'name @include(if: true)').join(' ');
    expect(analyse(`{ __schema { types { ${names} } } }`).violation).toMatchObject({ limit: 'directives' });
    expect(analyse(doublingFragments(6, 'name @include(if: true)', '__Type', '{ __schema { types { ...F0 } } }')).violation).toMatchObject({ limit: 'directives' });
  });

  it('measures each of 40 doubling fragments on __Type once', () => {
    const document = parse(doublingFragments(40, 'name', '__Type', '{ __schema { types { ...F0 } } }'));
    const analysis = analyseDocument(schema, document, limits);
    expect(analysis.violation).toBeNull();
    expect(analysis.steps).toBe(selectionsIn(document));
  });
});

describe('query cost', () => {
  it('counts unpaged lists at their documented caps', () => {
    expect(costOf('{ categories { slug } }')).toBe(1 + sql(1) + 50);
    expect(costOf('{ category(slug: "x") { children { slug } } }')).toBe(1 + sql(1) + 1 + 50);
    expect(costOf('{ product(slug: "x") { variants { sku } images { id } attributes { key } } }')).toBe(1 + sql(STATEMENTS.productBySlug) + (1 + 20) + (1 + 10) + (1 + 20));
  });

  it('counts variants(ids:) by a literal list, and by its cap of 100 otherwise', () => {
    expect(costOf('{ variants(ids: ["1", "2", "3"]) { id } }')).toBe(1 + sql(STATEMENTS.variantsByIds) + 3);
    expect(costOf('query($ids: [ID!]!) { variants(ids: $ids) { id } }')).toBe(1 + sql(STATEMENTS.variantsByIds) + 100);
  });

  it('counts paged lists by first, its default, or the largest page for a variable', () => {
    const related = (args: string) => costOf(`query($n: Int) { product(slug: "x") { related${args} { slug } } }`) - (1 + sql(STATEMENTS.productBySlug) + 1 + sql(1));
    expect(related('')).toBe(4);
    expect(related('(first: 7)')).toBe(7);
    expect(related('(first: $n)')).toBe(100);
    expect(costOf('{ products { nodes { slug } edges { cursor } } }')).toBe(1 + sql(STATEMENTS.listing + STATEMENTS.pageLoad) + 24 * (1 + 1 + 1 + 1));
  });

  it('charges every call of a field that queries the database', () => {
    const plain = costOf('{ products(first: 10) { nodes { slug } } }');
    const withRelated = costOf('{ products(first: 10) { nodes { slug related(first: 1) { slug } } } }');
    expect(withRelated - plain).toBe(10 * (1 + sql(1) + 1));
  });

  it("charges a listing its page and count, and its page's products only when nodes or edges are asked for", () => {
    const listing = 1 + sql(STATEMENTS.listing);
    const withPage = listing + sql(STATEMENTS.pageLoad);
    expect(costOf('{ products(first: 10) { totalCount } }')).toBe(listing + 10 * 1);
    expect(costOf('{ products(first: 10) { totalCount pageInfo { hasNextPage } } }')).toBe(listing + 10 * (1 + 2));
    expect(costOf('{ products(first: 10) { nodes { slug } } }')).toBe(withPage + 10 * 2);
    expect(costOf('{ products(first: 10) { ...P } } fragment P on ProductConnection { edges { cursor } }')).toBe(withPage + 10 * 2);
    expect(costOf('{ products(first: 10) { ... on ProductConnection { nodes { slug } } } }')).toBe(withPage + 10 * 2);
    expect(costOf('{ categories { products(first: 10) { totalCount } } }')).toBe(1 + sql(1) + 50 * (listing + 10 * 1));
  });

  it("weighs a search's statements, which rank every product, as SEARCH_STATEMENT_WEIGHT ordinary ones", () => {
    expect(costOf('{ search(query: "silk", first: 1) { totalCount } }')).toBe(1 + sql(STATEMENTS.listing * SEARCH_STATEMENT_WEIGHT) + 1);
    expect(costOf('{ search(query: "silk", first: 1) { nodes { slug } } }')).toBe(1 + sql(STATEMENTS.listing * SEARCH_STATEMENT_WEIGHT + STATEMENTS.pageLoad) + 2);
  });

  it('refuses four listings under each of 50 categories (1,001 statements before listings were charged theirs)', () => {
    const analysis = analyse(PER_CATEGORY_COUNTS);
    expect(analysis.violation).toMatchObject({ limit: 'cost' });
  });

  it('refuses 30 searches in one request', () => {
    expect(analyse(THIRTY_SEARCHES).violation).toMatchObject({ limit: 'cost' });
  });
});

describe('limits over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const stillAnswers = async () => {
    const result = await app.graphql<{ categories: unknown[] }>('{ categories { slug } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.categories).toEqual([]);
  };

  it('refuses 40 doubling fragments by cost and keeps answering', async () => {
    const result = await app.graphql(doublingFragments(40));
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    await stillAnswers();
  });

  it('refuses a fragment-heavy document right under the body limit by tokens and keeps answering', async () => {
    // The JSON envelope around the query takes a few bytes of the body.
    const result = await app.graphql(doublingTypenamesUnder(limits.maxBodyBytes - 100));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'tokens' });
    await stillAnswers();
  });

  it('refuses list amplification (100 variants × 100 related × their variants) by cost and keeps answering', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `"${i + 1}"`).join(', ');
    const result = await app.graphql(`{ variants(ids: [${ids}]) { product { related(first: 100) { variants { sku price } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    await stillAnswers();
  });

  it('refuses too many directives', async () => {
    const result = await app.graphql(`{ categories { ${Array.from({ length: 21 }, (_, i) => `s${i % 2}: slug @include(if: true)`).join(' ')} } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'directives' });
  });

  it('refuses introspection that nests type lists (free of cost, so graphql-js\'s introspection-depth rule guards it)', async () => {
    const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    const result = await app.graphql(nested);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    await stillAnswers();
  });

  it('refuses 273 aliased type lists inside __schema by aliases and keeps answering', async () => {
    const result = await app.graphql(aliasedTypeLists(273));
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
    await stillAnswers();
  });

  it("answers GraphiQL's introspection query", async () => {
    const result = await app.graphql<{ __schema: { types: { name: string }[] } }>(FULL_INTROSPECTION);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Query', 'Product', 'ProductConnection']));
  });

  it('refuses four listings under every category, and 30 searches, by cost', async () => {
    for (const query of [PER_CATEGORY_COUNTS, THIRTY_SEARCHES]) {
      const result = await app.graphql(query);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    }
    await stillAnswers();
  });

});
