import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { PLACE_ORDER, orderInput, seedDelivery, type OrderData } from '../../test/support/order-fixtures.js';
import { makeShopper, type Shopper } from '../../test/support/shopper-factory.js';
import { orderFootprint } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { createOrm } from '../db/orm.js';
import { AppError } from '../graphql/errors.js';
import { Locale } from '../i18n/locale.js';
import { createLogger } from '../logger.js';
import { CheckoutService } from './checkout.service.js';
import { Order } from './order.entity.js';
import type { PlaceOrderInput } from './order.inputs.js';
import { OrderLifecycleService } from './order-lifecycle.service.js';

const PRICE = 500_000;

async function shop(env: Record<string, string>): Promise<{ app: TestApp; tie: number }> {
  const app = await startTestApp(env);
  const em = app.orm.em.fork();
  await seedDelivery(em);
  const tie = (await makeProduct(em, { category: await makeCategory(em), variants: [{ price: PRICE, stock: 1000 }] })).variants.getItems()[0]!.id;
  return { app, tie };
}

async function place(app: TestApp, tie: number, as: Shopper, overrides: Record<string, unknown> = {}) {
  const result = await app.graphql<{ placeOrder: OrderData }>(PLACE_ORDER, { input: orderInput([{ variantId: tie, quantity: 1 }], PRICE, overrides), key: randomUUID() }, as.headers);
  return { order: result.data?.placeOrder, extensions: result.errors?.[0]?.extensions };
}

describe('unpaid orders a shopper may hold (MAX_UNPAID_ORDERS_PER_USER)', () => {
  let app: TestApp;
  let tie: number;
  let orm: MikroORM;

  beforeAll(async () => {
    ({ app, tie } = await shop({ MAX_UNPAID_ORDERS_PER_USER: '3', PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000' }));
    orm = await createOrm({ databaseUrl: app.database.url, logger: createLogger('error', false), poolSize: 12 });
  });
  afterAll(async () => {
    await orm.close();
    await app.close();
  });

  it('answers CONFLICT unpaid_order_limit past the cap and writes nothing; a cancelled or paid order frees its place', async () => {
    const shopper = await makeShopper(app.orm.em.fork(), app.config);
    const held = [await place(app, tie, shopper), await place(app, tie, shopper, { paymentMethod: 'on_delivery' }), await place(app, tie, shopper)];
    expect(held.map((h) => h.extensions)).toEqual([undefined, undefined, undefined]);
    const footprint = await orderFootprint(app.orm.em.fork());
    const refused = await place(app, tie, shopper);
    expect(refused.extensions).toEqual({ code: 'CONFLICT', reason: 'unpaid_order_limit', limit: 3 });
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
    await app.graphql(`mutation { cancelMyOrder(number: "${held[0]!.order!.number}") { status } }`, undefined, shopper.headers);
    expect((await place(app, tie, shopper)).extensions).toBeUndefined();
    const { id } = await app.orm.em.fork().findOneOrFail(Order, { number: held[2]!.order!.number });
    await new OrderLifecycleService(app.orm.em.fork(), app.config).markPaid(id);
    expect((await place(app, tie, shopper)).extensions).toBeUndefined();
    expect((await place(app, tie, shopper)).extensions).toMatchObject({ reason: 'unpaid_order_limit' });
  });

  it('holds the cap when one shopper sends ten orders at once: exactly three are placed', async () => {
    const { user } = await makeShopper(app.orm.em.fork(), app.config);
    const input = orderInput([{ variantId: tie, quantity: 1 }], PRICE) as unknown as PlaceOrderInput;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => new CheckoutService(orm.em.fork(), app.config).placeOrder(user, input, randomUUID(), { locale: Locale.ru, clientIp: '10.2.2.2' })),
    );
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as AppError).extensions.reason ?? String(r.reason)] : []));
    expect(results.length - refusals.length).toBe(3);
    expect(refusals).toEqual(Array(7).fill('unpaid_order_limit'));
  });
});

describe('placeOrder rate limits', () => {
  let app: TestApp;
  let tie: number;

  beforeAll(async () => {
    ({ app, tie } = await shop({ PLACE_ORDER_LIMIT_PER_USER: '3', PLACE_ORDER_LIMIT_PER_IP: '5', MAX_UNPAID_ORDERS_PER_USER: '1000' }));
  });
  afterAll(() => app.close());

  it('answers RATE_LIMITED past the attempts one shopper may make, then past those of one client IP, whoever signs in', async () => {
    const em = app.orm.em.fork();
    const first = await makeShopper(em, app.config);
    // Refused attempts count too: each one could have held stock.
    for (let i = 0; i < 3; i++) expect((await place(app, tie, first, { expectedTotal: 1 })).extensions).toMatchObject({ reason: 'price_changed' });
    const byUser = await place(app, tie, first);
    expect(byUser.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const second = await makeShopper(em, app.config);
    expect((await place(app, tie, second)).extensions).toBeUndefined();
    expect((await place(app, tie, second)).extensions).toBeUndefined();
    const byIp = await place(app, tie, second);
    expect(byIp.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(byIp.order).toBeUndefined();
  });
});

describe('placeOrder rate limits and retries', () => {
  let app: TestApp;
  let tie: number;

  beforeAll(async () => {
    ({ app, tie } = await shop({ PLACE_ORDER_LIMIT_PER_USER: '3', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' }));
  });
  afterAll(() => app.close());

  it('answers a retry of an order already placed with that order, however many attempts were made since', async () => {
    const shopper = await makeShopper(app.orm.em.fork(), app.config);
    const send = (key: string) => app.graphql<{ placeOrder: OrderData }>(PLACE_ORDER, { input: orderInput([{ variantId: tie, quantity: 1 }], PRICE), key }, shopper.headers);
    const key = randomUUID();
    const placed = await send(key);
    expect(placed.errors).toBeUndefined();
    for (let i = 0; i < 2; i++) await send(randomUUID());
    expect((await send(randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The first response was lost on the way: the retry must find the order, not a rate limit.
    const retry = await send(key);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.placeOrder.number).toBe(placed.data?.placeOrder.number);
  });
});
