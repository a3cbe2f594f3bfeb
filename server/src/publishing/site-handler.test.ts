import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteHandler } from './site-handler.js';

let sitesDir: string;
let server: Server;
let base: string;

function write(root: string, file: string, content: string, compress = true) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  if (compress) writeFileSync(path.join(root, file + '.br'), brotliCompressSync(content));
}

beforeAll(async () => {
  sitesDir = mkdtempSync(path.join(os.tmpdir(), 't1eup-sites-'));
  const build = path.join(sitesDir, 'builds', 'b1');
  write(build, 'ru/index.html', '<h1>Главная</h1>'.repeat(50));
  write(build, 'kk/index.html', '<h1>Басты бет</h1>');
  write(build, 'ru/p/silk/index.html', '<h1>Шёлковый галстук</h1>');
  write(build, 'ru/404/index.html', '<h1>Страница не найдена</h1>');
  write(build, 'en/404/index.html', '<h1>Page not found</h1>');
  write(build, '404.html', '<h1>404</h1>');
  write(build, '_astro/cart.AbC123.js', 'console.log("cart")'.repeat(20));
  write(build, 'sitemap.xml', '<urlset/>', false);
  symlinkSync(path.join('builds', 'b1'), path.join(sitesDir, 'current'));
  const handle = createSiteHandler(sitesDir, () => "default-src 'none'");
  server = createServer((req, res) => {
    void handle(req, res, new URL(req.url ?? '/', 'http://localhost')).then((handled) => {
      if (!handled) {
        res.statusCode = 418;
        res.end('not handled');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(sitesDir, { recursive: true, force: true });
});

describe('storefront handler', () => {
  it('redirects / to the shopper language from Accept-Language, falling back to ru', async () => {
    const kk = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'kk-KZ,ru;q=0.8,en;q=0.5' } });
    expect(kk.status).toBe(302);
    expect(kk.headers.get('location')).toBe('/kk/');
    expect(kk.headers.get('vary')).toBe('Accept-Language');
    const en = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'de-DE,en;q=0.7,ru;q=0.3' } });
    expect(en.headers.get('location')).toBe('/en/');
    const none = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'fr' } });
    expect(none.headers.get('location')).toBe('/ru/');
    const weighted = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'en;q=0.4, ru;q=0.9' } });
    expect(weighted.headers.get('location')).toBe('/ru/');
    const missing = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': '' } });
    expect(missing.headers.get('location')).toBe('/ru/');
  });

  it('serves directory pages with revalidation and answers If-None-Match with 304', async () => {
    const first = await fetch(`${base}/ru/p/silk`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await first.text()).toContain('Шёлковый галстук');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/ru/p/silk/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const since = await fetch(`${base}/ru/p/silk/`, { headers: { 'if-modified-since': first.headers.get('last-modified')! } });
    expect(since.status).toBe(304);
  });

  it('sends the brotli sibling to clients that accept br', async () => {
    const response = await fetch(`${base}/ru/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    expect(await response.text()).toContain('Главная');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${base}/ru/`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject),
      );
    });
    expect(raw.encoding).toBe('br');
    expect(brotliDecompressSync(raw.body).toString()).toContain('Главная');
  });

  it('answers HEAD with headers only', async () => {
    const response = await fetch(`${base}/ru/`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it('caches hashed assets immutably', async () => {
    const response = await fetch(`${base}/_astro/cart.AbC123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers unknown paths with the locale 404 page and status 404', async () => {
    const ru = await fetch(`${base}/ru/p/no-such-tie/`);
    expect(ru.status).toBe(404);
    expect(await ru.text()).toContain('Страница не найдена');
    const en = await fetch(`${base}/en/whatever`);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
    const other = await fetch(`${base}/wp-login.php`);
    expect(other.status).toBe(404);
    expect(await other.text()).toContain('404');
    expect((await fetch(`${base}/ru/p/..%2f..%2f..%2fetc/passwd`)).status).toBe(404);
  });

  it('leaves non-GET requests and a missing build to the caller', async () => {
    expect((await fetch(`${base}/ru/`, { method: 'POST' })).status).toBe(418);
    const empty = mkdtempSync(path.join(os.tmpdir(), 't1eup-nosite-'));
    const handled = await createSiteHandler(empty, () => '')({ method: 'GET', headers: {} } as never, {} as never, new URL('http://x/ru/'));
    expect(handled).toBe(false);
    rmSync(empty, { recursive: true });
  });
});
