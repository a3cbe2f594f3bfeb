import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  const ties = await makeCategory(em, { slug: 'classic', name: text('Классические', 'Классикалық', 'Classic') });
  await makeCategory(em, { slug: 'classic-narrow', parent: ties, name: text('Узкие', 'Жіңішке', 'Narrow') });
  await makeProduct(em, {
    slug: 'striped',
    category: ties,
    name: text('Шёлковый галстук в полоску', 'Жолақты жібек галстук', 'Striped Silk Tie'),
    description: text('Строгие полоски для переговоров.', 'Келіссөзге арналған қатаң жолақтар.', 'Crisp stripes for the boardroom.'),
    variants: [{ colour: 'navy', price: 1_599_000 }],
  });
  await makeProduct(em, {
    slug: 'paisley',
    category: ties,
    name: text('Бордовый галстук с пейсли', 'Пейсли өрнекті күрең галстук', 'Burgundy Paisley Silk Tie'),
    description: text('Восточный узор на шёлке.', 'Жібектегі шығыс өрнегі.', 'An eastern pattern on silk.'),
    variants: [{ colour: 'burgundy', price: 1_899_000 }],
  });
  await makeProduct(em, {
    slug: 'russian-only',
    category: ties,
    name: text('Вязаный галстук', '', ''),
    description: text('Только русское описание.', '', ''),
  });
});

afterAll(() => app.close());

const PRODUCT = `query($slug: String!, $locale: Locale) { product(slug: $slug, locale: $locale) { name description servedLocale attributes { key value } variants { colourName materialName } } }`;

describe('translations', () => {
  it('serves each locale its own text', async () => {
    for (const [locale, name] of [['ru', 'Шёлковый галстук в полоску'], ['kk', 'Жолақты жібек галстук'], ['en', 'Striped Silk Tie']] as const) {
      const result = await app.graphql<{ product: { name: string; servedLocale: string; variants: { colourName: string }[] } }>(PRODUCT, { slug: 'striped', locale });
      expect(result.data?.product).toMatchObject({ name, servedLocale: locale });
    }
    const kk = await app.graphql<{ product: { variants: { colourName: string; materialName: string }[] } }>(PRODUCT, { slug: 'striped', locale: 'kk' });
    expect(kk.data?.product.variants[0]).toEqual({ colourName: 'Қою көк', materialName: 'Жібек' });
  });

  it('falls back to Russian where a translation is missing and says so', async () => {
    const result = await app.graphql<{ product: { name: string; description: string; servedLocale: string } }>(PRODUCT, { slug: 'russian-only', locale: 'kk' });
    expect(result.data?.product).toMatchObject({ name: 'Вязаный галстук', description: 'Только русское описание.', servedLocale: 'ru' });
  });

  it('takes the locale from X-Locale or Accept-Language when no argument is given, and reports it', async () => {
    const query = `{ product(slug: "striped") { name } }`;
    const byHeader = await app.graphql<{ product: { name: string } }>(query, undefined, { 'x-locale': 'en' });
    expect(byHeader.data?.product.name).toBe('Striped Silk Tie');
    expect(byHeader.headers.get('content-language')).toBe('en');
    const byAcceptLanguage = await app.graphql<{ product: { name: string } }>(query, undefined, { 'accept-language': 'de-DE, kk;q=0.8, ru;q=0.5' });
    expect(byAcceptLanguage.data?.product.name).toBe('Жолақты жібек галстук');
    const byDefault = await app.graphql<{ product: { name: string } }>(query);
    expect(byDefault.data?.product.name).toBe('Шёлковый галстук в полоску');
  });

  it('refuses two different locales in one request', async () => {
    const result = await app.graphql(`{ a: product(slug: "striped", locale: ru) { name } b: product(slug: "paisley", locale: en) { name } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  });

  it('translates categories and nests them as a tree', async () => {
    const result = await app.graphql<{ category: { name: string; children: { slug: string; name: string; parent: { slug: string } }[] } }>(
      `{ category(slug: "classic", locale: kk) { name children { slug name parent { slug } } } }`,
    );
    expect(result.data?.category).toEqual({ name: 'Классикалық', children: [{ slug: 'classic-narrow', name: 'Жіңішке', parent: { slug: 'classic' } }] });
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const result = await app.graphql(PRODUCT, { slug: 'no-such-tie' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!) { search(query: $q) { totalCount nodes { slug } } }`;
  const slugs = async (q: string) => {
    const result = await app.graphql<{ search: { nodes: { slug: string }[] } }>(SEARCH, { q });
    expect(result.errors).toBeUndefined();
    return result.data!.search.nodes.map((n) => n.slug);
  };

  // Word forms come from descriptions: the typo fallback compares names only, so without the stemmer
  // nothing else could find them (forms of a name word are close enough for trigrams to match).
  it('finds a Russian word by another of its forms', async () => {
    expect(await slugs('переговорах')).toEqual(['striped']);
    expect(await slugs('строгая')).toEqual(['striped']);
  });

  it('finds English words by stem and Kazakh words as written', async () => {
    expect(await slugs('boardrooms')).toEqual(['striped']);
    expect(await slugs('patterned')).toEqual(['paisley']);
    expect(await slugs('жолақты')).toEqual(['striped']);
  });

  it('finds a misspelt English name', async () => {
    expect(await slugs('burgandy paisly')).toContain('paisley');
  });

  it('finds nothing for an unrelated word and rejects an empty query', async () => {
    expect(await slugs('бабочка')).toEqual([]);
    const empty = await app.graphql(SEARCH, { q: '   ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});

describe('variants by id', () => {
  it('returns current price and stock with the product, its images and category, skipping unknown ids', async () => {
    const list = await app.graphql<{ products: { nodes: { variants: { id: string }[] }[] } }>(`{ products(first: 2) { nodes { variants { id } } } }`);
    const ids = list.data!.products.nodes.map((p) => p.variants[0]!.id);
    const result = await app.graphql<{ variants: { id: string; price: number; stock: number; product: { slug: string; images: { url: string }[]; category: { slug: string } } }[] }>(
      `query($ids: [ID!]!) { variants(ids: $ids) { id price stock product { slug images { url } category { slug } } } }`,
      { ids: [...ids, '999999'] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.variants.map((v) => v.id).sort()).toEqual([...ids].sort());
    expect(result.data?.variants[0]?.product.images[0]?.url).toMatch(/^\/media\//);
    expect(result.data?.variants[0]?.product.category.slug).toBe('classic');
  });

  it('rejects ids that are not numbers', async () => {
    const result = await app.graphql(`{ variants(ids: ["abc"]) { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
