/**
 * Measures the storefront build (part of `npm run bench`; alone: `npx tsx site/scripts/bench-build.ts 1000 10000`).
 * For each product count: a throwaway embedded PostgreSQL with the deterministic large catalog (images
 * rendered into a shared cache dir so reruns are "warm"), the real API, then buildSite. Prints pages,
 * seconds, pages/s and what a product page downloads (JS and HTML+CSS, brotli).
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/src/app.js';
import { loadConfig, repoRoot } from '../../server/src/config.js';
import { createDatabaseIfMissing, withDatabase } from '../../server/src/db/database.js';
import { startEmbeddedCluster } from '../../server/src/db/embedded-postgres.js';
import { generateLargeCatalog } from '../../server/src/db/seed/large-catalog.js';
import { seedCatalog } from '../../server/src/db/seed/seed.js';
import { createLogger } from '../../server/src/logger.js';
import { buildSite } from '../../server/src/publishing/site-build.js';

const CHROMIUM = '/usr/bin/chromium';
const LIGHTHOUSE_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');

const freePort = () => new Promise<number>((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); }); });

/** Bytes (brotli) of the scripts and the HTML a built page references; CSS is inlined into the HTML. */
export function pageWeight(buildDir: string, pagePath: string): { jsBytes: number; htmlCssBytes: number; scripts: string[] } {
  const file = path.join(buildDir, pagePath, 'index.html');
  const html = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(path.join(buildDir, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(src), m[1]!));
  }
  const jsBytes = [...seen].reduce((sum, s) => sum + statSync(path.join(buildDir, s) + '.br').size, 0);
  return { jsBytes, htmlCssBytes: statSync(file + '.br').size, scripts: [...seen] };
}

/** Lighthouse (mobile emulation) on a served page, with Debian's Chromium; undefined when there is none. */
async function lighthouse(url: string): Promise<Record<string, number> | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const out = path.join(os.tmpdir(), `t1eup-lighthouse-${process.pid}.json`);
  const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  // Asynchronous: this process also serves the page Lighthouse loads.
  await promisify(execFile)(process.execPath, [LIGHTHOUSE_CLI, url, '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'], {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
  rmSync(out);
  return Object.fromEntries(Object.entries(report.categories).map(([name, category]) => [name, Math.round(category.score * 100)]));
}

const logger = createLogger('warn', false);
const buildLogger = createLogger('info', false);
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const imageCache = path.join(os.tmpdir(), 't1eup-bench-media');
const results: Record<string, unknown>[] = [];
for (const productCount of counts.length ? counts : [1000]) {
  const work = mkdtempSync(path.join(os.tmpdir(), 't1eup-bench-site-'));
  const cluster = await startEmbeddedCluster({ dataDir: path.join(work, 'pg'), port: await freePort(), logger, ephemeral: true });
  try {
    await createDatabaseIfMissing(cluster.url, 'bench');
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: work, LOG_LEVEL: 'warn' });
    config.mediaDir = imageCache;
    const app = await createApp({ config, logger, databaseUrl: withDatabase(cluster.url, 'bench'), runOutboxWorker: false });
    try {
      await seedCatalog(app.orm.em.fork(), generateLargeCatalog(productCount), { mediaDir: imageCache, renderImages: true });
      // The app serves config.sitesDir, so the page Lighthouse loads is the one just built.
      const result = await buildSite({ apiUrl: app.url, sitesDir: config.sitesDir, logger: buildLogger });
      if (!result.ok) throw new Error(result.error);
      const first = readFileSync(path.join(result.dir, 'sitemap.xml'), 'utf8').match(/\/ru\/p\/[^<"/]+\//)![0];
      const weight = pageWeight(result.dir, first);
      const row = {
        productCount,
        pages: result.pages,
        seconds: +(result.durationMs / 1000).toFixed(1),
        pagesPerSecond: Math.round(result.pages / (result.durationMs / 1000)),
        productPage: first,
        productPageJsBytesBrotli: weight.jsBytes,
        productPageHtmlCssBytesBrotli: weight.htmlCssBytes,
        lighthouseMobile: await lighthouse(app.url + first),
      };
      console.log(JSON.stringify(row));
      results.push(row);
    } finally {
      await app.stop();
    }
  } finally {
    await cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

console.log('\nStorefront build (3 locales, listings, images, Pagefind index, brotli + gzip)');
console.table(results);
const resultsDir = path.join(repoRoot, 'server', 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'site-build.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
