/**
 * Catalog listings on a phone (390×844) and a desktop (1366×900), in Russian and Kazakh: static pages of
 * 24 products with rel=prev/next and a pagination nav, the filter panel (a bottom sheet on a phone, a side
 * panel on a desktop) with a count per value that stays true when the script combines facets, plain links
 * to single-facet pages without JavaScript or in a category longer than one page, search results as the
 * card grid, and no serious accessibility problems in light and dark.
 *
 * The seed has no category over 24 products, so 11 more go into classic-silk (25: two pages) and the site
 * is built again; skinny (8) stays a one-page category where the script combines facets.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Category } from '../../../server/src/catalog/category.entity.js';
import { seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import { buildSite } from '../../../server/src/publishing/site-build.js';
import { makeProduct } from '../../../server/test/support/catalog-factory.js';
import { useT } from '../../src/i18n/t.js';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

const available = chromiumForSuite('listing');

const LANGS = ['ru', 'kk'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, isMobile: false };
const LONG = 'classic-silk';
const SHORT = 'skinny';
const longCount = seedProducts.filter((p) => p.categorySlug === LONG).length;
const ADDED = 25 - longCount;
const total = seedProducts.length + ADDED;

let shop: Storefront;
let phone: Browser;
let desktop: Browser;

async function open(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(shop.url + path, { waitUntil: 'load' });
  return page;
}
const pathOf = (href: string | null) => (href === null ? null : new URL(href, shop.url).pathname);
const head = async (page: Page, rel: string) => pathOf(await page.locator(`head link[rel="${rel}"]`).getAttribute('href'));
const headCount = (page: Page, rel: string) => page.locator(`head link[rel="${rel}"]`).count();
const productHrefs = (page: Page) => page.locator('[data-products] > li:not([hidden]) .card-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
const visibleCards = (page: Page) => page.locator('[data-products] > li:not([hidden])').count();
/** The count a chip shows next to its value. */
const chipCount = async (chip: ReturnType<Page['locator']>) => Number(await chip.locator('[data-facet-count]').textContent());

describe.skipIf(!available)('catalog listings', () => {
  beforeAll(async () => {
    expect(ADDED, `${LONG} must have fewer than 25 seed products`).toBeGreaterThan(0);
    shop = await startStorefront();
    const em = shop.app.orm.em.fork();
    const category = await em.findOneOrFail(Category, { slug: LONG });
    for (let i = 0; i < ADDED; i++) await makeProduct(em, { category, variants: [{ colour: i % 2 ? 'navy' : 'burgundy', material: 'silk', widthMm: 75 }] });
    const build = await buildSite({ apiUrl: shop.url, sitesDir: shop.app.config.sitesDir });
    if (!build.ok) throw new Error(`site build failed: ${build.error}`);
    phone = await launchChromium(PHONE);
    desktop = await launchChromium(DESKTOP);
  }, 400_000);

  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await shop?.close();
  });

  it('splits all products into static pages of 24 with rel=prev/next, a canonical to itself and a pagination nav', async () => {
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const t = useT(lang);
        const where = `${lang} ${browser === phone ? 'phone' : 'desktop'}`;
        const first = await open(browser, `/${lang}/catalog/`);
        const cards = first.locator('[data-products] > li');
        expect(await cards.count(), where).toBe(24);
        expect(await cards.locator('img').count(), where).toBe(24);
        expect(await head(first, 'canonical')).toBe(`/${lang}/catalog/`);
        expect(await headCount(first, 'prev')).toBe(0);
        expect(await head(first, 'next')).toBe(`/${lang}/catalog/page/2/`);
        expect(await first.title()).not.toMatch(lang === 'ru' ? /страница/ : /-бет/);
        const nav = first.getByRole('navigation', { name: t('pagination.label') });
        expect(await nav.locator('[aria-current="page"]').textContent()).toBe('1');
        const onFirst = await productHrefs(first);

        // Keyboard: the next link is reachable and followed with Enter.
        await nav.locator('a[rel="next"]').focus();
        expect(await nav.locator('a[rel="next"]').evaluate((a) => a.matches(':focus-visible') || getComputedStyle(a).outlineStyle !== 'none')).toBe(true);
        await first.keyboard.press('Enter');
        await first.waitForURL(`**/${lang}/catalog/page/2/`);
        expect(await first.title()).toContain(t('pagination.title', { title: t('nav.allProducts'), page: 2 }));
        expect(await first.title()).toMatch(lang === 'ru' ? /страница 2/ : /2-бет/);
        expect(await head(first, 'canonical')).toBe(`/${lang}/catalog/page/2/`);
        expect(await head(first, 'prev')).toBe(`/${lang}/catalog/`);
        expect(await head(first, 'next')).toBe(`/${lang}/catalog/page/3/`);
        expect(await first.getByRole('navigation', { name: t('pagination.label') }).locator('[aria-current="page"]').textContent()).toBe('2');
        const onSecond = await productHrefs(first);
        expect(onSecond).toHaveLength(24);
        expect(onSecond.filter((href) => onFirst.includes(href)), where).toEqual([]);
        const overflow = await first.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, where).toBeLessThanOrEqual(1);
        await first.close();

        const last = await open(browser, `/${lang}/catalog/page/3/`);
        expect(await visibleCards(last)).toBe(total - 48);
        expect(await head(last, 'prev')).toBe(`/${lang}/catalog/page/2/`);
        expect(await headCount(last, 'next')).toBe(0);
        await last.close();
      }
    }
  }, 240_000);

  it('paginates a category longer than 24 products; a shorter one has no pagination; pages past the last do not exist', async () => {
    for (const lang of LANGS) {
      const page = await open(desktop, `/${lang}/c/${LONG}/`);
      expect(await visibleCards(page)).toBe(24);
      expect(await head(page, 'next')).toBe(`/${lang}/c/${LONG}/page/2/`);
      await page.locator('nav.pagination a[rel="next"]').click();
      await page.waitForURL(`**/${lang}/c/${LONG}/page/2/`);
      expect(await visibleCards(page)).toBe(1);
      expect(await head(page, 'prev')).toBe(`/${lang}/c/${LONG}/`);
      expect(await headCount(page, 'next')).toBe(0);
      await page.goto(`${shop.url}/${lang}/c/${SHORT}/`);
      expect(await page.locator('nav.pagination').count()).toBe(0);
      expect(await headCount(page, 'prev') + (await headCount(page, 'next'))).toBe(0);
      await page.close();
    }
    for (const path of ['/ru/catalog/page/4/', '/ru/catalog/page/1/', `/kk/c/${LONG}/page/3/`, `/ru/c/${SHORT}/page/2/`]) {
      expect((await fetch(shop.url + path)).status, path).toBe(404);
    }
    const sitemap = await (await fetch(`${shop.url}/sitemap.xml`)).text();
    for (const path of ['/ru/catalog/page/3/', '/kk/catalog/page/2/', `/ru/c/${LONG}/page/2/`, `/en/c/${LONG}/page/2/`]) expect(sitemap).toContain(`${path}</loc>`);
    expect(sitemap).not.toContain('/catalog/page/4/');
    expect(sitemap).not.toContain(`/c/${SHORT}/page/`);
  }, 120_000);

  it('on a phone, opens the filter sheet from the Filters button with counts that stay true as facets combine, and closes with Escape', async () => {
    for (const lang of LANGS) {
      const page = await open(phone, `/${lang}/c/${SHORT}/`);
      const all = await visibleCards(page);
      const sheet = page.locator('dialog#filters-sheet');
      const button = page.locator('.filters-open');
      expect(await page.locator('.filters-side').isVisible()).toBe(false);
      expect(await sheet.isVisible()).toBe(false);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => sheet.isVisible()).toBe(true);

      const chips = sheet.locator('li[data-facet]');
      const counts = await chips.locator('[data-facet-count]').allTextContents();
      expect(counts.length).toBeGreaterThan(3);
      for (const count of counts) expect(Number(count)).toBeGreaterThan(0);
      // Tab reaches a chip, which shows where the focus is.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => { const el = document.activeElement as HTMLElement; return { chip: Boolean(el.closest('li[data-facet]')), outline: getComputedStyle(el).outlineStyle }; });
      expect(focused).toEqual({ chip: true, outline: 'solid' });

      // A colour that not all products have, then a material among those: every count must be what the grid then shows.
      const colours = sheet.locator('li[data-facet="colour"]');
      let colour = colours.first();
      for (let i = 0; i < (await colours.count()); i++) if ((await chipCount(colours.nth(i))) < all) { colour = colours.nth(i); break; }
      const colourCount = await chipCount(colour);
      await colour.locator('a').click();
      await expect.poll(() => visibleCards(page)).toBe(colourCount);
      expect(page.url()).toContain(`?colour=${await colour.getAttribute('data-value')}`);
      expect(await sheet.isVisible()).toBe(true);
      expect(await button.locator('[data-active-number]').textContent()).toBe('1');
      expect(await page.locator('[data-count]').textContent()).toContain(String(colourCount));
      expect(await sheet.locator('[data-show]').textContent()).toContain(String(colourCount));
      // Every material's count, recomputed for this colour, is what choosing it shows (zero included).
      const materials = sheet.locator('li[data-facet="material"]');
      for (let i = 0; i < (await materials.count()); i++) {
        const count = await chipCount(materials.nth(i));
        await materials.nth(i).locator('a').click();
        await expect.poll(() => visibleCards(page), { message: `material ${i}` }).toBe(count);
        expect(await page.locator('[data-count]').textContent()).toContain(String(count));
        expect(await page.locator('[data-empty]').isVisible()).toBe(count === 0);
        expect(await button.locator('[data-active-number]').textContent()).toBe('2');
        await materials.nth(i).locator('a').click();
        await expect.poll(() => visibleCards(page)).toBe(colourCount);
      }
      await sheet.locator('li[data-facet="material"]:not([data-zero]) a').first().click();
      // The side panel, for a desktop, has been kept in step.
      expect(await page.locator('.filters-side li[data-facet="colour"] a[aria-current="true"]').count()).toBe(1);

      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('filters-open'))).toBe(true);
      await page.close();
    }
  }, 120_000);

  it('in a category longer than one page, a facet value leads to its single-facet page instead of filtering a partial page', async () => {
    for (const [browser, scope] of [[desktop, '.filters-side'], [phone, 'dialog#filters-sheet']] as const) {
      const page = await open(browser, `/ru/c/${LONG}/`);
      if (browser === phone) await page.locator('.filters-open').click();
      const chip = page.locator(`${scope} li[data-facet="colour"][data-value="burgundy"]`);
      const count = await chipCount(chip);
      await chip.locator('a').click();
      await page.waitForURL(`**/ru/c/${LONG}/colour/burgundy/`);
      expect(await visibleCards(page)).toBe(Math.min(24, count));
      expect(await page.locator('[data-count]').textContent()).toContain(String(count));
      await page.close();
    }
  }, 60_000);

  it('without JavaScript, a facet value in the sheet or the side panel leads to a filtered page', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const noJs = await launchChromium({ ...options, javaScriptEnabled: false });
      try {
        for (const lang of LANGS) {
          const page = await open(noJs, `/${lang}/c/${SHORT}/`);
          let scope = '.filters-side';
          if (options === PHONE) {
            // The sheet opens without a script: the button is a native invoker of the dialog.
            await page.locator('.filters-open').click();
            await expect.poll(() => page.locator('dialog#filters-sheet').isVisible()).toBe(true);
            scope = 'dialog#filters-sheet';
          }
          const chip = page.locator(`${scope} li[data-facet="material"]`).first();
          const value = await chip.getAttribute('data-value');
          const count = await chipCount(chip);
          await chip.locator('a').click();
          await page.waitForURL(`**/${lang}/c/${SHORT}/material/${value}/`);
          expect(await visibleCards(page)).toBe(count);
          expect(await page.locator(`.filters-side li[data-facet="material"][data-value="${value}"] a`).getAttribute('aria-current')).toBe('true');
          await page.close();
        }
      } finally {
        await noJs.close();
      }
    }
  }, 120_000);

  it('shows search results as the card grid, 2 columns on a phone and 4 on a desktop, without moving the page', async () => {
    for (const [browser, columns] of [[phone, 2], [desktop, 4]] as const) {
      for (const lang of LANGS) {
        const page = await browser.context.newPage();
        await page.goto(`${shop.url}/${lang}/search/?q=${encodeURIComponent('галстук')}`);
        const cards = page.locator('[data-search-results] > li.ui-card');
        await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(columns);
        expect(await cards.first().locator('.card-title a').getAttribute('href')).toMatch(new RegExp(`^/${lang}/p/`));
        // Product pages give Pagefind their smallest photo, so every result card has one.
        expect(await cards.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))).toEqual(Array(await cards.count()).fill(expect.stringMatching(/^\/media\/.+\.webp$/)));
        const tops = await cards.evaluateAll((els) => els.slice(0, 8).map((el) => Math.round(el.getBoundingClientRect().top)));
        expect(tops.filter((top) => top === tops[0]).length, `${lang} columns`).toBe(columns);
        const shift = await page.evaluate(() => new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => { for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 200);
        }));
        expect(shift, `${lang} layout shift`).toBeLessThan(0.01);
        await page.close();
      }
    }
  }, 120_000);

  it('has no serious or critical accessibility violations on listings, the open sheet and search, in light and dark', async () => {
    const problems: string[] = [];
    for (const browser of [phone, desktop]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const path of [`/kk/c/${SHORT}/`, `/ru/c/${LONG}/page/2/`, '/kk/catalog/page/2/', `/ru/search/?q=${encodeURIComponent('галстук')}`]) {
          const page = await browser.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(shop.url + path, { waitUntil: 'networkidle' });
          problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px ${p}`));
          if (browser === phone && path.includes('/c/')) {
            // With the modal sheet open the page behind it is inert, so the sheet is checked on its own.
            await page.locator('.filters-open').click();
            await expect.poll(() => page.locator('dialog#filters-sheet').isVisible()).toBe(true);
            problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px sheet ${p}`));
          }
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

