/**
 * The cart sheet on a phone (390×844) and a desktop (1366×900), in Russian and Kazakh: it opens from the
 * header's cart icon with its code fetched only then, steps quantities within the stock the API reports,
 * removes lines down to the empty state, works from the keyboard alone, passes axe in light and dark, and
 * the icon stays a link to the cart page without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import kk from '../../src/i18n/kk.json';
import ru from '../../src/i18n/ru.json';
import { STORAGE_KEY, type CartLine } from '../../src/features/cart/cart';
import { checkoutPath } from '../../src/features/cart/checkout';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

/** expect.poll with room for a busy two-core machine: a sheet's first opening fetches its code. */
const eventually = <T>(read: () => Promise<T> | T, message?: string) => expect.poll(read, { timeout: 10_000, message });

const available = chromiumForSuite('cart sheet');

const STRINGS = { ru, kk };
const LANGS = ['ru', 'kk'] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, isMobile: false };
/** A roomy variant of the one photographed product, and a scarce variant of another. */
const roomy = seedProducts.find((p) => p.categorySlug === 'classic-silk' && p.variants.filter((v) => v.stock > 2).length >= 2)!;
const scarce = seedProducts.find((p) => p !== roomy && p.variants.some((v) => v.stock > 1 && v.stock < 6))!;

let shop: Storefront;
let phone: Browser;
let desktop: Browser;
let lines: CartLine[];

interface ApiProduct { name: string; images: { srcset: string }[]; variants: { id: string; sku: string; price: number; stock: number; colourName: string }[] }

async function cartLine(slug: string, pick: (v: ApiProduct['variants'][number]) => boolean, quantity: number): Promise<CartLine> {
  const { data } = await shop.app.graphql<{ product: ApiProduct }>(
    'query($slug: String!) { product(slug: $slug, locale: ru) { name images { srcset(format: WEBP) } variants { id sku price stock colourName } } }',
    { slug },
  );
  const product = data!.product;
  const variant = product.variants.find(pick)!;
  return { variantId: variant.id, quantity, productSlug: slug, name: product.name, variantLabel: variant.colourName, price: variant.price, image: product.images[0]?.srcset.split(',')[0]!.trim().split(/\s+/)[0] };
}

/** Opens a page with these lines in the stored cart, as a shopper who added them earlier. */
async function withCart(browser: Browser, path: string, stored: CartLine[]): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(shop.url + path, { waitUntil: 'load' });
  await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [STORAGE_KEY, JSON.stringify(stored)]);
  await page.reload({ waitUntil: 'networkidle' });
  return page;
}

const sheet = (page: Page) => page.locator('dialog[data-cart-sheet]');
const sheetLines = (page: Page) => sheet(page).locator('li[data-variant-id]');
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const tenge = (tiyn: number) => Math.round(tiyn / 100);
const badge = (page: Page) => page.locator('[data-cart-count]');
const fill = (template: string, name: string) => template.replace('{{name}}', name);
const active = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', inSheet: !!el?.closest('dialog[data-cart-sheet]'), cartLink: el?.hasAttribute('data-cart-link') ?? false, visible: el?.matches(':focus-visible') ?? false };
});

/** Presses Tab (Shift+Tab backwards) until the focused element satisfies the test, as a keyboard user would. */
async function tabTo(page: Page, wanted: (focus: Awaited<ReturnType<typeof active>>) => boolean, backwards = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (wanted(await active(page))) return;
  }
  throw new Error(`focus never reached the wanted element; last: ${JSON.stringify(await active(page))}`);
}

describe.skipIf(!available)('cart sheet', () => {
  beforeAll(async () => {
    shop = await startStorefront();
    phone = await launchChromium(PHONE);
    desktop = await launchChromium(DESKTOP);
    lines = [await cartLine(roomy.slug, (v) => v.stock > 10, 1), await cartLine(scarce.slug, (v) => v.stock > 1 && v.stock < 6, 1)];
  }, 300_000);

  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await shop?.close();
  });

  it('opens from the header icon, fetching its code only then, and steps and removes lines down to the empty state', async () => {
    for (const browser of [phone, desktop]) {
      for (const lang of LANGS) {
        const requests: string[] = [];
        const page = await browser.context.newPage();
        const where = `${lang} ${page.viewportSize()?.width}px`;
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(`${shop.url}/${lang}/`, { waitUntil: 'load' });
        await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [STORAGE_KEY, JSON.stringify(lines)]);
        await page.reload({ waitUntil: 'networkidle' });
        expect(requests.filter((url) => /cart-sheet/.test(url)), `${where}: sheet code before first use`).toEqual([]);
        // Nor did the sheet's code arrive inside another file: it would have rendered the lines already.
        expect(await sheet(page).locator('li').count(), where).toBe(0);
        expect(await sheet(page).isVisible()).toBe(false);

        const refreshed = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('CartVariants'));
        await page.locator('header a[data-cart-link]').click();
        await eventually(() => sheet(page).isVisible()).toBe(true);
        await refreshed;
        expect(requests.some((url) => /cart-sheet/.test(url)), where).toBe(true);
        expect(page.url(), `${where}: the click stays on the page`).toBe(`${shop.url}/${lang}/`);

        // Each line: its small photo, name, variant and unit price.
        await eventually(() => sheetLines(page).count()).toBe(2);
        const first = sheetLines(page).first();
        expect(await first.locator('img').getAttribute('src')).toMatch(/-320\.webp$/);
        await eventually(() => first.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        const name = roomy.name[lang] || roomy.name.ru;
        await eventually(() => first.locator('[data-name]').textContent()).toBe(name);
        expect(await first.locator('[data-variant]').textContent()).toMatch(/\d+/);
        expect(digits(await first.locator('[data-price]').textContent())).toBe(tenge(lines[0]!.price));
        const subtotal = sheet(page).locator('[data-cart-sheet-subtotal]');
        await eventually(async () => digits(await subtotal.textContent())).toBe(tenge(lines[0]!.price + lines[1]!.price));

        // + changes the quantity, the subtotal and the header's count.
        const strings = STRINGS[lang].cart;
        await first.getByRole('button', { name: fill(strings.increaseOf, name) }).click();
        await eventually(() => first.locator('output').textContent()).toBe('2');
        await eventually(async () => digits(await subtotal.textContent())).toBe(tenge(2 * lines[0]!.price + lines[1]!.price));
        await eventually(() => badge(page).textContent()).toBe('3');

        // The scarce line stops at the stock the API reported.
        const second = sheetLines(page).nth(1);
        const plus = second.locator('button[data-step="1"]');
        const stock = scarce.variants.find((v) => v.stock > 1 && v.stock < 6)!.stock;
        // Playwright refuses to click an aria-disabled button; force makes sure a click past the bound does nothing.
        for (let i = 1; i < stock + 2; i++) await plus.click({ force: true });
        await eventually(() => second.locator('output').textContent()).toBe(String(stock));
        expect(await plus.getAttribute('aria-disabled')).toBe('true');

        // Removing a line updates count and subtotal; the last removal shows the empty state.
        await second.locator('button[data-remove]').click();
        await eventually(() => sheetLines(page).count()).toBe(1);
        await eventually(() => badge(page).textContent()).toBe('2');
        await eventually(async () => digits(await subtotal.textContent())).toBe(tenge(2 * lines[0]!.price));
        await first.locator('button[data-remove]').click();
        await eventually(() => sheetLines(page).count()).toBe(0);
        expect(await sheet(page).locator('[data-cart-sheet-empty]').isVisible()).toBe(true);
        expect(await sheet(page).locator('[data-cart-sheet-summary]').isVisible()).toBe(false);
        expect(await badge(page).isVisible()).toBe(false);
        expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('[]');
        await page.close();
      }
    }
  }, 180_000);

  it('has a checkout button that leads to the checkout target and a continue-shopping button that closes', async () => {
    const page = await withCart(desktop, '/kk/', lines);
    // A click that leaves the link unfocused, as Safari's does: closing must still bring focus back to the icon.
    await page.locator('header a[data-cart-link]').hover();
    await page.evaluate(() => document.querySelector('a[data-cart-link]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await eventually(() => sheet(page).isVisible()).toBe(true);
    const checkout = sheet(page).getByRole('link', { name: kk.cart.checkout });
    expect(await checkout.getAttribute('href')).toBe(checkoutPath('kk'));
    await sheet(page).locator('[data-cart-sheet-summary]').getByRole('button', { name: kk.cart.continue }).click();
    await eventually(() => sheet(page).isVisible()).toBe(false);
    await eventually(async () => (await active(page)).cartLink).toBe(true);
    await page.locator('header a[data-cart-link]').click();
    await checkout.click();
    await page.waitForURL(shop.url + checkoutPath('kk'));
    await page.close();
  });

  it('works from the keyboard alone: open, step, remove, Escape, and focus returns to the icon', async () => {
    for (const lang of LANGS) {
      const page = await withCart(phone, `/${lang}/`, lines);
      const strings = STRINGS[lang].cart;
      const name = roomy.name[lang] || roomy.name.ru;
      await tabTo(page, (f) => f.cartLink);
      await page.keyboard.press('Enter');
      await eventually(() => sheet(page).isVisible()).toBe(true);
      await eventually(async () => (await active(page)).inSheet).toBe(true);

      await tabTo(page, (f) => f.label === fill(strings.increaseOf, name));
      expect((await active(page)).visible, 'focus is visible').toBe(true);
      await page.keyboard.press('Enter');
      await eventually(() => sheetLines(page).first().locator('output').textContent()).toBe('2');
      await page.keyboard.press('Space');
      await eventually(() => sheetLines(page).first().locator('output').textContent()).toBe('3');

      await tabTo(page, (f) => f.label === fill(strings.removeOf, name), true);
      await page.keyboard.press('Enter');
      await eventually(() => sheetLines(page).count()).toBe(1);
      // Focus stays in the sheet, on the remaining line's remove button.
      const scarceName = scarce.name[lang] || scarce.name.ru;
      expect((await active(page)).label).toBe(fill(strings.removeOf, scarceName));
      await page.keyboard.press('Enter');
      await eventually(() => sheetLines(page).count()).toBe(0);
      expect((await active(page)).label).toBe(strings.continue);

      await page.keyboard.press('Escape');
      await eventually(() => sheet(page).isVisible()).toBe(false);
      await eventually(async () => (await active(page)).cartLink).toBe(true);
      await page.close();
    }
  });

  it('keeps the icon a link to the cart page without JavaScript', async () => {
    const noJs = await launchChromium({ ...PHONE, javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${shop.url}/ru/`);
      await page.locator('header a[data-cart-link]').click();
      await page.waitForURL(`${shop.url}/ru/cart/`);
      expect(await page.locator('h1').textContent()).toBe(ru.cart.title);
    } finally {
      await noJs.close();
    }
  });

  it('has no serious or critical accessibility violations, open with lines and empty, in light and dark', async () => {
    const problems: string[] = [];
    for (const browser of [phone, desktop]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const stored of [lines, []]) {
          const page = await browser.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${shop.url}/kk/`, { waitUntil: 'load' });
          await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [STORAGE_KEY, JSON.stringify(stored)]);
          await page.reload({ waitUntil: 'networkidle' });
          await page.locator('header a[data-cart-link]').click();
          await eventually(() => sheet(page).isVisible()).toBe(true);
          if (stored.length) await eventually(() => sheetLines(page).first().locator('[data-name]').textContent()).toBe(roomy.name.kk);
          await page.waitForTimeout(300); // the slide-in animation, so contrast is measured on the final colours
          problems.push(...(await accessibilityProblems(page)).map((p) => `${scheme} ${page.viewportSize()?.width}px ${stored.length} lines: ${p}`));
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
