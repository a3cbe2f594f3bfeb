import { isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';
import type { CostRule } from '../graphql/limits.js';
import { createSchema } from '../graphql/schema.js';
import { MAX_IMAGES_PER_PRODUCT, MAX_VARIANTS_PER_PRODUCT } from './catalog.views.js';
import { ProductStatus } from './product.entity.js';

let app: TestApp;

const LIST = `query List($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    nodes { slug priceRange { min max } inStock }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  products: { totalCount: number; nodes: { slug: string; priceRange: { min: number; max: number }; inStock: boolean }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  const ties = await makeCategory(em, { slug: 'ties' });
  const skinny = await makeCategory(em, { slug: 'skinny', parent: ties });
  const bows = await makeCategory(em, { slug: 'bows' });
  await makeProduct(em, { slug: 'navy-silk', category: ties, variants: [{ colour: 'navy', material: 'silk', widthMm: 80, price: 1_599_000, stock: 3 }] });
  await makeProduct(em, { slug: 'red-wool', category: ties, variants: [{ colour: 'red', material: 'wool', widthMm: 75, price: 899_000, stock: 0 }, { colour: 'navy', material: 'wool', widthMm: 75, price: 999_000, stock: 2 }] });
  await makeProduct(em, { slug: 'black-skinny', category: skinny, variants: [{ colour: 'black', material: 'silk', widthMm: 55, price: 1_299_000, stock: 0 }] });
  await makeProduct(em, { slug: 'gold-bow', category: bows, variants: [{ colour: 'gold', material: 'silk', widthMm: 60, price: 2_499_000, stock: 7 }] });
  await makeProduct(em, { slug: 'hidden-draft', category: ties, status: ProductStatus.draft });
  await makeProduct(em, { slug: 'kk-missing', category: bows, name: text('Только по-русски', '', 'Only in English'), variants: [{ price: 500_000 }] });
});

afterAll(() => app.close());

async function list(variables: Record<string, unknown>) {
  const result = await app.graphql<ListData>(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.products;
}

describe('product listing', () => {
  it('shows published products only, newest first', async () => {
    const page = await list({});
    expect(page.nodes.map((n) => n.slug)).toEqual(['kk-missing', 'gold-bow', 'black-skinny', 'red-wool', 'navy-silk']);
    expect(page.totalCount).toBe(5);
    const dates = await app.graphql<{ products: { nodes: { createdAt: string }[] } }>(`{ products { nodes { createdAt } } }`);
    const times = dates.data!.products.nodes.map((n) => Date.parse(n.createdAt));
    expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t < times[i - 1]!))).toBe(true);
    expect(dates.data!.products.nodes[0]!.createdAt).toMatch(/^2026-01-01T\d\d:\d\d:00\.000Z$/);
  });

  it('includes sub-category products when filtering by a category', async () => {
    const page = await list({ filter: { category: 'ties' }, sort: 'PRICE_ASC' });
    expect(page.nodes.map((n) => n.slug)).toEqual(['red-wool', 'black-skinny', 'navy-silk']);
  });

  it('requires every variant condition to hold for the same variant', async () => {
    const page = await list({ filter: { colour: ['RED'], inStock: true } });
    expect(page.nodes).toEqual([]);
    const navyInStock = await list({ filter: { colour: ['NAVY'], inStock: true }, sort: 'PRICE_ASC' });
    expect(navyInStock.nodes.map((n) => n.slug)).toEqual(['kk-missing', 'red-wool', 'navy-silk']);
  });

  it('filters by material, width range and price range', async () => {
    expect((await list({ filter: { material: ['WOOL'] } })).nodes.map((n) => n.slug)).toEqual(['red-wool']);
    expect((await list({ filter: { width: { max: 60 } }, sort: 'PRICE_ASC' })).nodes.map((n) => n.slug)).toEqual(['black-skinny', 'gold-bow']);
    expect((await list({ filter: { priceRange: { min: 1_000_000, max: 1_600_000 } }, sort: 'PRICE_ASC' })).nodes.map((n) => n.slug)).toEqual([
      'black-skinny',
      'navy-silk',
    ]);
  });

  it('sorts by the cheapest variant price both ways', async () => {
    const ascending = await list({ sort: 'PRICE_ASC' });
    expect(ascending.nodes.map((n) => n.priceRange.min)).toEqual([500_000, 899_000, 1_299_000, 1_599_000, 2_499_000]);
    const descending = await list({ sort: 'PRICE_DESC' });
    expect(descending.nodes.map((n) => n.slug)).toEqual([...ascending.nodes.map((n) => n.slug)].reverse());
  });

  it('pages through every product exactly once with cursors', async () => {
    for (const sort of ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME_ASC']) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: ListData['products'] = await list({ sort, first: 2, after });
        seen.push(...page.nodes.map((n) => n.slug));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(5);
      expect(seen).toEqual((await list({ sort, first: 10 })).nodes.map((n) => n.slug));
    }
  });

  it('answers BAD_USER_INPUT for a malformed cursor or one from another sort order', async () => {
    const garbage = await app.graphql(LIST, { after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(garbage.data).toBeNull();
    const first = await list({ sort: 'PRICE_ASC', first: 1 });
    const mismatched = await app.graphql(LIST, { sort: 'NEWEST', after: first.pageInfo.endCursor });
    expect(mismatched.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('rejects page sizes above 100, inverted ranges and unknown categories with the offending field', async () => {
    const tooBig = await app.graphql(LIST, { first: 101 });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const inverted = await app.graphql(LIST, { filter: { priceRange: { min: 10, max: 5 } } });
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.priceRange' });
    const unknown = await app.graphql(LIST, { filter: { category: 'nope' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.category' });
    const negativeMoney = await app.graphql(LIST, { filter: { priceRange: { min: -1 } } });
    expect(negativeMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fractionalMoney = await app.graphql(LIST, { filter: { priceRange: { min: 1.5 } } });
    expect(fractionalMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT, never INTERNAL, for forged cursors of any shape', async () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cursors = {
      'not base64': 'not a cursor!',
      'base64 of non-JSON': Buffer.from('{order: NEWEST').toString('base64url'),
      'JSON null': forge(null),
      'JSON array': forge(['NEWEST', 1, 1]),
      'a string': forge('NEWEST'),
      'a text key on a bigint order': forge({ order: 'NEWEST', key: 'abc', id: 1 }),
      'a fractional key on a bigint order': forge({ order: 'NEWEST', key: 1.5, id: 1 }),
      'a key past 2^53': forge({ order: 'NEWEST', key: 1e300, id: 1 }),
      'a price past the integer range': forge({ order: 'PRICE_ASC', key: 2 ** 40, id: 1 }),
      'a number key on the name order': forge({ order: 'NAME_ASC', key: 5, id: 1 }),
      'a NUL in a text key': forge({ order: 'NAME_ASC', key: 'a\u0000b', id: 1 }),
      'an object key': forge({ order: 'NEWEST', key: { a: 1 }, id: 1 }),
      'an id past the integer range': forge({ order: 'NEWEST', key: 1, id: 2 ** 31 }),
      'a string id': forge({ order: 'NEWEST', key: 1, id: '1' }),
      'a huge cursor': forge({ order: 'NAME_ASC', key: 'x'.repeat(50_000), id: 1 }),
    };
    const sorts: Record<string, string> = { 'a price past the integer range': 'PRICE_ASC', 'a number key on the name order': 'NAME_ASC', 'a NUL in a text key': 'NAME_ASC', 'a huge cursor': 'NAME_ASC' };
    for (const [shape, after] of Object.entries(cursors)) {
      const result = await app.graphql(LIST, { after, sort: sorts[shape] ?? 'NEWEST' });
      expect(result.errors?.[0]?.extensions, shape).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('pages by price through products without variants, which sort as the dearest', async () => {
    const em = app.orm.em.fork();
    const shelf = await makeCategory(em, { slug: 'empty-shelf' });
    await makeProduct(em, { slug: 'no-variants-a', category: shelf, variants: [] });
    await makeProduct(em, { slug: 'no-variants-b', category: shelf, variants: [] });
    await makeProduct(em, { slug: 'priced', category: shelf, variants: [{ price: 100 }] });
    for (const [sort, expected] of [['PRICE_ASC', ['priced', 'no-variants-a', 'no-variants-b']], ['PRICE_DESC', ['no-variants-b', 'no-variants-a', 'priced']]] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: ListData['products'] = await list({ filter: { category: 'empty-shelf' }, sort, first: 1, after });
        seen.push(...page.nodes.map((n) => n.slug));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected);
    }
  });

  it('returns no more variants and images than the caps query cost counts them by', async () => {
    const em = app.orm.em.fork();
    const shelf = await makeCategory(em, { slug: 'crowded-shelf' });
    await makeProduct(em, { slug: 'crowded', category: shelf, variants: Array.from({ length: MAX_VARIANTS_PER_PRODUCT + 1 }, () => ({})), images: MAX_IMAGES_PER_PRODUCT + 1 });
    const result = await app.graphql<{ product: { variants: { sku: string }[]; images: { url: string }[] } }>(`{ product(slug: "crowded") { variants { sku } images { url } } }`);
    expect(result.data?.product.variants.map((v) => v.sku)).toEqual(Array.from({ length: MAX_VARIANTS_PER_PRODUCT }, (_, i) => expect.stringMatching(new RegExp(`-${i}$`))));
    expect(result.data?.product.images).toHaveLength(MAX_IMAGES_PER_PRODUCT);
  });
});

describe('SQL statements per request', () => {
  let big: TestApp;
  const PRODUCTS = 101;

  beforeAll(async () => {
    big = await startTestApp();
    const em = big.orm.em.fork();
    const ties = await makeCategory(em, { slug: 'ties' });
    const narrow = await makeCategory(em, { slug: 'narrow', parent: ties });
    for (let i = 0; i < PRODUCTS; i++) {
      await makeProduct(em, { category: i % 2 ? narrow : ties, variants: [{ colour: 'navy' }, { colour: 'red' }], images: 2 });
    }
  });

  afterAll(() => big.close());

  /** A literal page size: a variable one would be costed as the largest page. */
  const statements = async (query: string, first: number) => {
    big.queries.length = 0;
    const result = await big.graphql<{ products: { nodes: unknown[] } }>(query.replace('$first', String(first)));
    expect(result.errors).toBeUndefined();
    expect(result.data?.products.nodes).toHaveLength(first);
    return big.queries.length;
  };

  it('lists a page with variants, images and category in exactly six statements whatever its size', async () => {
    const query = `{ products(first: $first) { totalCount nodes { name category { name } variants { sku } images { url } } } }`;
    // Categories, page ids, count, then products, variants and images of the page.
    for (const first of [1, 24, 100]) expect(await statements(query, first)).toBe(6);
  });

  it('loads related products of a whole page in exactly four more statements, for 1 parent as for 24', async () => {
    const query = `{ products(first: $first) { nodes { slug related(first: 4) { slug variants { sku } } } } }`;
    // One statement picks every parent's related ids; three load those products.
    for (const first of [1, 24]) expect(await statements(query, first)).toBe(6 + 4);
  });

  describe('run what query cost charges them (the `@Cost` rule the schema declares)', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await createSchema();
    });

    const rule = (type: string, field: string): Required<Pick<CostRule, 'statements' | 'pageStatements'>> => {
      const named = schema.getType(type);
      const cost = (isObjectType(named) ? (named.getFields()[field]?.extensions as { cost?: CostRule }).cost : undefined) ?? {};
      return { statements: cost.statements ?? (cost.queriesDatabase ? 1 : 0), pageStatements: cost.pageStatements ?? 0 };
    };
    /** Every read here loads the categories first, once per request; `categories` is charged for them. */
    const CATEGORIES = 1;
    const run = async (query: string) => {
      big.queries.length = 0;
      const result = await big.graphql<Record<string, { nodes?: unknown[] }>>(query);
      expect(result.errors).toBeUndefined();
      return { statements: big.queries.length, data: result.data! };
    };

    it('a listing: its page and count, and its products only when nodes or edges are asked for', async () => {
      const { statements, pageStatements } = rule('Query', 'products');
      expect((await run('{ products(first: 24) { totalCount pageInfo { hasNextPage endCursor } } }')).statements).toBe(CATEGORIES + statements);
      expect((await run('{ products(first: 24) { totalCount nodes { slug } edges { cursor } } }')).statements).toBe(CATEGORIES + statements + pageStatements);
    });

    it('a search, a product by slug and variants by id', async () => {
      const search = rule('Query', 'search');
      const found = await run('{ search(query: "Галстук", first: 2) { totalCount nodes { slug variants { id } } } }');
      expect(found.data.search!.nodes).toHaveLength(2);
      expect(found.statements).toBe(CATEGORIES + search.statements + search.pageStatements);
      const [first] = found.data.search!.nodes as { slug: string; variants: { id: string }[] }[];
      expect((await run(`{ product(slug: "${first!.slug}") { slug } }`)).statements).toBe(CATEGORIES + rule('Query', 'product').statements);
      expect((await run(`{ variants(ids: ["${first!.variants[0]!.id}"]) { id } }`)).statements).toBe(CATEGORIES + rule('Query', 'variants').statements);
    });

    it('a listing under each category: one listing per category and alias, unbatched', async () => {
      const perCategory = rule('Category', 'products').statements;
      const query = '{ categories { a: products(first: 1) { totalCount } b: products(first: 1, sort: PRICE_ASC) { totalCount } } }';
      expect((await run(query)).statements).toBe(rule('Query', 'categories').statements + 2 * 2 * perCategory);
    });
  });

  it('answers related(first: 100) with a hundred other products of the category tree, newest first', async () => {
    const result = await big.graphql<{ products: { nodes: { slug: string; related: { slug: string }[] }[] } }>(
      `{ products(first: 1) { nodes { slug related(first: 100) { slug } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [newest] = result.data!.products.nodes;
    const all = await big.graphql<{ products: { nodes: { slug: string }[] } }>(`{ products(first: 100, filter: { category: "ties" }) { nodes { slug } } }`);
    const others = all.data!.products.nodes.map((p) => p.slug).filter((slug) => slug !== newest!.slug);
    expect(newest!.related).toHaveLength(100);
    expect(newest!.related.map((p) => p.slug).slice(0, others.length)).toEqual(others);
  });
});
