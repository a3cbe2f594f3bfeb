import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ATTRIBUTE_VALUES } from './attribute-values.js';
import { seedCategories, seedProducts } from './catalog-data.js';
import { seedCatalog, seedIfEmpty } from './seed.js';

let app: TestApp;
const logger = createLogger('error', false);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('seeding', () => {
  it('seeds an empty shop once, with rendered images, and leaves a seeded one alone', async () => {
    // A slice of the catalog keeps image rendering short; the whole catalog is loaded below.
    const catalog = { categories: seedCategories, products: seedProducts.slice(0, 3) };
    expect(await seedIfEmpty(app.orm.em.fork(), app.config, logger, catalog)).toBe(true);
    expect(await seedIfEmpty(app.orm.em.fork(), app.config, logger, catalog)).toBe(false);
    const result = await app.graphql<{ products: { totalCount: number; nodes: { images: { url: string }[] }[] } }>(`{ products(first: 100) { totalCount nodes { images { url } } } }`);
    expect(result.data?.products.totalCount).toBe(3);
    for (const format of ['webp', 'avif']) {
      const url = result.data!.products.nodes[0]!.images[0]!.url.replace(/\.webp$/, `.${format}`);
      const response = await fetch(app.url + url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`image/${format}`);
      expect(response.headers.get('cache-control')).toContain('immutable');
    }
  }, 120_000);

  it('loads the whole hand-written catalog within its constraints', async () => {
    const fresh = await startTestApp();
    try {
      await seedCatalog(fresh.orm.em.fork(), { categories: seedCategories, products: seedProducts }, { mediaDir: fresh.config.mediaDir, renderImages: false });
      const result = await fresh.graphql<{ products: { totalCount: number }; categories: unknown[] }>(`{ products { totalCount } categories { slug } }`);
      expect(result.data?.products.totalCount).toBe(seedProducts.length);
      expect(result.data?.categories).toHaveLength(seedCategories.length);
    } finally {
      await fresh.close();
    }
  });

  it('has a translation for every attribute value the seed uses', () => {
    const values = new Set(seedProducts.flatMap((p) => Object.values(p.attributes)));
    expect([...values].filter((v) => !ATTRIBUTE_VALUES[v])).toEqual([]);
  });
});
