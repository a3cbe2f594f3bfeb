import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS } from '../../catalog/image-sizes.js';
import { createLogger } from '../../logger.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ATTRIBUTE_VALUES } from './attribute-values.js';
import { seedCategories, seedProducts } from './catalog-data.js';
import { ledgerMismatches } from '../../../test/support/stock-ledger.js';
import { seedDeliveryMethods } from './delivery-methods.js';
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
    type Images = { url: string; avif: string; webpSet: string; avifSet: string; width: number; height: number; placeholder: string | null }[];
    const result = await app.graphql<{ products: { totalCount: number; nodes: { images: Images }[] } }>(
      `{ products(first: 10) { totalCount nodes { images { url avif: url(format: AVIF) webpSet: srcset(format: WEBP) avifSet: srcset(format: AVIF) width height placeholder } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.products.totalCount).toBe(3);
    const image = result.data!.products.nodes[0]!.images[0]!;
    expect(image).toMatchObject({ width: 1280, height: 1600, placeholder: expect.stringMatching(/^data:image\/webp;base64,/) });
    expect(image.url).toMatch(/-1280\.webp$/);
    for (const [format, srcset] of [['webp', image.webpSet], ['avif', image.avifSet]] as const) {
      const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(IMAGE_WIDTHS.map((width) => `${width}w`));
      for (const [url] of candidates) {
        const response = await fetch(app.url + url);
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-type')).toBe(`image/${format}`);
        expect(response.headers.get('cache-control')).toContain('immutable');
      }
    }
    expect(image.avif).toBe(image.avifSet.split(', ').at(-1)!.split(' ')[0]);
  }, 120_000);

  it('loads the whole hand-written catalog within its constraints, each variant’s stock opening its ledger', async () => {
    const fresh = await startTestApp();
    try {
      await seedCatalog(fresh.orm.em.fork(), { categories: seedCategories, products: seedProducts }, { mediaDir: fresh.config.mediaDir, renderImages: false });
      const result = await fresh.graphql<{ products: { totalCount: number }; categories: unknown[] }>(`{ products { totalCount } categories { slug } }`);
      expect(result.data?.products.totalCount).toBe(seedProducts.length);
      expect(result.data?.categories).toHaveLength(seedCategories.length);
      const em = fresh.orm.em.fork();
      expect(await ledgerMismatches(em)).toEqual([]);
      const [opening] = await em.execute<{ movements: number; units: number }[]>(`select count(*)::int as movements, sum(delta)::int as units from stock_movement where reason = 'initial'`);
      const stocked = seedProducts.flatMap((p) => p.variants).filter((v) => v.stock > 0);
      expect(opening).toEqual({ movements: stocked.length, units: stocked.reduce((sum, v) => sum + v.stock, 0) });
    } finally {
      await fresh.close();
    }
  });

  it('seeds the delivery methods once, also into a shop whose catalog was seeded before orders existed', async () => {
    const em = app.orm.em.fork();
    await em.execute('truncate delivery_method cascade');
    expect(await seedIfEmpty(em, app.config, logger)).toBe(false);
    const methods = await app.graphql<{ deliveryMethods: { code: string; price: number }[] }>(`{ deliveryMethods { code price } }`);
    expect(methods.data?.deliveryMethods).toEqual(seedDeliveryMethods.map(({ code, price }) => ({ code, price })));
    expect(await seedIfEmpty(em, app.config, logger)).toBe(false);
    expect((await app.graphql<{ deliveryMethods: unknown[] }>(`{ deliveryMethods { code } }`)).data?.deliveryMethods).toHaveLength(seedDeliveryMethods.length);
  });

  it('has a translation for every attribute value the seed uses', () => {
    const values = new Set(seedProducts.flatMap((p) => Object.values(p.attributes)));
    expect([...values].filter((v) => !ATTRIBUTE_VALUES[v])).toEqual([]);
  });
});
