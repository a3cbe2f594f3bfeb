/**
 * The checkout part of `npm run bench`: placeOrder throughput and latency with 20 buyers ordering at
 * once, each signed in with a session of their own and sending a new idempotency key per order, against
 * the real API in a child process. Its database is made afresh for every run, so stock never runs out
 * from one run to the next; the ledger is checked afterwards (it must still sum to the stock).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../src/config.js';
import { createDatabaseIfMissing, withDatabase } from '../src/db/database.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { generateLargeCatalog } from '../src/db/seed/large-catalog.js';
import { seedCatalog, writeDeliveryMethods } from '../src/db/seed/seed.js';
import type { Logger } from '../src/logger.js';
import { SessionClient } from '../src/users/session.entity.js';
import { SessionService } from '../src/users/session.service.js';
import { User } from '../src/users/user.entity.js';
import { peakRss, startServer } from './load.js';
import pg from 'pg';

const BUYERS = 20;
const PRODUCTS = 20;
const LINES_PER_ORDER = 2;
const DATABASE = 't1eup_bench_orders';

const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!, $key: String!) { placeOrder(input: $input, idempotencyKey: $key) { number status total } }`;

export interface OrderLoadResult {
  buyers: number;
  seconds: number;
  ordersPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not an order (any GraphQL error or HTTP failure). */
  errors: number;
  peakRssMb: number;
  /** Orders in the database after the run, against the successes counted by the client. */
  ordersInDatabase: number;
  ordersAnswered: number;
  ledgerHolds: boolean;
}

/** A fresh database with a small catalog whose every variant has plenty of stock, the delivery methods and one signed-in user per buyer. */
async function prepare(serverUrl: string, config: Config, logger: Logger): Promise<{ databaseUrl: string; cookies: string[]; variants: { id: number; price: number }[] }> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.end();
  await createDatabaseIfMissing(serverUrl, DATABASE);
  const databaseUrl = withDatabase(serverUrl, DATABASE);
  const orm = await createOrm({ databaseUrl, logger });
  try {
    await migrate(orm);
    const catalog = generateLargeCatalog(PRODUCTS);
    for (const product of catalog.products) for (const variant of product.variants) variant.stock = 1_000_000;
    await seedCatalog(orm.em.fork(), catalog, { mediaDir: config.mediaDir, renderImages: false });
    await orm.em.fork().transactional((tx) => writeDeliveryMethods(tx));
    const em = orm.em.fork();
    const cookies: string[] = [];
    for (let i = 0; i < BUYERS; i++) {
      const user = em.create(User, { telegramId: String(7_000_000_000 + i), firstName: `Buyer ${i}` });
      await em.flush();
      const { token } = await new SessionService(em, config.session).create(user, 'bench', SessionClient.browser);
      cookies.push(`${config.session.cookieName}=${token}`);
    }
    const variants = await em.execute<{ id: number; price: number }[]>('select id, price from product_variant order by id');
    return { databaseUrl, cookies, variants };
  } finally {
    await orm.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;
}

/** Runs the placeOrder load for `seconds` (after a short warm-up) and checks what it left in the database. */
export async function benchPlaceOrder({ serverUrl, config, logger, seconds, script }: { serverUrl: string; config: Config; logger: Logger; seconds: number; script: string }): Promise<OrderLoadResult> {
  const { databaseUrl, cookies, variants } = await prepare(serverUrl, config, logger);
  const unlimited = '1000000000';
  const target = await startServer(script, { DATABASE_URL: databaseUrl, PLACE_ORDER_LIMIT_PER_USER: unlimited, PLACE_ORDER_LIMIT_PER_IP: unlimited, MAX_UNPAID_ORDERS_PER_USER: unlimited });
  const rss = peakRss(target);
  try {
    const order = async (cookie: string): Promise<boolean> => {
      const start = Math.floor(Math.random() * (variants.length - LINES_PER_ORDER));
      const lines = variants.slice(start, start + LINES_PER_ORDER);
      const input = {
        lines: lines.map((variant) => ({ variantId: String(variant.id), quantity: 1 })),
        contact: { name: 'Bench Buyer', phone: '8 701 123 45 67' },
        delivery: { method: 'pickup-almaty' },
        expectedTotal: lines.reduce((sum, variant) => sum + variant.price, 0),
      };
      const response = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: PLACE_ORDER, variables: { input, key: randomUUID() } }),
      });
      const body = (await response.json()) as { data?: { placeOrder?: unknown }; errors?: unknown[] };
      return response.ok && !body.errors && !!body.data?.placeOrder;
    };
    const drive = async (durationMs: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const end = performance.now() + durationMs;
      await Promise.all(
        cookies.map(async (cookie) => {
          while (performance.now() < end) {
            const started = performance.now();
            const ok = await order(cookie).catch(() => false);
            if (ok) latencies.push(performance.now() - started);
            else errors++;
          }
        }),
      );
      return { latencies, errors };
    };
    logger.info('placeOrder: warming up');
    const warmUp = await drive(3_000);
    logger.info(`placeOrder: ${BUYERS} buyers for ${seconds}s`);
    rss.reset();
    const { latencies, errors } = await drive(seconds * 1000);
    const sorted = [...latencies].sort((a, b) => a - b);
    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    try {
      const { rows: [counts] } = await check.query<{ orders: number; mismatched: number }>(
        `select (select count(*)::int from shop_order) as orders,
                (select count(*)::int from (select v.id from product_variant v left join stock_movement m on m.variant_id = v.id group by v.id having v.stock <> coalesce(sum(m.delta), 0)) bad) as mismatched`,
      );
      return {
        buyers: BUYERS,
        seconds,
        ordersPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
        p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
        p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
        errors,
        peakRssMb: rss.peakMb(),
        ordersInDatabase: counts!.orders,
        ordersAnswered: warmUp.latencies.length + latencies.length,
        ledgerHolds: counts!.mismatched === 0,
      };
    } finally {
      await check.end();
    }
  } finally {
    rss.stop();
    await target.stop();
  }
}
