import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';
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

  it('costs the same number of SQL queries for 1 and 5 products with variants, images and category', async () => {
    const query = `query($first: Int) { products(first: $first) { nodes { name description category { name } variants { sku colourName price } images { url alt width } } } }`;
    const count = async (first: number) => {
      app.queries.length = 0;
      const result = await app.graphql<{ products: { nodes: unknown[] } }>(query, { first });
      expect(result.data?.products.nodes).toHaveLength(first);
      return app.queries.length;
    };
    const one = await count(1);
    const five = await count(5);
    expect(five).toBe(one);
    expect(one).toBeLessThanOrEqual(6);
  });
});
