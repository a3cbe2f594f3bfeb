import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { orderInput, seedDelivery } from '../../test/support/order-fixtures.js';
import { makeShopper } from '../../test/support/shopper-factory.js';
import { ledgerMismatches, orderFootprint, stockOf } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { createApp } from '../app.js';
import { createOrm } from '../db/orm.js';
import { AppError } from '../graphql/errors.js';
import { Locale } from '../i18n/locale.js';
import { createLogger } from '../logger.js';
import type { User } from '../users/user.entity.js';
import { CheckoutService } from './checkout.service.js';
import type { Order } from './order.entity.js';
import type { PlaceOrderInput } from './order.inputs.js';
import { createOrderExpiryJob } from './order-expiry.job.js';
import { OrderLifecycleService } from './order-lifecycle.service.js';
import { OrderActor, OrderStatus } from './order-status.js';

const PRICE = 1_000_000;
const logger = createLogger('error', false);

let app: TestApp;
/** Two more pools: two "servers" running the expiry job against the same database. */
let serverA: MikroORM;
let serverB: MikroORM;
let buyer: User;
let tie: number;
let scarf: number;

beforeAll(async () => {
  app = await startTestApp({ PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' });
  serverA = await createOrm({ databaseUrl: app.database.url, logger, poolSize: 10 });
  serverB = await createOrm({ databaseUrl: app.database.url, logger, poolSize: 10 });
  const em = app.orm.em.fork();
  await seedDelivery(em);
  const product = await makeProduct(em, { category: await makeCategory(em), variants: [{ price: PRICE, stock: 100 }, { price: PRICE, stock: 100 }] });
  [tie, scarf] = product.variants.getItems().map((variant) => variant.id) as [number, number];
  buyer = (await makeShopper(em, app.config)).user;
});
afterAll(async () => {
  await Promise.all([serverA.close(), serverB.close()]);
  await app.close();
});

const lifecycle = (orm: MikroORM = app.orm) => new OrderLifecycleService(orm.em.fork(), app.config);

/** An order of one tie and two scarves (3 units over 2 variants). */
async function place(overrides: Record<string, unknown> = {}): Promise<Order> {
  const input = orderInput([{ variantId: tie, quantity: 1 }, { variantId: scarf, quantity: 2 }], 3 * PRICE, overrides) as unknown as PlaceOrderInput;
  return new CheckoutService(app.orm.em.fork(), app.config).placeOrder(buyer, input, randomUUID(), { locale: Locale.ru, clientIp: '10.1.1.1' });
}

async function overdue(...orders: Order[]): Promise<void> {
  await app.orm.em.fork().execute(`update shop_order set payment_due_at = now() - interval '1 minute' where id in (${orders.map((o) => o.id).join(',')})`);
}

async function history(order: Order): Promise<string[]> {
  const rows = await app.orm.em.fork().execute<{ change: string }[]>(
    `select coalesce(from_status, '∅') || '→' || to_status || ' by ' || actor as change from order_status_change where order_id = ? order by id`,
    [order.id],
  );
  return rows.map((row) => row.change);
}

async function movements(order: Order): Promise<Record<string, number>> {
  const rows = await app.orm.em.fork().execute<{ reason: string; units: number }[]>(
    'select reason, sum(delta)::int as units from stock_movement where order_id = ? group by reason order by reason',
    [order.id],
  );
  return Object.fromEntries(rows.map((row) => [row.reason, row.units]));
}

async function statusOf(order: Order): Promise<string> {
  const [row] = await app.orm.em.fork().execute<{ status: string }[]>('select status from shop_order where id = ?', [order.id]);
  return row!.status;
}

const stock = async () => [await stockOf(app.orm.em.fork(), tie), await stockOf(app.orm.em.fork(), scarf)];

describe('expiring unpaid orders', () => {
  it('expires an online order once its payment is overdue and puts its units back on sale, once', async () => {
    const before = await stock();
    const order = await place();
    expect(await stock()).toEqual([before[0]! - 1, before[1]! - 2]);
    const job = createOrderExpiryJob({ orm: app.orm, config: app.config, logger });
    expect(await job.runOnce()).toBe(0);
    await overdue(order);
    expect(await job.runOnce()).toBe(1);
    expect(await job.runOnce()).toBe(0);
    expect(await statusOf(order)).toBe('expired');
    expect(await history(order)).toEqual(['∅→pending_payment by customer', 'pending_payment→expired by system']);
    expect(await movements(order)).toEqual({ order_released: 3, order_reserved: -3 });
    expect(await stock()).toEqual(before);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('leaves pay-on-delivery orders and orders still in time alone', async () => {
    const onDelivery = await place({ paymentMethod: 'on_delivery' });
    const inTime = await place();
    await app.orm.em.fork().execute(`update shop_order set payment_due_at = now() - interval '1 minute' where id = ?`, [onDelivery.id]);
    expect(await createOrderExpiryJob({ orm: app.orm, config: app.config, logger }).runOnce()).toBe(0);
    expect([await statusOf(onDelivery), await statusOf(inTime)]).toEqual(['placed', 'pending_payment']);
    for (const order of [onDelivery, inTime]) await lifecycle().cancelMyOrder(buyer, order.number);
  });

  it('expires each overdue order once when two servers run the job at the same time', async () => {
    const before = await stock();
    const orders: Order[] = [];
    for (let i = 0; i < 20; i++) orders.push(await place());
    await overdue(...orders);
    const jobs = [serverA, serverB].map((orm) => createOrderExpiryJob({ orm, config: app.config, logger }));
    const expired = await Promise.all(jobs.map((job) => job.runOnce()));
    expect(expired[0]! + expired[1]!).toBe(20);
    for (const order of orders) {
      expect(await history(order)).toEqual(['∅→pending_payment by customer', 'pending_payment→expired by system']);
      expect(await movements(order)).toEqual({ order_released: 3, order_reserved: -3 });
    }
    expect(await stock()).toEqual(before);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('returns the stock once when the shopper cancels while the job expires the same orders', async () => {
    const before = await stock();
    const orders: Order[] = [];
    for (let i = 0; i < 10; i++) orders.push(await place());
    await overdue(...orders);
    const cancels = orders.map((order) => lifecycle(serverB).cancelMyOrder(buyer, order.number).then(() => 'cancelled', (error: AppError) => error.extensions.reason));
    const [outcomes] = await Promise.all([Promise.all(cancels), createOrderExpiryJob({ orm: serverA, config: app.config, logger }).runOnce()]);
    for (const [index, order] of orders.entries()) {
      const ended = outcomes[index] === 'cancelled' ? 'pending_payment→cancelled by customer' : 'pending_payment→expired by system';
      expect(outcomes[index], 'a cancellation that lost the race is refused as illegal').toMatch(/^(cancelled|illegal_transition)$/);
      expect(await history(order)).toEqual(['∅→pending_payment by customer', ended]);
      expect(await movements(order)).toEqual({ order_released: 3, order_reserved: -3 });
    }
    expect(await stock()).toEqual(before);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('expires orders that fell due while no server ran, as soon as one starts', async () => {
    const order = await place();
    await overdue(order);
    const restarted = await createApp({ config: app.config, logger, databaseUrl: app.database.url, runOutboxWorker: false });
    try {
      await expect.poll(() => statusOf(order), { timeout: 10_000 }).toBe('expired');
    } finally {
      await restarted.stop();
    }
  });
});

describe('payments (markPaid)', () => {
  it('marks a pending order paid, once: a repeated confirmation changes nothing', async () => {
    const order = await place();
    const paid = await lifecycle().markPaid(order.id, { reference: 'kaspi-1' });
    expect(paid.outcome).toBe('paid');
    expect(paid.order.paidAt).toBeInstanceOf(Date);
    const footprint = await orderFootprint(app.orm.em.fork());
    expect((await lifecycle().markPaid(order.id)).outcome).toBe('already_paid');
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
    expect(await history(order)).toEqual(['∅→pending_payment by customer', 'pending_payment→paid by payment']);
    expect(await movements(order)).toEqual({ order_reserved: -3 });
  });

  it('revives an expired order whose payment came late, reserving its units again', async () => {
    const order = await place();
    await overdue(order);
    await lifecycle().expireNextOverdue();
    const afterExpiry = await stock();
    const paid = await lifecycle().markPaid(order.id);
    expect(paid.outcome).toBe('paid');
    expect(await stock()).toEqual([afterExpiry[0]! - 1, afterExpiry[1]! - 2]);
    expect(await history(order)).toEqual(['∅→pending_payment by customer', 'pending_payment→expired by system', 'expired→paid by payment']);
    expect(await movements(order)).toEqual({ order_released: 3, order_reserved: -6 });
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('refuses a late payment when the expired order’s units are gone, and changes nothing: the money must go back', async () => {
    const em = app.orm.em.fork();
    const product = await makeProduct(em, { category: await makeCategory(em), variants: [{ price: PRICE, stock: 1 }] });
    const last = product.variants.getItems()[0]!.id;
    const checkout = new CheckoutService(app.orm.em.fork(), app.config);
    const order = await checkout.placeOrder(buyer, orderInput([{ variantId: last, quantity: 1 }], PRICE) as unknown as PlaceOrderInput, randomUUID(), { locale: Locale.ru, clientIp: '10.1.1.1' });
    await overdue(order);
    await lifecycle().expireNextOverdue();
    const other = (await makeShopper(em, app.config)).user;
    await checkout.placeOrder(other, orderInput([{ variantId: last, quantity: 1 }], PRICE) as unknown as PlaceOrderInput, randomUUID(), { locale: Locale.ru, clientIp: '10.1.1.2' });
    const footprint = await orderFootprint(app.orm.em.fork());
    const result = await lifecycle().markPaid(order.id);
    expect(result).toMatchObject({ outcome: 'not_payable', reason: 'out_of_stock', order: { status: OrderStatus.expired, paidAt: null } });
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
  });

  it('refuses payments for cancelled and pay-on-delivery orders', async () => {
    const cancelled = await place();
    await lifecycle().cancelMyOrder(buyer, cancelled.number);
    expect(await lifecycle().markPaid(cancelled.id)).toMatchObject({ outcome: 'not_payable', reason: 'illegal_transition' });
    const onDelivery = await place({ paymentMethod: 'on_delivery' });
    expect(await lifecycle().markPaid(onDelivery.id)).toMatchObject({ outcome: 'not_payable', reason: 'illegal_transition' });
    await lifecycle().cancelMyOrder(buyer, onDelivery.number);
  });
});

describe('pay on delivery', () => {
  it('ships unpaid and records the payment when the courier delivers', async () => {
    const order = await place({ paymentMethod: 'on_delivery' });
    const shop = { actor: OrderActor.shop };
    await lifecycle().changeStatus(order.id, OrderStatus.confirmed, shop);
    const shipped = await lifecycle().changeStatus(order.id, OrderStatus.shipped, shop);
    expect(shipped.paidAt ?? null).toBeNull();
    const delivered = await lifecycle().changeStatus(order.id, OrderStatus.delivered, shop);
    expect(delivered.paidAt).toBeInstanceOf(Date);
    expect(await movements(order)).toEqual({ order_reserved: -3 });
    // The courier took the money: an online payment on top is a second payment that must go back, not a repeat.
    expect(await lifecycle().markPaid(order.id)).toMatchObject({ outcome: 'not_payable', reason: 'illegal_transition' });
  });

  it('answers CONFLICT illegal_transition to a move the table does not allow, and changes nothing', async () => {
    const order = await place({ paymentMethod: 'on_delivery' });
    const footprint = await orderFootprint(app.orm.em.fork());
    const error = await lifecycle().changeStatus(order.id, OrderStatus.delivered, { actor: OrderActor.shop }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({ code: 'CONFLICT', reason: 'illegal_transition', status: 'placed' });
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
    await lifecycle().cancelMyOrder(buyer, order.number);
  });
});
