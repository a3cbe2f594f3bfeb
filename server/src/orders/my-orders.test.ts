import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { ORDER_FIELDS, PLACE_ORDER, orderInput, seedDelivery, type OrderData } from '../../test/support/order-fixtures.js';
import { makeShopper, type Shopper } from '../../test/support/shopper-factory.js';
import { ledgerMismatches, orderFootprint, stockOf } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { Order } from './order.entity.js';
import { OrderLifecycleService } from './order-lifecycle.service.js';
import { OrderActor, OrderStatus } from './order-status.js';

const PRICE = 500_000;
let app: TestApp;
let alice: Shopper;
let bob: Shopper;
let tie: number;

beforeAll(async () => {
  app = await startTestApp({ PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' });
  const em = app.orm.em.fork();
  await seedDelivery(em);
  tie = (await makeProduct(em, { category: await makeCategory(em), variants: [{ price: PRICE, stock: 100 }] })).variants.getItems()[0]!.id;
  alice = await makeShopper(em, app.config);
  bob = await makeShopper(em, app.config);
});
afterAll(() => app.close());

async function place(as: Shopper, overrides: Record<string, unknown> = {}): Promise<OrderData> {
  const result = await app.graphql<{ placeOrder: OrderData }>(PLACE_ORDER, { input: orderInput([{ variantId: tie, quantity: 1 }], PRICE, overrides), key: randomUUID() }, as.headers);
  expect(result.errors).toBeUndefined();
  return result.data!.placeOrder;
}

const MY_ORDERS = `query Mine($first: Int, $after: String) { myOrders(first: $first, after: $after) { totalCount edges { cursor node { number status } } pageInfo { hasNextPage endCursor } } }`;
const MY_ORDER = `query One($number: String!) { myOrder(number: $number) { ${ORDER_FIELDS} } }`;
const CANCEL = `mutation Cancel($number: String!) { cancelMyOrder(number: $number) { ${ORDER_FIELDS} } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { number: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function shopInMove(order: OrderData, ...statuses: OrderStatus[]): Promise<void> {
  const em = app.orm.em.fork();
  const { id } = await em.findOneOrFail(Order, { number: order.number });
  for (const status of statuses) await new OrderLifecycleService(app.orm.em.fork(), app.config).changeStatus(id, status, { actor: OrderActor.shop });
}

describe('a shopper’s own orders', () => {
  it('lists only the shopper’s orders, newest first, in cursor pages', async () => {
    const mine = [await place(alice), await place(alice), await place(alice)].map((o) => o.number).reverse();
    await place(bob);
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const result = await app.graphql<{ myOrders: Page }>(MY_ORDERS, { first: 2, after }, alice.headers);
      expect(result.errors).toBeUndefined();
      const page: Page = result.data!.myOrders;
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.number));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(mine);
    expect(total).toBe(3);
  });

  it('answers BAD_USER_INPUT to a forged cursor', async () => {
    const result = await app.graphql(MY_ORDERS, { after: Buffer.from('"1"').toString('base64url') }, alice.headers);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows an order to its owner, and answers NOT_FOUND to anyone else, exactly as for an order that does not exist', async () => {
    const order = await place(alice);
    const own = await app.graphql<{ myOrder: OrderData }>(MY_ORDER, { number: order.number }, alice.headers);
    expect(own.data?.myOrder).toEqual(order);
    const other = await app.graphql(MY_ORDER, { number: order.number }, bob.headers);
    const missing = await app.graphql(MY_ORDER, { number: 'T1-2026-999999' }, bob.headers);
    expect(other.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message.replace('T1-2026-999999', order.number));
    expect(other.data).toBeNull();
  });

  it('answers BAD_USER_INPUT to something that is not an order number', async () => {
    const result = await app.graphql(MY_ORDER, { number: "T1-2026-1' or 1=1" }, alice.headers);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });

  it.each([
    ['myOrders', MY_ORDERS, {}],
    ['myOrder', MY_ORDER, { number: 'T1-2026-000001' }],
    ['cancelMyOrder', CANCEL, { number: 'T1-2026-000001' }],
    ['placeOrder', PLACE_ORDER, { input: orderInput([{ variantId: 1, quantity: 1 }], PRICE), key: randomUUID() }],
  ])('answers UNAUTHENTICATED to %s without a session', async (_field, query, variables) => {
    const result = await app.graphql(query, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'no_session' });
    expect(result.data).toBeNull();
  });
});

describe('cancelMyOrder', () => {
  it('cancels an unpaid order and puts its items back on sale', async () => {
    const before = await stockOf(app.orm.em.fork(), tie);
    const order = await place(alice);
    const result = await app.graphql<{ cancelMyOrder: OrderData }>(CANCEL, { number: order.number }, alice.headers);
    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelMyOrder).toMatchObject({
      status: 'cancelled',
      canCancel: false,
      statusHistory: [{ from: null, to: 'pending_payment', actor: 'customer' }, { from: 'pending_payment', to: 'cancelled', actor: 'customer' }],
    });
    expect(await stockOf(app.orm.em.fork(), tie)).toBe(before);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('answers CONFLICT to cancelling twice, and returns the stock only once', async () => {
    const order = await place(alice);
    await app.graphql(CANCEL, { number: order.number }, alice.headers);
    const stock = await stockOf(app.orm.em.fork(), tie);
    const again = await app.graphql(CANCEL, { number: order.number }, alice.headers);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'illegal_transition', status: 'cancelled' });
    expect(await stockOf(app.orm.em.fork(), tie)).toBe(stock);
  });

  it('answers NOT_FOUND for another shopper’s order and leaves it alone', async () => {
    const order = await place(alice);
    const footprint = await orderFootprint(app.orm.em.fork());
    const result = await app.graphql(CANCEL, { number: order.number }, bob.headers);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
    await app.graphql(CANCEL, { number: order.number }, alice.headers);
  });

  it('answers CONFLICT once an online order is paid, and once a pay-on-delivery order has shipped', async () => {
    const paid = await place(alice);
    const { id } = await app.orm.em.fork().findOneOrFail(Order, { number: paid.number });
    await new OrderLifecycleService(app.orm.em.fork(), app.config).markPaid(id);
    const shipped = await place(alice, { paymentMethod: 'on_delivery' });
    await shopInMove(shipped, OrderStatus.confirmed, OrderStatus.shipped);
    for (const order of [paid, shipped]) {
      const view = await app.graphql<{ myOrder: OrderData }>(MY_ORDER, { number: order.number }, alice.headers);
      expect(view.data?.myOrder.canCancel).toBe(false);
      const result = await app.graphql(CANCEL, { number: order.number }, alice.headers);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'illegal_transition' });
    }
  });

  it('lets the shopper cancel a pay-on-delivery order the shop confirmed but has not shipped', async () => {
    const order = await place(alice, { paymentMethod: 'on_delivery' });
    await shopInMove(order, OrderStatus.confirmed);
    const result = await app.graphql<{ cancelMyOrder: OrderData }>(CANCEL, { number: order.number }, alice.headers);
    expect(result.data?.cancelMyOrder.status).toBe('cancelled');
  });
});
