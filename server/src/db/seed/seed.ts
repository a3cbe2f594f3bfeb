import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../catalog/category.entity.js';
import { Image } from '../../catalog/image.entity.js';
import { Product, ProductStatus } from '../../catalog/product.entity.js';
import { recordOpeningStock } from '../../catalog/stock.service.js';
import { Variant } from '../../catalog/variant.entity.js';
import { DeliveryMethod } from '../../orders/delivery-method.entity.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { localizeAttributeValue } from './attribute-values.js';
import { seedCategories, seedProducts, type SeedCategory, type SeedProduct } from './catalog-data.js';
import { seedDeliveryMethods, type SeedDeliveryMethod } from './delivery-methods.js';
import type { StoredImage } from '../../catalog/image-ingest.js';
import { widthsFor } from '../../catalog/image-sizes.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH, renderTieImages, tieSvg } from './tie-image.js';

export interface SeedCatalog {
  categories: SeedCategory[];
  products: SeedProduct[];
}

export interface SeedOptions {
  mediaDir: string;
  /** Draw the image files too; tests that never fetch images skip it. */
  renderImages: boolean;
  /** Images already drawn (by renderImages), for their placeholders. */
  images?: Map<string, StoredImage>;
}

const SEED_LOCK = 7_405_001;
const BOW_CATEGORIES = new Set(['bow-ties', 'wedding-bow-ties', 'kids-bow-ties']);

/** Products share one image per pattern, colour and shape, so a 10k catalog renders at most a few hundred files. */
function imagePath(product: SeedProduct, colour: string): string {
  return `ties/${product.pattern}-${colour}${BOW_CATEGORIES.has(product.categorySlug) ? '-bow' : ''}`;
}

/** Every image file of the catalog, by image path; each is drawn once and shared by the products that show it. */
export async function renderImages(catalog: SeedCatalog, mediaDir: string): Promise<Map<string, StoredImage>> {
  const jobs = new Map<string, () => Promise<StoredImage>>();
  catalog.products.forEach((product, index) => {
    for (const variant of product.variants) {
      const file = imagePath(product, variant.colour);
      if (jobs.has(file)) continue;
      const svg = tieSvg({ pattern: product.pattern, colour: variant.colour, seed: index, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, bow: BOW_CATEGORIES.has(product.categorySlug) });
      jobs.set(file, () => renderTieImages(svg, path.join(mediaDir, path.dirname(file)), path.basename(file)));
    }
  });
  const stored = new Map<string, StoredImage>();
  const queue = [...jobs.entries()];
  await Promise.all(Array.from({ length: 2 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) stored.set(next[0], await next[1]());
  }));
  return stored;
}

/** Writes a catalog in one transaction, each variant's stock opening its stock ledger; the caller decides whether the database is empty. */
export async function seedCatalog(em: EntityManager, catalog: SeedCatalog, options: SeedOptions): Promise<void> {
  const images = options.renderImages ? await renderImages(catalog, options.mediaDir) : (options.images ?? new Map<string, StoredImage>());
  await em.transactional(async (tx) => {
    const categories = new Map<string, Category>();
    for (const seed of catalog.categories) {
      categories.set(
        seed.slug,
        tx.create(Category, { slug: seed.slug, position: seed.position, name: seed.name, description: seed.description, parent: seed.parentSlug ? categories.get(seed.parentSlug) : null }),
      );
    }
    const start = Date.UTC(2026, 8, 1);
    catalog.products.forEach((seed, index) => {
      const category = categories.get(seed.categorySlug);
      if (!category) throw new Error(`seed product ${seed.slug} names unknown category ${seed.categorySlug}`);
      const product = tx.create(Product, {
        slug: seed.slug,
        status: ProductStatus.published,
        featured: seed.featured,
        category,
        name: seed.name,
        description: seed.description,
        attributes: Object.fromEntries(Object.entries(seed.attributes).map(([key, value]) => [key, localizeAttributeValue(value)])),
        // Spread creation times so "newest" is a stable, believable order.
        createdAt: new Date(start + index * 3_600_000),
      });
      seed.variants.forEach((variant, position) => tx.create(Variant, { ...variant, product, position }));
      const colours = [...new Set(seed.variants.map((v) => v.colour))].slice(0, 3);
      colours.forEach((colour, position) => {
        const file = imagePath(seed, colour);
        tx.create(Image, {
          product,
          path: file,
          // Without rendering, the rows still name the sizes rendering would write.
          widths: images.get(file)?.widths ?? widthsFor(IMAGE_WIDTH),
          placeholder: images.get(file)?.placeholder ?? null,
          alt: { ru: seed.name.ru, kk: seed.name.kk, en: seed.name.en },
          width: IMAGE_WIDTH,
          height: IMAGE_HEIGHT,
          position,
        });
      });
    });
    await tx.flush();
    await recordOpeningStock(tx);
  });
}

/** Writes the delivery methods in the caller's transaction; the caller decides whether there are none yet. */
export function writeDeliveryMethods(tx: EntityManager, methods: SeedDeliveryMethod[] = seedDeliveryMethods): Promise<void> {
  methods.forEach((method, position) => tx.create(DeliveryMethod, { ...method, position }));
  return tx.flush();
}

/**
 * Seeds the T1EUP catalog when the shop has no categories yet, and the delivery methods when there are
 * none (a shop seeded before orders existed gets them on its next start); resolves to whether the
 * catalog was seeded. An advisory lock makes concurrent starts (several API processes) seed once.
 */
export async function seedIfEmpty(em: EntityManager, config: Config, logger: Logger, catalog: SeedCatalog = { categories: seedCategories, products: seedProducts }): Promise<boolean> {
  if ((await hasRows(em, 'category')) && (await hasRows(em, 'delivery_method'))) return false;
  const images = (await hasRows(em, 'category')) ? undefined : await renderImages(catalog, config.mediaDir);
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    if (!(await hasRows(tx, 'delivery_method'))) {
      await writeDeliveryMethods(tx);
      logger.info('delivery methods seeded', { methods: seedDeliveryMethods.length });
    }
    if (!images || (await hasRows(tx, 'category'))) return false;
    logger.info('seeding the T1EUP catalog', { products: catalog.products.length });
    await seedCatalog(tx, catalog, { mediaDir: config.mediaDir, renderImages: false, images });
    logger.info('catalog seeded', { categories: catalog.categories.length, products: catalog.products.length });
    return true;
  });
}

async function hasRows(em: EntityManager, table: 'category' | 'delivery_method'): Promise<boolean> {
  const rows = await em.execute<{ found: boolean }[]>(`select exists (select 1 from ${table}) as found`);
  return rows[0]?.found === true;
}
