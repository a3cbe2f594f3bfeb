import { randomUUID } from 'node:crypto';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { ORDER_FIELDS, PLACE_ORDER, PREVIEW_ORDER, orderInput, seedDelivery } from '../../test/support/order-fixtures.js';
import { makeShopper, type Shopper } from '../../test/support/shopper-factory.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import type { CostRule } from '../graphql/limits.js';
import { createSchema } from '../graphql/schema.js';
import { MAX_LINES } from './order-request.js';

const PRICE = 100_000;
const COURIER = 150_000;
let app: TestApp;
let schema: GraphQLSchema;
let shopper: Shopper;
let variantIds: number[];

beforeAll(async () => {
  // Owner messages on and a customer who allows the bot: every statement an order can run is run.
  app = await startTestApp({ OWNER_TELEGRAM_CHAT_ID: '100200300', PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' });
  schema = await createSchema();
  const em = app.orm.em.fork();
  await seedDelivery(em);
  const product = await makeProduct(em, { category: await makeCategory(em), variants: Array.from({ length: MAX_LINES }, () => ({ price: PRICE, stock: 1000 })) });
  variantIds = product.variants.getItems().map((variant) => variant.id);
  shopper = await makeShopper(em, app.config, { allowsWriteToPm: true });
});
afterAll(() => app.close());

/** Statements the schema charges one call of a root field for. */
function charged(type: 'Query' | 'Mutation', field: string): number {
  const named = schema.getType(type);
  const rule = ((isObjectType(named) ? named.getFields()[field]?.extensions : undefined) as { cost?: CostRule } | undefined)?.cost ?? {};
  return rule.statements ?? (rule.queriesDatabase ? 1 : 0);
}

/** Statements a request runs beyond resolving its session. */
async function statements(query: string, variables?: Record<string, unknown>): Promise<{ count: number; data: Record<string, Record<string, unknown>> }> {
  app.queries.length = 0;
  await app.graphql('{ me { id } }', undefined, shopper.headers);
  const session = app.queries.length;
  app.queries.length = 0;
  const result = await app.graphql<Record<string, Record<string, unknown>>>(query, variables, shopper.headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { count: app.queries.length - session, data: result.data! };
}

const lines = (count: number) => variantIds.slice(0, count).map((variantId) => ({ variantId, quantity: 1 }));
const place = (count: number) => statements(PLACE_ORDER, { input: orderInput(lines(count), count * PRICE + COURIER, { delivery: { method: 'courier-almaty', address: 'Абая 1' } }), key: randomUUID() });

describe('each order operation runs the statements its @Cost rule charges', () => {
  it(`placeOrder: the charge for a full cart of ${MAX_LINES} lines, one statement fewer per line less`, async () => {
    expect((await place(MAX_LINES)).count).toBe(charged('Mutation', 'placeOrder'));
    expect((await place(3)).count).toBe(charged('Mutation', 'placeOrder') - (MAX_LINES - 3));
  });

  it(`cancelMyOrder: the charge for an order of ${MAX_LINES} lines, one statement fewer per line less`, async () => {
    for (const count of [MAX_LINES, 1]) {
      const { data } = await place(count);
      const number = data.placeOrder!.number as string;
      const cancel = await statements(`mutation { cancelMyOrder(number: "${number}") { ${ORDER_FIELDS} } }`);
      expect(cancel.count).toBe(charged('Mutation', 'cancelMyOrder') - (MAX_LINES - count));
    }
  });

  it('previewOrder, deliveryMethods, myOrder and a page of myOrders, whatever their size', async () => {
    expect((await statements(PREVIEW_ORDER, { lines: lines(MAX_LINES).map((l) => ({ ...l, variantId: String(l.variantId) })), method: 'kazpost' })).count).toBe(charged('Query', 'previewOrder'));
    expect((await statements('{ deliveryMethods { code name } }')).count).toBe(charged('Query', 'deliveryMethods'));
    for (let i = 0; i < 3; i++) await place(2);
    const page = await statements(`{ myOrders(first: 10) { totalCount nodes { ${ORDER_FIELDS} } } }`);
    expect((page.data.myOrders!.nodes as unknown[]).length).toBeGreaterThan(3);
    expect(page.count).toBe(charged('Query', 'myOrders'));
    expect((await statements(`{ myOrders(first: 1) { edges { cursor node { ${ORDER_FIELDS} } } } }`)).count).toBe(charged('Query', 'myOrders'));
    const number = (page.data.myOrders!.nodes as { number: string }[])[0]!.number;
    expect((await statements(`{ myOrder(number: "${number}") { ${ORDER_FIELDS} } }`)).count).toBe(charged('Query', 'myOrder'));
  });
});
