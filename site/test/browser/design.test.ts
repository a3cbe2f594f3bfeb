/**
 * The storefront's design on a phone (390×844) and a desktop (1366×900), in Russian and Kazakh: an
 * image-led first screen and grid, one compact header bar on a phone with a menu sheet that opens from
 * the keyboard, the hidden styleguide, and no serious accessibility problems in light or dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../server/src/db/seed/catalog-data.js';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

const available = chromiumForSuite('design');

const LANGS = ['ru', 'kk'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, isMobile: false };
const category = seedCategories.find((c) => c.slug === 'classic-silk')!;
const topCategories = seedCategories.filter((c) => !c.parentSlug);

let shop: Storefront;
let phone: Browser;
let desktop: Browser;

async function open(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(shop.url + path, { waitUntil: 'load' });
  return page;
}

/** Product photos whose box lies (at least half) inside the first screen. */
const imagesOnFirstScreen = (page: Page) => page.evaluate(() => [...document.querySelectorAll('main img')].filter((img) => {
  const box = img.getBoundingClientRect();
  return img.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 80 && box.height > 80 && box.top + box.height / 2 < window.innerHeight && box.bottom > 0;
}).length);

describe.skipIf(!available)('storefront design', () => {
  beforeAll(async () => {
    shop = await startStorefront();
    phone = await launchChromium(PHONE);
    desktop = await launchChromium(DESKTOP);
  }, 300_000);

  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await shop?.close();
  });

  it('shows product photos on the first screen of the home page', async () => {
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const page = await open(browser, `/${lang}/`);
        expect(await imagesOnFirstScreen(page), `${lang} ${page.viewportSize()?.width}px`).toBeGreaterThan(0);
        await page.close();
      }
    }
  });

  it('lays a category out as a grid of photos: 2 columns on a phone, up to 4 on a desktop', async () => {
    for (const [browser, columns] of [[phone, 2], [desktop, 4]] as const) {
      for (const lang of LANGS) {
        const page = await open(browser, `/${lang}/c/${category.slug}/`);
        const cards = page.locator('[data-products] > li');
        expect(await cards.count()).toBeGreaterThan(columns);
        const tops = await cards.evaluateAll((els) => els.slice(0, 8).map((el) => Math.round(el.getBoundingClientRect().top)));
        expect(tops.filter((top) => top === tops[0]).length, `${lang} columns at ${page.viewportSize()?.width}px`).toBe(columns);
        expect(await cards.first().locator('img').count()).toBe(1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        await page.close();
      }
    }
  });

  it('has one compact header bar on a phone whose menu sheet opens from the keyboard with categories and languages', async () => {
    for (const lang of LANGS) {
      const page = await open(phone, `/${lang}/`);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(72);
      for (const hook of ['[data-menu-open]', '[data-search-toggle]', '[data-account] a[data-sign-in]', 'a[href$="/cart/"]']) {
        const box = await page.locator(`header ${hook}`).boundingBox();
        expect(box, hook).not.toBeNull();
        expect(box!.y + box!.height, hook).toBeLessThanOrEqual(header!.y + header!.height);
      }
      // Nothing sits under the sticky header: the first heading starts below it.
      expect((await page.locator('main h1').boundingBox())!.y).toBeGreaterThanOrEqual(header!.height);

      const sheet = page.locator('dialog#site-menu');
      expect(await sheet.isVisible()).toBe(false);
      await page.locator('[data-menu-open]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => sheet.isVisible()).toBe(true);
      for (const c of topCategories) expect(await sheet.locator(`a[href="/${lang}/c/${c.slug}/"]`).isVisible(), c.slug).toBe(true);
      for (const other of ['ru', 'kk', 'en']) expect(await sheet.locator(`a[hreflang="${other}"]`).isVisible(), other).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.isVisible()).toBe(false);

      await page.locator('[data-search-toggle]').click();
      await expect.poll(() => page.locator('#site-search').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.close();
    }
  });

  it('takes Telegram’s colours from the Mini App launch fragment and keeps them for the session', async () => {
    const theme = { bg_color: '#17212b', secondary_bg_color: '#232e3c', text_color: '#f5f5f5', hint_color: '#708499', link_color: '#6ab3f3', button_color: '#5288c1', button_text_color: '#ffffff' };
    const launch = new URLSearchParams({ tgWebAppData: 'query_id=x&hash=0', tgWebAppVersion: '8.0', tgWebAppPlatform: 'ios', tgWebAppThemeParams: JSON.stringify(theme) });
    const page = await open(phone, `/kk/#${launch}`);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await expect.poll(background).toBe('rgb(23, 33, 43)');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('tg-dark');
    await page.goto(`${shop.url}/kk/c/${category.slug}/`);
    await expect.poll(background).toBe('rgb(23, 33, 43)');
    await page.close();
  });

  it('has a styleguide page that is noindex and not in the sitemap', async () => {
    for (const lang of LANGS) {
      const page = await open(desktop, `/${lang}/styleguide/`);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      for (const part of ['.button', '.ui-badge', '.ui-price', '.ui-swatch', '.ui-chip', '.ui-breadcrumb', '.ui-toast', 'dialog.ui-sheet', '.ui-skeleton', '.ui-card', '.field input', '.field select']) {
        expect(await page.locator(part).count(), part).toBeGreaterThan(0);
      }
      await page.close();
    }
    const sitemap = await (await fetch(`${shop.url}/sitemap.xml`)).text();
    expect(sitemap).toContain('/ru/c/');
    expect(sitemap).not.toContain('styleguide');
  });

  it('has no serious or critical accessibility violations in light and dark', async () => {
    const problems: string[] = [];
    for (const browser of [phone, desktop]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const path of ['/ru/', `/kk/c/${category.slug}/`, '/ru/catalog/', '/kk/styleguide/']) {
          const page = await browser.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(shop.url + path, { waitUntil: 'load' });
          problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px ${p}`));
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
