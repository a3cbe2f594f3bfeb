import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';
import { buildSite, pruneBuilds, switchCurrent } from './site-build.js';

let app: TestApp;
let sitesDir: string;

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  const ties = await makeCategory(em, { slug: 'ties', name: text('Галстуки', 'Галстуктар', 'Ties') });
  await makeProduct(em, { slug: 'navy-silk', category: ties, featured: true, name: text('Тёмно-синий шёлковый галстук', 'Қою көк жібек галстук', 'Navy silk tie'), variants: [{ colour: 'navy', price: 1_599_000 }, { colour: 'black', material: 'wool', stock: 0 }] });
  await makeProduct(em, { slug: 'red-knit', category: ties, name: text('Красный вязаный галстук', 'Қызыл тоқыма галстук', 'Red knit tie'), variants: [{ colour: 'red', material: 'knit-silk', widthMm: 55 }] });
  // The app's own sitesDir, so the app serves what is built here.
  sitesDir = app.config.sitesDir;
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(sitesDir, { recursive: true, force: true });
});

describe('buildSite', () => {
  it('builds all locales from the live API, pre-compresses and switches current', async () => {
    const result = await buildSite({ apiUrl: app.url, sitesDir });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(readlinkSync(path.join(sitesDir, 'current'))).toBe(path.join('builds', result.buildId));
    expect(result.pages).toBeGreaterThan(20);
    for (const lang of ['ru', 'kk', 'en']) expect(existsSync(path.join(result.dir, lang, 'p', 'navy-silk', 'index.html'))).toBe(true);
    expect(readFileSync(path.join(result.dir, 'kk', 'p', 'navy-silk', 'index.html'), 'utf8')).toContain('Қою көк жібек галстук');
    expect(existsSync(path.join(result.dir, 'ru', 'index.html.br'))).toBe(true);
    expect(existsSync(path.join(result.dir, 'ru', 'index.html.gz'))).toBe(true);
    expect(existsSync(path.join(result.dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 180_000);

  it('serves pages under a policy that carries the hashes of the inline code they contain', async () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    // The cart page has the most inline code: Astro's island bootstrap scripts and the inlined styles.
    for (const page of ['/ru/cart/', '/kk/p/navy-silk/']) {
      const response = await fetch(app.url + page);
      expect(response.status).toBe(200);
      const html = await response.text();
      const policy = response.headers.get('content-security-policy') ?? '';
      const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
      const styleSources = /style-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
      expect(scriptSources).not.toContain("'unsafe-inline'");
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      if (page === '/ru/cart/') expect(scripts.length).toBeGreaterThan(0);
      expect(styles.length).toBeGreaterThan(0);
      for (const script of scripts) expect(scriptSources).toContain(hash(script));
      for (const style of styles) expect(styleSources).toContain(hash(style));
    }
  });

  it('a failed build (API down) keeps the previous site live and reports why', async () => {
    const before = readlinkSync(path.join(sitesDir, 'current'));
    const result = await buildSite({ apiUrl: `http://127.0.0.1:${await closedPort()}`, sitesDir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/ECONNREFUSED|fetch failed|connect/i);
    expect(readlinkSync(path.join(sitesDir, 'current'))).toBe(before);
    expect(existsSync(path.join(sitesDir, before, 'ru', 'index.html'))).toBe(true);
  }, 180_000);
});

describe('build retention', () => {
  it('keeps the newest builds and never deletes the live one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 't1eup-prune-'));
    for (const id of ['20260101T000000-a', '20260102T000000-b', '20260103T000000-c', '20260104T000000-d', '20260105T000000-e']) mkdirSync(path.join(dir, 'builds', id), { recursive: true });
    await switchCurrent(dir, '20260101T000000-a');
    const deleted = await pruneBuilds(dir, 3);
    expect(deleted.sort()).toEqual(['20260102T000000-b']);
    expect(readlinkSync(path.join(dir, 'current'))).toBe(path.join('builds', '20260101T000000-a'));
    rmSync(dir, { recursive: true, force: true });
  });
});
