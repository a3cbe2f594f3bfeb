/**
 * The product page on a phone (390×844) and a desktop (1366×900), in Russian and Kazakh: the colour picks
 * the photo and the price, unavailable combinations stay visible and say so, the add-to-cart bar stays in
 * reach on a phone, stock is re-read live after the build, the keyboard alone can buy, nothing is lost
 * without JavaScript, and axe finds nothing serious in light or dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Variant } from '../../../server/src/catalog/variant.entity.js';
import { seedProducts, type SeedProduct, type SeedVariant } from '../../../server/src/db/seed/catalog-data.js';
import { STORAGE_KEY, type CartLine } from '../../src/features/cart/cart';
import { useT } from '../../src/i18n/t';
import { formatPrice } from '../../src/lib/money';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

const available = chromiumForSuite('product page');

const LANGS = ['ru', 'kk'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, isMobile: false };

const enumOf = (code: string) => code.toUpperCase().replace(/-/g, '_');
const colours = (p: SeedProduct) => [...new Set(p.variants.map((v) => v.colour))];
const inStock = (v: SeedVariant) => v.stock > 0;
/** The product the shared storefront draws real photos for: one colour, several widths in stock. */
const photographed = seedProducts.find((p) => p.categorySlug === 'classic-silk' && p.variants.filter((v) => v.stock > 2).length >= 2)!;
/** Colours with photos of their own, materials at different prices, and one colour sold out in the cheaper material. */
const varied = seedProducts.find((p) => colours(p).length >= 2 && new Set(p.variants.map((v) => v.price)).size >= 2 && p.variants.some((v) => !inStock(v) && p.variants.some((w) => w.colour === v.colour && inStock(w))))!;
/** A colour that does not come in every width. */
const gapped = seedProducts.find((p) => colours(p).some((c) => p.variants.some((v) => v.colour !== c && inStock(v) && !p.variants.some((w) => w.colour === c && w.widthMm === v.widthMm))) && p.variants.filter(inStock).length >= 2)!;

let shop: Storefront;
let phone: Browser;
let desktop: Browser;

async function open(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(shop.url + path, { waitUntil: 'load' });
  return page;
}
const radio = (page: Page, option: 'colour' | 'widthMm' | 'material', value: string | number) => page.locator(`input[name="${option}"][value="${value}"]`);
const cartLines = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as CartLine[], STORAGE_KEY);
/** Which gallery photo is in view: the slide showing most of itself in the photo row, and its file. */
const photoInView = (page: Page) => page.locator('[data-slides]').evaluate((track) => {
  const row = track.getBoundingClientRect();
  const shown = [...track.children].map((slide) => {
    const box = slide.getBoundingClientRect();
    return Math.min(box.right, row.right) - Math.max(box.left, row.left);
  });
  const index = shown.indexOf(Math.max(...shown));
  return { index, src: track.children[index]?.querySelector('picture img')?.getAttribute('src') ?? '' };
});
const variantId = (page: Page, sku: string) => page.locator('[data-product]').evaluate((el, s) => (JSON.parse((el as HTMLElement).dataset.variants!) as { id: string; sku: string }[]).find((v) => v.sku === s)!.id, sku);
const quantityOf = async (page: Page, id: string) => (await cartLines(page)).find((l) => l.variantId === id)?.quantity ?? 0;
/** For what waits on the page's live stock request (adding to the cart does too) or a smooth scroll: on two busy cores that can take longer than a poll's default second. */
const LIVE = { timeout: 15_000 };
const setStock = (sku: string, stock: number) => shop.app.orm.em.fork().nativeUpdate(Variant, { sku }, { stock });

describe.skipIf(!available)('product page', () => {
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

  it('moves the gallery to the chosen colour’s photo and shows that variant’s price; a sold-out combination stays visible, struck and labelled', async () => {
    const soldOut = varied.variants.find((v) => !inStock(v))!;
    const sameMaterial = varied.variants.find((v) => v.material === soldOut.material && v.colour !== soldOut.colour && inStock(v))!;
    const sameColour = varied.variants.find((v) => v.colour === soldOut.colour && inStock(v))!;
    expect(sameColour.price).not.toBe(sameMaterial.price);
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const t = useT(lang);
        const where = `${lang} ${browser === phone ? 'phone' : 'desktop'}`;
        const page = await open(browser, `/${lang}/p/${varied.slug}/`);
        const price = page.locator('[data-price-now]');
        await radio(page, 'material', enumOf(sameMaterial.material)).check();
        await expect.poll(() => price.textContent(), { message: where }).toBe(formatPrice(sameMaterial.price, lang));

        await radio(page, 'colour', enumOf(soldOut.colour)).check();
        // The sold-out combination is not offered: the pick lands on that colour in a material that is in stock.
        await expect.poll(() => price.textContent(), { message: where }).toBe(formatPrice(sameColour.price, lang));
        expect(await page.locator('[data-sku]').textContent()).toBe(sameColour.sku);
        const photo = colours(varied).indexOf(soldOut.colour);
        await expect.poll(async () => (await photoInView(page)).index, { ...LIVE, message: where }).toBe(photo);
        expect((await photoInView(page)).src).toContain(`-${soldOut.colour}`);
        expect(await page.locator('[data-thumb]').nth(photo).getAttribute('aria-current')).toBe('true');

        const material = radio(page, 'material', enumOf(soldOut.material));
        expect(await material.isVisible()).toBe(true);
        expect(await material.evaluate((input) => input.closest('label')!.classList.contains('unavailable'))).toBe(true);
        expect(await page.getByRole('radio', { name: new RegExp(` — ${t('product.soldOut')}$`) }).count()).toBe(1);
        expect(await page.locator('.ui-chip.unavailable').evaluate((chip) => getComputedStyle(chip).textDecorationLine)).toBe('line-through');
        await page.close();
      }
    }
  });

  it('marks a width the chosen colour does not come in as unavailable in this combination', async () => {
    const colour = colours(gapped).find((c) => gapped.variants.some((v) => v.colour !== c && !gapped.variants.some((w) => w.colour === c && w.widthMm === v.widthMm)))!;
    const missingWidth = gapped.variants.find((v) => v.colour !== colour && !gapped.variants.some((w) => w.colour === colour && w.widthMm === v.widthMm))!.widthMm;
    for (const lang of LANGS) {
      const page = await open(desktop, `/${lang}/p/${gapped.slug}/`);
      await radio(page, 'colour', enumOf(colour)).check();
      const width = page.getByRole('radio', { name: `${useT(lang)('product.mm', { mm: missingWidth })} — ${useT(lang)('product.unavailable')}` });
      await expect.poll(() => width.count(), { message: lang }).toBe(1);
      expect(await width.isVisible()).toBe(true);
      await page.close();
    }
  });

  it('keeps the add-to-cart bar in reach on a phone, with nothing hidden behind it, and adds to the cart from it', async () => {
    for (const lang of LANGS) {
      const page = await open(phone, `/${lang}/p/${photographed.slug}/`);
      const bar = page.locator('[data-buy-bar]');
      const button = bar.locator('[data-add-to-cart]');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      const box = (await bar.boundingBox())!;
      expect(box.y + box.height, lang).toBeLessThanOrEqual(844 + 1);
      expect(box.y, lang).toBeGreaterThan(844 - 120);
      expect(await button.isVisible()).toBe(true);
      // Scrolled to the end, the page's last content sits above the bar.
      const footerBottom = await page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().bottom);
      expect(footerBottom, lang).toBeLessThanOrEqual(box.y + 1);

      const before = (await cartLines(page)).reduce((n, l) => n + l.quantity, 0);
      await expect.poll(() => button.isEnabled(), LIVE).toBe(true);
      await button.click();
      await expect.poll(async () => (await cartLines(page)).reduce((n, l) => n + l.quantity, 0), { ...LIVE, message: lang }).toBe(before + 1);
      await expect.poll(() => page.locator('[data-cart-count]').textContent(), { message: lang }).toBe(String(before + 1));
      expect(await page.locator('[data-added-status]').textContent()).toBe(useT(lang)('product.added'));
      await page.close();
    }
    // On a desktop the button sits in the page with the price, not in a bar over it.
    const page = await open(desktop, `/ru/p/${photographed.slug}/`);
    expect(await page.locator('[data-buy-bar]').evaluate((bar) => getComputedStyle(bar).position)).toBe('static');
    expect(await page.locator('[data-bar-price]').isVisible()).toBe(false);
    await page.close();
  });

  it('re-reads stock from the API on load: a variant sold out after the build shows sold out and cannot be added', async () => {
    const first = photographed.variants.find(inStock)!;
    const t = useT('ru');
    await setStock(first.sku, 0);
    try {
      for (const browser of [phone, desktop]) {
        const page = await open(browser, `/ru/p/${photographed.slug}/`);
        const gone = radio(page, 'widthMm', first.widthMm);
        await expect.poll(() => gone.evaluate((input) => input.closest('label')!.textContent), LIVE).toContain(t('product.soldOut'));
        // The page opened on it at build time; it now opens on the next variant in stock.
        expect(await gone.isChecked()).toBe(false);
        await expect.poll(() => page.locator('[data-add-to-cart]').isEnabled(), LIVE).toBe(true);

        await gone.check();
        await expect.poll(() => page.locator('[data-stock]').textContent()).toBe(t('product.soldOut'));
        expect(await page.locator('[data-add-to-cart]').isDisabled()).toBe(true);
        await page.close();
      }
    } finally {
      await setStock(first.sku, first.stock);
    }
  });

  it('picks a variant and adds it to the cart with the keyboard alone, with visible focus', async () => {
    const widths = photographed.variants.map((v) => v.widthMm).sort((a, b) => a - b);
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const page = await open(browser, `/${lang}/p/${photographed.slug}/`);
        const tabTo = async (selector: string) => {
          for (let i = 0; i < 80 && !(await page.evaluate((s) => document.activeElement?.matches(s), selector)); i++) await page.keyboard.press('Tab');
          expect(await page.evaluate((s) => document.activeElement?.matches(s), selector), selector).toBe(true);
        };
        const focusRing = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).outlineStyle, selector);

        await tabTo('input[name="widthMm"]');
        expect(await focusRing('.ui-chip:has(input:focus-visible)')).toBe('solid');
        const start = Number(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
        await page.keyboard.press(widths.indexOf(start) === 0 ? 'ArrowRight' : 'ArrowLeft');
        const chosen = photographed.variants.find((v) => v.widthMm === Number(start === widths[0] ? widths[1] : widths[widths.indexOf(start) - 1]))!;
        await expect.poll(() => page.locator('[data-sku]').textContent()).toBe(chosen.sku);

        const id = await variantId(page, chosen.sku);
        const before = await quantityOf(page, id);
        await tabTo('[data-add-to-cart]');
        expect(await focusRing('[data-add-to-cart]')).toBe('solid');
        await page.keyboard.press('Enter');
        await expect.poll(() => quantityOf(page, id), LIVE).toBe(before + 1);
        await page.close();
      }
    }
  });

  it('lists every variant with its price without JavaScript, and says adding needs it', async () => {
    const plain = await launchChromium({ ...PHONE, javaScriptEnabled: false });
    try {
      for (const lang of LANGS) {
        const page = await plain.context.newPage();
        await page.goto(`${shop.url}/${lang}/p/${varied.slug}/`);
        const rows = page.locator('.all-variants li');
        expect(await rows.count()).toBe(varied.variants.length);
        for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
        const text = (await rows.allTextContents()).join('\n');
        for (const v of varied.variants) expect(text).toContain(formatPrice(v.price, lang));
        expect(await page.locator('[data-add-to-cart]').isDisabled()).toBe(true);
        // Playwright's text search skips <noscript>, so the note is found by its class.
        const note = page.locator('.needs-js');
        expect(await note.textContent()).toBe(useT(lang)('product.needsJs'));
        expect(await note.isVisible()).toBe(true);
        // Every colour, width and material is still shown.
        for (const c of colours(varied)) expect(await radio(page, 'colour', enumOf(c)).count()).toBe(1);
        await page.close();
      }
    } finally {
      await plain.close();
    }
  });

  it('loads the first photo at once with high priority and the rest lazily, each with its size', async () => {
    const page = await open(phone, `/ru/p/${varied.slug}/`);
    const photos = await page.locator('[data-slides] img:not(.picture-placeholder)').evaluateAll((images) => images.map((img) => ({ width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), priority: img.getAttribute('fetchpriority') })));
    expect(photos).toHaveLength(colours(varied).length);
    expect(photos[0]).toEqual({ width: '1280', height: '1600', loading: 'eager', priority: 'high' });
    for (const later of photos.slice(1)) expect(later).toEqual({ width: '1280', height: '1600', loading: 'lazy', priority: null });
    for (const thumb of await page.locator('[data-thumb] img').all()) expect(await thumb.getAttribute('width')).toBeTruthy();
    await page.close();
  });

  it('has no serious or critical accessibility violations in light and dark, struck options included', async () => {
    const problems: string[] = [];
    for (const browser of [phone, desktop]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const lang of LANGS) {
          for (const product of [photographed, varied]) {
            const page = await browser.context.newPage();
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(`${shop.url}/${lang}/p/${product.slug}/`, { waitUntil: 'load' });
            if (product === varied) await radio(page, 'colour', enumOf(varied.variants.find((v) => !inStock(v))!.colour)).check();
            problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px ${p}`));
            await page.close();
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
