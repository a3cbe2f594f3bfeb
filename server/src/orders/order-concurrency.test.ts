import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from '../../test/support/catalog-factory.js';
import { orderInput, seedDelivery } from '../../test/support/order-fixtures.js';
import { makeShopper } from '../../test/support/shopper-factory.js';
import { ledgerMismatches, stockOf } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { createOrm } from '../db/orm.js';
import { AppError } from '../graphql/errors.js';
import { Locale } from '../i18n/locale.js';
import { createLogger } from '../logger.js';
import type { User } from '../users/user.entity.js';
import { CheckoutService } from './checkout.service.js';
import type { PlaceOrderInput } from './order.inputs.js';

const BUYERS = 50;
const PRICE = 1_000_000;

let app: TestApp;
/** Its own pool, one connection per buyer, so every buyer's transaction really runs at the same time as the others. */
let orm: MikroORM;
let buyers: User[];

beforeAll(async () => {
  app = await startTestApp({ PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000' });
  orm = await createOrm({ databaseUrl: app.database.url, logger: createLogger('error', false), poolSize: BUYERS });
  const em = app.orm.em.fork();
  await seedDelivery(em);
  buyers = [];
  for (let i = 0; i < BUYERS; i++) buyers.push((await makeShopper(em, app.config)).user);
});
afterAll(async () => {
  await orm.close();
  await app.close();
});

/** Each buyer places `inputOf(index)` at once, on a connection of their own; resolves to what each got. */
function race(count: number, inputOf: (index: number) => Record<string, unknown>): Promise<PromiseSettledResult<unknown>[]> {
  return Promise.allSettled(
    buyers.slice(0, count).map((buyer, index) =>
      new CheckoutService(orm.em.fork(), app.config).placeOrder(buyer, inputOf(index) as unknown as PlaceOrderInput, randomUUID(), { locale: Locale.ru, clientIp: `10.0.0.${index}` }),
    ),
  );
}

function outcomes(results: PromiseSettledResult<unknown>[]): { placed: number; failures: string[] } {
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof AppError ? r.reason.code : String(r.reason)] : []));
  return { placed: results.length - failures.length, failures };
}

async function variants(stocks: number[]): Promise<number[]> {
  const em = app.orm.em.fork();
  const product = await makeProduct(em, { category: await makeCategory(em), variants: stocks.map((stock) => ({ price: PRICE, stock })) });
  return product.variants.getItems().map((variant) => variant.id);
}

describe('buyers racing for the same stock', () => {
  it(`sells a variant with stock 5 to exactly 5 of ${BUYERS} simultaneous buyers; the other ${BUYERS - 5} get OUT_OF_STOCK`, async () => {
    const [tie] = await variants([5]);
    const results = await race(BUYERS, () => orderInput([{ variantId: tie!, quantity: 1 }], PRICE));
    const { placed, failures } = outcomes(results);
    expect(placed).toBe(5);
    expect(failures).toEqual(Array(BUYERS - 5).fill('OUT_OF_STOCK'));
    const em = app.orm.em.fork();
    expect(await stockOf(em, tie!)).toBe(0);
    const [row] = await em.execute<{ orders: number }[]>('select count(*)::int as orders from order_line where variant_id = ?', [tie]);
    expect(row!.orders).toBe(5);
    expect(await ledgerMismatches(em)).toEqual([]);
  });

  it('never deadlocks on 30 simultaneous carts sharing three variants in opposite orders: each order succeeds or is OUT_OF_STOCK', async () => {
    const [a, b, c] = await variants([10, 10, 10]);
    const lines = [a!, b!, c!].map((variantId) => ({ variantId, quantity: 1 }));
    const results = await race(30, (index) => orderInput(index % 2 ? lines : [...lines].reverse(), 3 * PRICE));
    const { placed, failures } = outcomes(results);
    expect(new Set(failures)).toEqual(new Set(['OUT_OF_STOCK']));
    expect(placed).toBe(10);
    const em = app.orm.em.fork();
    for (const variant of [a!, b!, c!]) expect(await stockOf(em, variant)).toBe(0);
    expect(await ledgerMismatches(em)).toEqual([]);
  });
});
