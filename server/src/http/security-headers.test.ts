import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { CSP_MANIFEST, writeCspManifest } from '../publishing/csp-manifest.js';
import { switchCurrent } from '../publishing/site-build.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { sendJsonError } from './http-utils.js';
import { API_POLICY } from './security-headers.js';

const PAYMENT_ORIGIN = 'https://pay.example.kz';
let app: TestApp;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The sources of one directive of a policy. */
function directive(policy: string | null, name: string): string[] | undefined {
  const found = (policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

/** A storefront build as site-build leaves it: pages with inline code, and the CSP manifest made from them. */
async function publish(buildId: string, inlineScript: string, options: { manifest?: string } = {}) {
  const dir = path.join(app.config.sitesDir, 'builds', buildId);
  const pages = {
    'ru/index.html': `<!doctype html><html lang="ru"><head><style>h1{color:navy}</style><script type="application/ld+json">{"@type":"Product"}</script></head><body><h1>Галстуки</h1><script>${inlineScript}</script><script type="module" src="/_astro/page.js"></script></body></html>`,
    'ru/404/index.html': '<!doctype html><html lang="ru"><h1>Страница не найдена</h1></html>',
    '404.html': '<!doctype html><h1>404</h1>',
  };
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  await writeCspManifest(dir, Object.keys(pages).map((file) => path.join(dir, file)), {});
  if (options.manifest !== undefined) writeFileSync(path.join(dir, CSP_MANIFEST), options.manifest);
  await switchCurrent(app.config.sitesDir, buildId);
}

function expectCommonHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/);
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

beforeAll(async () => {
  app = await startTestApp({ PAYMENT_FORM_ORIGINS: PAYMENT_ORIGIN, GRAPHQL_MAX_BODY_BYTES: '1000' });
  mkdirSync(app.config.mediaDir, { recursive: true });
  writeFileSync(path.join(app.config.mediaDir, 'tie.webp'), 'RIFF....WEBP');
  await publish('a', 'window.build = "a"');
});
afterAll(() => app.close());

describe('storefront pages', () => {
  it('carry a policy that allows exactly the inline code of the page served, Telegram and the payment form', async () => {
    const response = await fetch(`${app.url}/ru/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script>window.build = "a"</script>');
    const csp = response.headers.get('content-security-policy');
    expect(directive(csp, 'default-src')).toEqual(["'none'"]);
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://telegram.org/js/telegram-widget.js', hash('window.build = "a"')]);
    expect(directive(csp, 'style-src')).toEqual(["'self'", hash('h1{color:navy}')]);
    expect(directive(csp, 'img-src')).toEqual(["'self'", 'data:', 'https://t.me/i/userpic/']);
    expect(directive(csp, 'frame-src')).toEqual(['https://oauth.telegram.org']);
    expect(directive(csp, 'form-action')).toEqual(["'self'", PAYMENT_ORIGIN]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'", 'https://web.telegram.org', 'https://webk.telegram.org', 'https://webz.telegram.org']);
    expectCommonHeaders(response);
  });

  it('404 pages (a missing media file included) and the / redirect carry the storefront policy too', async () => {
    const storefront = (await fetch(`${app.url}/ru/`)).headers.get('content-security-policy');
    for (const [url, status] of [['/ru/no-such-page/', 404], ['/wp-login.php', 404], ['/media/no-such.webp', 404], ['/', 302]] as const) {
      const response = await fetch(app.url + url, { redirect: 'manual' });
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy'), url).toBe(storefront);
      expectCommonHeaders(response);
    }
  });

  it('never allow inline code by keyword, on any policy', async () => {
    const responses = [await fetch(`${app.url}/ru/`), await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }), await fetch(`${app.url}/healthz`)];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*/);
    }
  });

  it('switch hashes together with the build: a request gets the hashes of the build whose page it got', async () => {
    await publish('b', 'window.build = "b"');
    const response = await fetch(`${app.url}/ru/`);
    expect(await response.text()).toContain('window.build = "b"');
    const scripts = directive(response.headers.get('content-security-policy'), 'script-src');
    expect(scripts).toContain(hash('window.build = "b"'));
    expect(scripts).not.toContain(hash('window.build = "a"'));
    await switchCurrent(app.config.sitesDir, 'a');
    expect(directive((await fetch(`${app.url}/ru/`)).headers.get('content-security-policy'), 'script-src')).toContain(hash('window.build = "a"'));
  });

  it('a build whose manifest cannot be read answers 500 under the API policy', async () => {
    await publish('broken', 'window.build = "broken"', { manifest: '{ not json' });
    try {
      const response = await fetch(`${app.url}/ru/`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-security-policy')).toBe(API_POLICY);
      expectCommonHeaders(response);
    } finally {
      await switchCurrent(app.config.sitesDir, 'a');
    }
  });
});

describe('API, media and errors', () => {
  it('GraphQL answers, media files, health checks and error responses carry the API policy', async () => {
    const requests: [string, RequestInit, number][] = [
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ categories { slug } }' }) }, 200],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ categories { slug } } #${'x'.repeat(2000)}` }) }, 413],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, 415],
      ['/media/tie.webp', {}, 200],
      ['/healthz', {}, 200],
      ['/readyz', {}, 200],
      ['/graphql/playground/graphiql.js', {}, 200],
    ];
    for (const [url, init, status] of requests) {
      const response = await fetch(app.url + url, init);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy'), url).toBe("default-src 'none'; frame-ancestors 'none'");
      expectCommonHeaders(response);
    }
  });

  it('a JSON error replaces the policy a page handler set before it failed', () => {
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    sendJsonError(res, 500, 'Internal server error');
    expect(res.getHeader('content-security-policy')).toBe(API_POLICY);
  });

  it('the GraphiQL page gets its own policy: its own scripts, styles and API, no frames', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy');
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    const inlineStyle = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(directive(csp, 'style-src')).toEqual(["'self'", hash(inlineStyle)]);
    expect(html).not.toMatch(/<script>/);
    expectCommonHeaders(response);
  });
});

describe('configuration', () => {
  it('sends HSTS only in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: '1234567:production-test-token' });
    try {
      for (const url of ['/healthz', '/graphql/none']) {
        expect((await fetch(production.url + url)).headers.get('strict-transport-security'), url).toBe('max-age=31536000');
      }
    } finally {
      await production.close();
    }
    expect((await fetch(`${app.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('PAYMENT_FORM_ORIGINS takes comma-separated origins and refuses anything else', () => {
    expect(loadConfig({ PAYMENT_FORM_ORIGINS: '' }).paymentFormOrigins).toEqual([]);
    expect(loadConfig({ PAYMENT_FORM_ORIGINS: 'https://pay.example.kz, https://Pay.Kaspi.kz/ , http://localhost:4200' }).paymentFormOrigins).toEqual(['https://pay.example.kz', 'https://pay.kaspi.kz', 'http://localhost:4200']);
    for (const bad of ['https://pay.example.kz/checkout', 'pay.example.kz', '*', 'https://*.kaspi.kz', "'self'", 'javascript:alert(1)', 'https://pay.example.kz?x=1', 'https://u:p@pay.example.kz']) {
      expect(() => loadConfig({ PAYMENT_FORM_ORIGINS: bad }), bad).toThrow(ConfigError);
    }
  });
});
