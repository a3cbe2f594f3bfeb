/**
 * The real stack for browser tests: the app on a fresh database with the seed catalog and a site build,
 * served by the app itself on one origin, exactly as `npm start` serves it (same routing, same headers).
 */
import { rmSync } from 'node:fs';
import { seedCategories, seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import { renderImages, seedCatalog } from '../../../server/src/db/seed/seed.js';
import { buildSite } from '../../../server/src/publishing/site-build.js';
import { startTestApp, type TestApp } from '../../../server/test/support/test-app.js';

export interface Storefront { app: TestApp; url: string; buildDir: string; close(): Promise<void> }

export interface StorefrontOptions {
  /** API environment on top of the test defaults, e.g. NODE_ENV=development + TELEGRAM_API_BASE for the simulator. */
  env?: Record<string, string>;
}

export async function startStorefront(options: StorefrontOptions = {}): Promise<Storefront> {
  const app = await startTestApp(options.env);
  const { sitesDir, mediaDir } = app.config;
  const close = async () => {
    await app.close();
    rmSync(sitesDir, { recursive: true, force: true });
  };
  try {
    // Real image files (every size and a placeholder) only for the product the browser tests open: drawing
    // the whole catalog would take most of a minute.
    const photographed = seedProducts.filter((p) => p.categorySlug === 'classic-silk' && p.variants.filter((v) => v.stock > 2).length >= 2).slice(0, 1);
    const images = await renderImages({ categories: seedCategories, products: photographed }, mediaDir);
    await seedCatalog(app.orm.em.fork(), { categories: seedCategories, products: seedProducts }, { mediaDir, renderImages: false, images });
    const build = await buildSite({ apiUrl: app.url, sitesDir });
    if (!build.ok) throw new Error(`site build failed: ${build.error}`);
    return { app, url: app.url, buildDir: build.dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
