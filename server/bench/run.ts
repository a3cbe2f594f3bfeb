/**
 * `npm run bench`: throughput, latency and memory of the product listing on a 1 000-product catalog,
 * for the API and for a plain node:http + pg floor running the same SQL; then placeOrder throughput and
 * latency with 20 buyers at once (place-order.ts). Not part of the tests.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, repoRoot } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createDatabaseIfMissing, openDatabaseServer, withDatabase } from '../src/db/database.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { seedCatalog } from '../src/db/seed/seed.js';
import { generateLargeCatalog } from '../src/db/seed/large-catalog.js';
import { LISTING_BODY } from './listing-query.js';
import { runWrk, startServer, type LoadResult } from './load.js';
import { benchPlaceOrder, type OrderLoadResult } from './place-order.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRODUCTS = 1000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const logger = createLogger('info');
// Its own data dir and port, so a running `npm start` is not disturbed.
const config = loadConfig({ ...process.env, DATA_DIR: process.env.BENCH_DATA_DIR ?? '.data/bench', EMBEDDED_POSTGRES_PORT: process.env.BENCH_POSTGRES_PORT ?? '54339' });
const server = await openDatabaseServer(config, logger);
const databaseName = `t1eup_bench_${PRODUCTS}`;
await createDatabaseIfMissing(server.url, databaseName);
const databaseUrl = withDatabase(server.url, databaseName);

const orm = await createOrm({ databaseUrl, logger });
await migrate(orm);
const [{ count } = { count: 0 }] = await orm.em.fork().execute<{ count: number }[]>('select count(*)::int as count from product');
if (count !== PRODUCTS) {
  logger.info(`seeding ${PRODUCTS} products for the bench`);
  await orm.em.fork().execute('truncate category, product, product_variant, product_image restart identity cascade');
  await seedCatalog(orm.em.fork(), generateLargeCatalog(PRODUCTS), { mediaDir: config.mediaDir, renderImages: false });
}
await orm.close();

const resultsDir = path.join(repoRoot, 'server', 'bench', 'results');
// BENCH_PROFILE=1 writes a V8 CPU profile of the API under load (open it in Chrome DevTools, or summarise with bench/profile-summary.ts).
const profileFlags = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'profiles')}`] : [];

async function measure(name: string, script: string, nodeFlags: string[] = []): Promise<{ name: string; runs: LoadResult[]; body: unknown }> {
  const target = await startServer(path.join(here, script), { DATABASE_URL: databaseUrl }, nodeFlags);
  try {
    logger.info(`measuring ${name}`, { url: target.url });
    const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LISTING_BODY, signal: AbortSignal.timeout(30_000) });
    const body = await response.json();
    await runWrk(target, '/graphql', LISTING_BODY, 10, 3); // warm-up: JIT, pools, caches
    const runs = [];
    for (const connections of [10, 50]) {
      logger.info(`${name}: ${connections} connections for ${SECONDS}s`);
      runs.push(await runWrk(target, '/graphql', LISTING_BODY, connections, SECONDS));
    }
    return { name, runs, body };
  } finally {
    await target.stop();
  }
}

let api: Awaited<ReturnType<typeof measure>>;
let floor: Awaited<ReturnType<typeof measure>>;
let orders: OrderLoadResult;
try {
  api = await measure('api', 'api-server.ts', profileFlags);
  floor = await measure('floor (node:http + pg)', 'floor-server.ts');
  orders = await benchPlaceOrder({ serverUrl: server.url, config, logger, seconds: SECONDS, script: path.join(here, 'api-server.ts') });
} finally {
  await server.stop();
}

const sameJson = isDeepStrictEqual(api.body, floor.body);
const rows = [api, floor].flatMap((m) => m.runs.map((r) => ({ server: m.name, ...r })));
console.log(`\nProduct listing, 24 products with variants, images and translations, ${PRODUCTS}-product catalog, ${SECONDS}s per run (wrk -t2)`);
console.table(rows);
const at50 = (m: typeof api) => m.runs.find((r) => r.connections === 50)!;
const at10 = (m: typeof api) => m.runs.find((r) => r.connections === 10)!;
const summary = {
  sameJsonAsFloor: sameJson,
  apiShareOfFloorAt50: Number((at50(api).requestsPerSecond / at50(floor).requestsPerSecond).toFixed(2)),
  targets: {
    'api req/s at 50 >= half the floor': at50(api).requestsPerSecond >= at50(floor).requestsPerSecond / 2,
    'api p99 at 10 < 50 ms': at10(api).p99Ms < 50,
    'api RSS < 200 MB': Math.max(...api.runs.map((r) => r.peakRssMb)) < 200,
  },
};
console.log(summary);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'api-listing.json'), JSON.stringify({ at: new Date().toISOString(), products: PRODUCTS, seconds: SECONDS, rows, summary }, null, 2));
console.log(`written to ${path.join(resultsDir, 'api-listing.json')}`);

console.log(`\nplaceOrder, ${orders.buyers} buyers at once, each with a session and a new idempotency key per order, 2-line carts, ${SECONDS}s`);
console.table([orders]);
writeFileSync(path.join(resultsDir, 'api-orders.json'), JSON.stringify({ at: new Date().toISOString(), ...orders }, null, 2));
console.log(`written to ${path.join(resultsDir, 'api-orders.json')}`);
