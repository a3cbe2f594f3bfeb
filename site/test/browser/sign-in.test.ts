/**
 * Telegram sign-in in a real Chromium: the storefront built from an API that runs in development mode
 * against the Telegram simulator (so `telegramSignIn.simulatorLoginUrl` points at it), one origin as
 * `npm start` serves it. Skipped with a message when no Chromium is installed, except under CI=true.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramSimulator, type TelegramSimulator } from '../../../infra/simulators/telegram/telegram-simulator.js';
import { DEVELOPMENT_BOT_TOKEN, DEVELOPMENT_OWNER_ID } from '../../../server/src/config.js';
import { seedProducts } from '../../../server/src/db/seed/catalog-data.js';
import { signWebAppInitData } from '../../../server/src/users/telegram-auth.js';
import { accessibilityProblems } from '../support/accessibility.js';
import { chromiumForSuite, launchChromium, type Browser } from '../support/browser.js';
import { startStorefront, type Storefront } from '../support/storefront.js';

const available = chromiumForSuite('sign-in');

const product = seedProducts.find((p) => p.categorySlug === 'classic-silk' && p.variants.filter((v) => v.stock > 2).length >= 2)!;
let telegram: TelegramSimulator;
let shop: Storefront;
let browser: Browser;

const account = (page: Page) => page.locator('[data-account]');
const headerSignIn = (page: Page) => page.locator('[data-account] a[data-sign-in]');
const headerName = (page: Page) => page.locator('[data-account-name]');

/** A fresh page with no session cookie and an empty sessionStorage. */
async function freshPage(): Promise<Page> {
  await browser.context.clearCookies();
  return browser.context.newPage();
}

describe.skipIf(!available)('Telegram sign-in in Chromium', () => {
  beforeAll(async () => {
    telegram = await startTelegramSimulator({ botToken: DEVELOPMENT_BOT_TOKEN, ownerTelegramId: DEVELOPMENT_OWNER_ID });
    shop = await startStorefront({ env: { NODE_ENV: 'development', TELEGRAM_API_BASE: telegram.url } });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await telegram?.stop();
  });

  it('signs in through the simulator from the storefront, shows the name, opens the profile and signs out', async () => {
    const page = await freshPage();
    await page.goto(`${shop.url}/ru/c/classic-silk/`);
    await expect.poll(() => account(page).getAttribute('data-state')).toBe('signedOut');
    expect(await headerSignIn(page).getAttribute('href')).toMatch(new RegExp(`^${telegram.url}/login\\?return_to=`));

    await headerSignIn(page).click();
    await page.waitForURL(`${telegram.url}/login?**`);
    await page.getByRole('link', { name: /Дмитрий Иванов/ }).click();

    await page.waitForURL(`${shop.url}/ru/c/classic-silk/`);
    await expect.poll(() => headerName(page).textContent()).toBe('Дмитрий Иванов');
    expect(await headerSignIn(page).isVisible()).toBe(false);
    const cookie = (await browser.context.cookies(shop.url)).find((c) => c.name === 't1eup_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.locator('[data-account-me]').click();
    await page.waitForURL(`${shop.url}/ru/profile/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    const profile = page.locator('[data-profile]');
    await expect.poll(() => profile.locator('[data-profile-name]').textContent()).toBe('Дмитрий Иванов');
    expect(await profile.locator('[data-profile-username]').textContent()).toBe('@dmitry_ivanov');
    expect(await profile.locator('[data-profile-role]').textContent()).toBe('Покупатель');
    expect(await profile.locator('[data-profile-since]').textContent()).toMatch(/\d{4}/);
    expect(await profile.locator('[data-orders-empty]').textContent()).toMatch(/Заказов пока нет/);

    await page.getByRole('button', { name: 'Выйти', exact: true }).click();
    await expect.poll(() => headerSignIn(page).isVisible()).toBe(true);
    expect(await headerName(page).isVisible()).toBe(false);
    expect(await profile.locator('[data-profile-status]').textContent()).toBe('Вы вышли из аккаунта.');
    expect(await profile.locator('section[data-when="signedOut"] a[data-sign-in]').isVisible()).toBe(true);
    expect((await browser.context.cookies(shop.url)).some((c) => c.name === 't1eup_session')).toBe(false);

    await page.goto(`${shop.url}/ru/`);
    await expect.poll(() => account(page).getAttribute('data-state')).toBe('signedOut');
    await page.close();
  });

  it('the cart’s "Checkout" leads a signed-out shopper through Telegram sign-in and back to checkout', async () => {
    const page = await freshPage();
    await page.goto(`${shop.url}/en/p/${product.slug}/`);
    await page.locator('[data-add-to-cart]').click();
    await expect.poll(() => page.locator('[data-cart-count]').textContent()).toBe('1');
    await page.goto(`${shop.url}/en/cart/`);
    await page.getByRole('link', { name: 'Checkout' }).click();
    await page.waitForURL(`${shop.url}/en/checkout/`);
    // The checkout's sign-in link goes straight to Telegram (here its simulator), with checkout as the way back.
    const button = page.locator('main a[data-sign-in]');
    await expect.poll(() => button.getAttribute('href')).toMatch(new RegExp(`^${telegram.url}/login`));
    await button.click();
    await page.getByRole('link', { name: /Айгерім Серікқызы/ }).click();
    await page.waitForURL(`${shop.url}/en/checkout/`);
    await expect.poll(() => headerName(page).textContent()).toBe('Айгерім Серікқызы');

    // Already signed in, the sign-in page sends the shopper straight on.
    await page.goto(`${shop.url}/en/sign-in/?next=${encodeURIComponent('/en/catalog/')}`);
    await page.waitForURL(`${shop.url}/en/catalog/`);
    // Hostile `next` values never leave the site: the shopper lands on the profile instead.
    for (const next of ['//evil.example/', '/.//evil.example/', '/%2e//evil.example/', '/\\evil.example/', '%2F%2Fevil.example', 'javascript:alert(1)', 'https://evil.example/', '/\t/evil.example/']) {
      await page.goto(`${shop.url}/en/sign-in/?next=${encodeURIComponent(next)}`);
      await page.waitForURL(`${shop.url}/en/profile/`);
    }
    await page.close();
  });

  it('refuses forged widget data with a localized reason and never redirects off-site', async () => {
    const page = await freshPage();
    const forged = new URLSearchParams({ id: '5000000001', first_name: 'Дмитрий', auth_date: String(Math.floor(Date.now() / 1000)), hash: '0'.repeat(64), next: 'https://evil.example/' });
    await page.goto(`${shop.url}/kk/auth/telegram/?${forged}`);
    const error = page.locator('[data-callback-error]');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.locator('[data-callback-message]').textContent()).toBe('Telegram кіруді растамады. Қайталап көріңіз.');
    expect(await error.locator('[data-callback-code]').textContent()).toBe('Қате коды: bad_hash');
    expect(new URL(page.url()).search).toBe(`?next=${encodeURIComponent('/kk/profile/')}`);
    await expect.poll(() => account(page).getAttribute('data-state')).toBe('signedOut');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto(`${shop.url}/en/sign-in/`);
    await expect.poll(() => account(page).getAttribute('data-state')).toBe('signedOut');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('inside Telegram’s web client (a cross-site frame) stays signed in across page loads after the initData window', async () => {
    await browser.context.clearCookies();
    const maxAge = shop.app.config.telegram.authMaxAgeSeconds;
    // initData a few seconds short of stale: it signs in now and is refused soon after.
    const authDate = Math.floor(Date.now() / 1000) - maxAge + 15;
    const initData = signWebAppInitData({ user: JSON.stringify({ id: 5000000020, first_name: 'Асель', last_name: 'Нұрланқызы' }), auth_date: String(authDate), query_id: 'frame' }, DEVELOPMENT_BOT_TOKEN);
    const launch = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: '8.0', tgWebAppPlatform: 'weba' });
    const telegramWeb = 'https://web.telegram.org';
    // The test shop runs on loopback; Chromium lets a public site frame it only with this permission.
    await browser.context.grantPermissions(['local-network-access'], { origin: telegramWeb });
    const page = await browser.context.newPage();
    await page.route(`${telegramWeb}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Telegram</title><iframe name="app" src="${shop.url}/ru/#${launch}" style="width:390px;height:700px"></iframe>` }),
    );
    await page.goto(`${telegramWeb}/k/`);
    const app = page.frameLocator('iframe[name="app"]');
    await expect.poll(() => app.locator('[data-account-name]').textContent(), { timeout: 10_000 }).toBe('Асель Нұрланқызы');

    const signInAgain = () => fetch(`${shop.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($d: String!) { signInWithTelegramWebApp(initData: $d) { sessionExpiresAt } }', variables: { d: initData } }) })
      .then((r) => r.json() as Promise<{ errors?: { extensions?: { reason?: string } }[] }>);
    await expect.poll(async () => (await signInAgain()).errors?.[0]?.extensions?.reason, { timeout: 30_000, interval: 1000 }).toBe('expired');

    const frame = page.frame({ name: 'app' })!;
    for (const path of ['/ru/catalog/', '/ru/profile/']) {
      // Chromium blocks storage in this third-party frame, so no cached viewer can stand in for the cookie.
      expect(await frame.evaluate(() => { try { return typeof sessionStorage.getItem('t1eup.viewer'); } catch { return 'blocked'; } })).toBe('blocked');
      await frame.goto(`${shop.url}${path}`);
      await expect.poll(() => app.locator('[data-account-name]').textContent(), { timeout: 10_000 }).toBe('Асель Нұрланқызы');
      const me = await frame.evaluate(() => fetch('/graphql', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { firstName } }' }) }).then((r) => r.json()));
      expect(me).toEqual({ data: { me: { firstName: 'Асель' } } });
    }
    // The cookie lives in web.telegram.org's partition: the shop opened on its own is signed out.
    const direct = await browser.context.newPage();
    await direct.goto(`${shop.url}/ru/`);
    await expect.poll(() => account(direct).getAttribute('data-state')).toBe('signedOut');
    await direct.close();
    await page.close();
  });

  it('inside Telegram (Mini App) signs in from #tgWebAppData and strips the fragment', async () => {
    const page = await freshPage();
    const query = new URLSearchParams({ id: '5000000002', first_name: 'Айгерім', last_name: 'Серікқызы', username: 'aigerim_s', language_code: 'kk' });
    const { initData } = (await (await fetch(`${telegram.url}/webapp/init-data?${query}`)).json()) as { initData: string };
    const launch = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: '8.0', tgWebAppPlatform: 'web' });
    await page.goto(`${shop.url}/ru/#${launch}`);
    await expect.poll(() => headerName(page).textContent()).toBe('Айгерім Серікқызы');
    expect(page.url()).toBe(`${shop.url}/ru/`);
    await page.locator('[data-account-me]').click();
    await page.waitForURL(`${shop.url}/ru/profile/`);
    await expect.poll(() => page.locator('[data-profile-username]').textContent()).toBe('@aigerim_s');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
