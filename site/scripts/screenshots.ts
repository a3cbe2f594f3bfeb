/**
 * PNGs of the main pages for design review: home, category, product, cart and styleguide, on a phone
 * (390×844) and a desktop (1366×900), light and dark, in Russian, written to site/screenshots/
 * (gitignored); then the open cart sheet with two lines, in Russian and Kazakh. Run with `npm run screenshots`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { seedCategories, seedProducts } from '../../server/src/db/seed/catalog-data.js';
import { seedCatalog } from '../../server/src/db/seed/seed.js';
import { buildSite } from '../../server/src/publishing/site-build.js';
import { startTestApp } from '../../server/test/support/test-app.js';
import { launchChromium } from '../test/support/browser.js';
import { STORAGE_KEY, type CartLine } from '../src/features/cart/cart';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const category = seedCategories.find((c) => c.slug === 'classic-silk') ?? seedCategories[0]!;
const product = seedProducts.find((p) => p.categorySlug === category.slug) ?? seedProducts[0]!;
const PAGES: Record<string, string> = {
  home: '/ru/',
  category: `/ru/c/${category.slug}/`,
  product: `/ru/p/${product.slug}/`,
  cart: '/ru/cart/',
  styleguide: '/ru/styleguide/',
};
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true },
  desktop: { viewport: { width: 1366, height: 900 }, isMobile: false },
};

it('writes screenshots', async () => {
  mkdirSync(OUT, { recursive: true });
  // As startStorefront (test/support/storefront.ts) does, but with the product photos drawn: a review needs to see them.
  const app = await startTestApp();
  const shop = { url: app.url, close: async () => { await app.close(); rmSync(app.config.sitesDir, { recursive: true, force: true }); } };
  try {
    await seedCatalog(app.orm.em.fork(), { categories: seedCategories, products: seedProducts }, { mediaDir: app.config.mediaDir, renderImages: true });
    const build = await buildSite({ apiUrl: app.url, sitesDir: app.config.sitesDir });
    if (!build.ok) throw new Error(`site build failed: ${build.error}`);
    const { data } = await app.graphql<{ product: { name: string; images: { srcset: string }[]; variants: { id: string; price: number; colourName: string }[] } }>(
      'query($slug: String!) { product(slug: $slug, locale: ru) { name images { srcset(format: WEBP) } variants { id price colourName } } }',
      { slug: product.slug },
    );
    const { name, images, variants } = data!.product;
    const cart: CartLine[] = variants.slice(0, 2).map((v, index) => ({
      variantId: v.id, quantity: index + 1, productSlug: product.slug, name, variantLabel: v.colourName, price: v.price, image: images[0]?.srcset.split(',')[0]!.trim().split(/\s+/)[0],
    }));
    for (const [device, options] of Object.entries(DEVICES)) {
      const browser = await launchChromium(options);
      try {
        const page = await browser.context.newPage();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const [name, url] of Object.entries(PAGES)) {
            await page.goto(shop.url + url, { waitUntil: 'networkidle' });
            const file = path.join(OUT, `${name}-${device}-${scheme}.png`);
            await page.screenshot({ path: file, fullPage: false });
            await page.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
          }
        }
        // The cart sheet, open over the home page with two of the product's variants in the cart.
        for (const scheme of ['light', 'dark'] as const) {
          for (const lang of ['ru', 'kk'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(`${shop.url}/${lang}/`, { waitUntil: 'load' });
            await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [STORAGE_KEY, JSON.stringify(cart)]);
            await page.reload({ waitUntil: 'networkidle' });
            await page.locator('header a[data-cart-link]').click();
            await page.waitForTimeout(600);
            await page.screenshot({ path: path.join(OUT, `cart-sheet-${lang}-${device}-${scheme}.png`) });
          }
        }
        // The phone's menu sheet, open.
        if (device === 'phone') {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.goto(shop.url + '/ru/', { waitUntil: 'networkidle' });
          await page.locator('[data-menu-open]').click();
          await page.waitForTimeout(400);
          await page.screenshot({ path: path.join(OUT, 'menu-phone-light.png') });
        }
      } finally {
        await browser.close();
      }
    }
    console.info(`screenshots in ${OUT}`);
  } finally {
    await shop.close();
  }
});
