/** The real stack for browser tests: API on a fresh database with the seed catalog, a site build, one origin. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedCategories, seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import { seedCatalog } from '../../../server/src/db/seed/seed.js';
import { buildSite } from '../../../server/src/publishing/site-build.js';
import { startTestApp, type TestApp } from '../../../server/test/support/test-app.js';
import { startFrontServer, type FrontServer } from './front-server.js';

export interface Storefront { app: TestApp; front: FrontServer; url: string; sitesDir: string; buildDir: string; close(): Promise<void> }

export interface StorefrontOptions {
  /** API environment on top of the test defaults, e.g. NODE_ENV=development + TELEGRAM_API_BASE for the simulator. */
  env?: Record<string, string>;
}

export async function startStorefront(options: StorefrontOptions = {}): Promise<Storefront> {
  const app = await startTestApp(options.env);
  const sitesDir = mkdtempSync(path.join(os.tmpdir(), 't1eup-sites-'));
  try {
    await seedCatalog(app.orm.em.fork(), { categories: seedCategories, products: seedProducts }, { mediaDir: app.config.mediaDir, renderImages: false });
    const build = await buildSite({ apiUrl: app.url, sitesDir });
    if (!build.ok) throw new Error(`site build failed: ${build.error}`);
    const front = await startFrontServer(app.url, sitesDir);
    return {
      app, front, url: front.url, sitesDir, buildDir: build.dir,
      async close() {
        await front.close();
        await app.close();
        rmSync(sitesDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app.close();
    rmSync(sitesDir, { recursive: true, force: true });
    throw error;
  }
}
