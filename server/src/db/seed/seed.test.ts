import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ATTRIBUTE_VALUES } from './attribute-values.js';
import { seedProducts } from './catalog-data.js';
import { seedIfEmpty } from './seed.js';

let app: TestApp;
const logger = createLogger('error', false);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('seeding', () => {
  it('seeds an empty shop once, with rendered images, and leaves a seeded one alone', async () => {
    expect(await seedIfEmpty(app.orm.em.fork(), app.config, logger)).toBe(true);
    expect(await seedIfEmpty(app.orm.em.fork(), app.config, logger)).toBe(false);
    const result = await app.graphql<{ products: { totalCount: number; nodes: { images: { url: string }[] }[] } }>(
      `{ products(first: 100) { totalCount nodes { images { url } } } }`,
    );
    expect(result.data?.products.totalCount).toBe(seedProducts.length);
    const firstImage = result.data!.products.nodes[0]!.images[0]!.url;
    const response = await fetch(app.url + firstImage);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('has a translation for every attribute value the seed uses', () => {
    const values = new Set(seedProducts.flatMap((p) => Object.values(p.attributes)));
    expect([...values].filter((v) => !ATTRIBUTE_VALUES[v])).toEqual([]);
  });
});
