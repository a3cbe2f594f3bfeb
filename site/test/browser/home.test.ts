/**
 * The home page on a phone (390×844) and a desktop (1366×900), in Russian and Kazakh: a product photo
 * loaded on the first screen, exactly one high-priority image (the hero's), no layout shift, the season's
 * collection and the trust strip in the page's language, and no serious accessibility problems in light or dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories, seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import { renderImages } from '../../../server/src/db/seed/seed.js';
import kk from '../../src/i18n/kk.json';
import ru from '../../src/i18n/ru.json';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

const available = chromiumForSuite('home');

const STRINGS = { ru, kk };
const LANGS = ['ru', 'kk'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, isMobile: false };
const featured = seedProducts.filter((p) => p.featured);

let shop: Storefront;
let phone: Browser;
let desktop: Browser;

async function open(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(shop.url + path, { waitUntil: 'load' });
  return page;
}

/** Photos in <main> that lie wholly inside the first screen, are visible and have loaded. */
const loadedOnFirstScreen = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('main picture img')].filter((img) => {
  const box = img.getBoundingClientRect();
  const frame = (img.closest('figure, li') ?? img).getBoundingClientRect();
  const top = Math.max(box.top, frame.top);
  const bottom = Math.min(box.bottom, frame.bottom);
  return img.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && img.complete && img.naturalWidth > 0 &&
    box.width > 80 && bottom - top > 80 && top >= 0 && bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
}).length);

describe.skipIf(!available)('home page', () => {
  beforeAll(async () => {
    shop = await startStorefront();
    // The storefront draws one product's photos; the hero shows a featured one, so draw those too.
    await renderImages({ categories: seedCategories, products: featured }, shop.app.config.mediaDir);
    phone = await launchChromium(PHONE);
    desktop = await launchChromium(DESKTOP);
  }, 300_000);

  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await shop?.close();
  });

  it('shows a loaded product photo on the first screen', async () => {
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const page = await open(browser, `/${lang}/`);
        await expect.poll(() => loadedOnFirstScreen(page), { timeout: 10_000, message: `${lang} ${page.viewportSize()?.width}px` }).toBeGreaterThan(0);
        await page.close();
      }
    }
  });

  it('loads exactly one image with high priority, eagerly, and every other photo lazily', async () => {
    for (const lang of LANGS) {
      const page = await open(desktop, `/${lang}/`);
      const images = await page.locator('main picture img').evaluateAll((imgs: HTMLImageElement[]) => imgs.map((img) => ({ priority: img.getAttribute('fetchpriority'), loading: img.loading, hero: !!img.closest('.home-hero') })));
      expect(images.length).toBeGreaterThan(8);
      expect(images.filter((i) => i.priority === 'high'), lang).toEqual([{ priority: 'high', loading: 'eager', hero: true }]);
      expect(images.filter((i) => !i.hero).every((i) => i.loading === 'lazy' && i.priority === null)).toBe(true);
      await page.close();
    }
  });

  it('leads with the season’s collection and its newest featured product', async () => {
    // The collection is the category with most featured products.
    const counts = new Map<string, number>();
    for (const p of featured) counts.set(p.categorySlug, (counts.get(p.categorySlug) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const collection = seedCategories.filter((c) => counts.get(c.slug) === top).sort((a, b) => a.position - b.position)[0]!;
    for (const lang of LANGS) {
      const page = await open(phone, `/${lang}/`);
      const hero = page.locator('.home-hero');
      expect(await hero.locator('h2').textContent()).toBe(collection.name[lang]);
      expect(await hero.getByRole('link', { name: STRINGS[lang].home.shopCollection }).getAttribute('href')).toBe(`/${lang}/c/${collection.slug}/`);
      const heroSlug = (await hero.locator('figcaption a').getAttribute('href'))!.split('/')[3];
      expect(featured.filter((p) => p.categorySlug === collection.slug).map((p) => p.slug)).toContain(heroSlug);
      await page.close();
    }
  });

  it('has the trust strip with its three promises and icons in the page’s language', async () => {
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const page = await open(browser, `/${lang}/`);
        const strip = page.getByRole('region', { name: STRINGS[lang].home.trustLabel });
        const { deliveryTitle, kaspiTitle, returnsTitle } = STRINGS[lang].home;
        expect(await strip.locator('li strong').allTextContents()).toEqual([deliveryTitle, kaspiTitle, returnsTitle]);
        expect(await strip.locator('li svg').count()).toBe(3);
        expect(await strip.isVisible()).toBe(true);
        await page.close();
      }
    }
  });

  it('does not shift its layout while loading', async () => {
    for (const browser of [phone, desktop]) {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${shop.url}/kk/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), `${page.viewportSize()?.width}px`).toBe(0);
      await page.close();
    }
  });

  it('has no serious or critical accessibility violations in light and dark', async () => {
    const problems: string[] = [];
    for (const browser of [phone, desktop]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const lang of LANGS) {
          const page = await browser.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${shop.url}/${lang}/`, { waitUntil: 'load' });
          problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px ${p}`));
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
