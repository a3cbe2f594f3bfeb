import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { orderInput, seedDelivery } from '../../test/support/order-fixtures.js';
import { makeShopper } from '../../test/support/shopper-factory.js';
import { ledgerMismatches, stockOf } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { AppError } from '../graphql/errors.js';
import { Locale } from '../i18n/locale.js';
import { CheckoutService } from '../orders/checkout.service.js';
import type { PlaceOrderInput } from '../orders/order.inputs.js';
import type { User } from '../users/user.entity.js';
import { recordOpeningStock, releaseStock, reserveStock } from './stock.service.js';

let app: TestApp;
let buyer: User;

beforeAll(async () => {
  app = await startTestApp({ PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' });
  await seedDelivery(app.orm.em.fork());
  buyer = (await makeShopper(app.orm.em.fork(), app.config)).user;
});
afterAll(() => app.close());

async function variants(...stocks: number[]): Promise<{ slug: string; ids: number[] }> {
  const em = app.orm.em.fork();
  const product = await makeProduct(em, { category: await makeCategory(em), variants: stocks.map((stock) => ({ price: 100_000, stock })) });
  return { slug: product.slug, ids: product.variants.getItems().map((v) => v.id) };
}

/** An order to hang reservations on: the ledger names the order every reservation serves. */
async function anOrder(variantId: number): Promise<number> {
  const order = await new CheckoutService(app.orm.em.fork(), app.config).placeOrder(buyer, orderInput([{ variantId, quantity: 1 }], 100_000) as unknown as PlaceOrderInput, randomUUID(), {
    locale: Locale.ru,
    clientIp: '10.3.3.3',
  });
  return order.id;
}

describe('stock', () => {
  it('reserves all lines or none: a line short of stock answers OUT_OF_STOCK and the lines before it are undone', async () => {
    const { ids: [plenty, scarce] } = await variants(10, 2);
    const orderId = await anOrder(plenty!);
    const error = await app.orm.em
      .fork()
      .transactional((tx) => reserveStock(tx, { orderId, lines: [{ variantId: plenty!, quantity: 3 }, { variantId: scarce!, quantity: 3 }] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toEqual({ code: 'OUT_OF_STOCK', variantId: String(scarce), available: 2 });
    expect([await stockOf(app.orm.em.fork(), plenty!), await stockOf(app.orm.em.fork(), scarce!)]).toEqual([9, 2]);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('gives a reservation back with release, each change a movement, so the ledger always sums to the stock', async () => {
    const { ids: [a, b] } = await variants(5, 5);
    const orderId = await anOrder(a!);
    const reservation = { orderId, lines: [{ variantId: b!, quantity: 2 }, { variantId: a!, quantity: 4 }] };
    await app.orm.em.fork().transactional((tx) => reserveStock(tx, reservation));
    expect([await stockOf(app.orm.em.fork(), a!), await stockOf(app.orm.em.fork(), b!)]).toEqual([0, 3]);
    await app.orm.em.fork().transactional((tx) => releaseStock(tx, reservation));
    expect([await stockOf(app.orm.em.fork(), a!), await stockOf(app.orm.em.fork(), b!)]).toEqual([4, 5]);
    expect(await ledgerMismatches(app.orm.em.fork())).toEqual([]);
  });

  it('refuses to reserve or release outside a transaction, where a failure could not be undone', async () => {
    const { ids: [a] } = await variants(5);
    const reservation = { orderId: 1, lines: [{ variantId: a!, quantity: 1 }] };
    await expect(reserveStock(app.orm.em.fork(), reservation)).rejects.toThrow(/inside the transaction/);
    await expect(releaseStock(app.orm.em.fork(), reservation)).rejects.toThrow(/inside the transaction/);
    expect(await stockOf(app.orm.em.fork(), a!)).toBe(5);
  });

  it('opens each variant’s ledger with its initial stock once', async () => {
    const em = app.orm.em.fork();
    const { ids: [a] } = await variants(7);
    const initial = () => em.execute<{ delta: number }[]>(`select delta from stock_movement where variant_id = ? and reason = 'initial'`, [a]);
    expect(await initial()).toEqual([{ delta: 7 }]);
    await recordOpeningStock(em);
    expect(await initial()).toEqual([{ delta: 7 }]);
  });

  it('shows reserved units as gone everywhere stock is read: the variant, the product and the in-stock filter', async () => {
    const { slug, ids: [last] } = await variants(1);
    const read = async () => {
      const result = await app.graphql<{ product: { inStock: boolean; variants: { stock: number; inStock: boolean }[] }; products: { nodes: { slug: string }[] } }>(
        `{ product(slug: "${slug}") { inStock variants { stock inStock } } products(first: 100, filter: { inStock: true }) { nodes { slug } } }`,
      );
      const { product, products } = result.data!;
      return { product: product.inStock, variant: product.variants[0], listed: products.nodes.some((node) => node.slug === slug) };
    };
    expect(await read()).toEqual({ product: true, variant: { stock: 1, inStock: true }, listed: true });
    await anOrder(last!);
    expect(await read()).toEqual({ product: false, variant: { stock: 0, inStock: false }, listed: false });
  });
});
