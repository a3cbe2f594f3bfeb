import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';
import { ORDER_FIELDS, PLACE_ORDER, PREVIEW_ORDER, orderInput, seedDelivery, type OrderData } from '../../test/support/order-fixtures.js';
import { makeShopper, type Shopper } from '../../test/support/shopper-factory.js';
import { ledgerMismatches, orderFootprint, stockOf } from '../../test/support/stock-ledger.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { Variant } from '../catalog/variant.entity.js';
import { ProductStatus } from '../catalog/product.entity.js';
import { MAX_LINES, MAX_QUANTITY } from './order-request.js';

let app: TestApp;
let shopper: Shopper;
/** Variants by name: navy 15 990 ₸ × 5 in stock, red 9 990 ₸ × 2, draft (unpublished) and gone (stock 0). */
const v: Record<'navy' | 'red' | 'draft' | 'gone', number> = { navy: 0, red: 0, draft: 0, gone: 0 };

const NAVY = 1_599_000;
const RED = 999_000;
const COURIER_ALMATY = 150_000;

beforeAll(async () => {
  app = await startTestApp({ PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' });
  const em = app.orm.em.fork();
  await seedDelivery(em);
  const ties = await makeCategory(em);
  const variantOf = async (fields: Parameters<typeof makeProduct>[1]) => (await makeProduct(em, fields)).variants.getItems()[0]!.id;
  v.navy = await variantOf({ category: ties, name: text('Тёмно-синий галстук', 'Қою көк галстук', 'Navy tie'), variants: [{ price: NAVY, stock: 5 }] });
  v.red = await variantOf({ category: ties, name: text('Красный галстук', 'Қызыл галстук', 'Red tie'), variants: [{ price: RED, stock: 2 }] });
  v.draft = await variantOf({ category: ties, status: ProductStatus.draft, variants: [{ stock: 9 }] });
  v.gone = await variantOf({ category: ties, variants: [{ stock: 0 }] });
  shopper = await makeShopper(em, app.config);
});
afterAll(() => app.close());

type Errors = NonNullable<Awaited<ReturnType<TestApp['graphql']>>['errors']>;

async function place(input: Record<string, unknown>, options: { as?: Shopper | null; key?: string; locale?: string } = {}) {
  const as = options.as === undefined ? shopper : options.as;
  const result = await app.graphql<{ placeOrder: OrderData }>(PLACE_ORDER, { input, key: options.key ?? randomUUID(), locale: options.locale }, as?.headers ?? {});
  return { order: result.data?.placeOrder, errors: result.errors as Errors | undefined };
}

/** Runs a failing attempt and checks it wrote nothing at all: no order, line, history, movement, message or stock change. */
async function writesNothing(attempt: () => Promise<{ errors?: Errors }>): Promise<Errors[number]['extensions']> {
  const before = await orderFootprint(app.orm.em.fork());
  const { errors } = await attempt();
  expect(errors, 'the attempt should fail').toBeDefined();
  expect(await orderFootprint(app.orm.em.fork())).toEqual(before);
  return errors![0]!.extensions;
}

describe('placing an order', () => {
  it('prices it on the server, reserves its stock and writes its lines as sold, in the order’s language', async () => {
    const em = app.orm.em.fork();
    const before = { navy: await stockOf(em, v.navy), red: await stockOf(em, v.red) };
    const total = 2 * NAVY + RED + COURIER_ALMATY;
    const { order, errors } = await place(
      orderInput([{ variantId: v.navy, quantity: 2 }, { variantId: v.red, quantity: 1 }], total, {
        delivery: { method: 'courier-almaty', address: '  ул.  Абая 10,   кв 5 ' },
        contact: { name: 'Ерлан', phone: '+7 (701) 123-45-67' },
        comment: 'Позвонить\nза час',
      }),
      { locale: 'kk' },
    );
    expect(errors).toBeUndefined();
    expect(order).toMatchObject({
      status: 'pending_payment',
      locale: 'kk',
      contactPhone: '+77011234567',
      subtotal: 2 * NAVY + RED,
      deliveryPrice: COURIER_ALMATY,
      total,
      canCancel: true,
      paidAt: null,
      delivery: { method: { code: 'courier-almaty' }, city: 'Алматы', address: 'ул. Абая 10, кв 5', postalCode: null },
      lines: [
        { variantId: String(v.navy), productName: 'Қою көк галстук', unitPrice: NAVY, quantity: 2, lineTotal: 2 * NAVY },
        { variantId: String(v.red), productName: 'Қызыл галстук', unitPrice: RED, quantity: 1, lineTotal: RED },
      ],
      statusHistory: [{ from: null, to: 'pending_payment', actor: 'customer' }],
    });
    expect(order!.number).toMatch(new RegExp(`^T1-${new Date().getUTCFullYear()}-\\d{6}$`));
    const minutesToPay = (Date.parse(order!.paymentDueAt!) - Date.now()) / 60_000;
    expect(minutesToPay).toBeGreaterThan(29);
    expect(minutesToPay).toBeLessThanOrEqual(30);
    expect(await stockOf(em, v.navy)).toBe(before.navy - 2);
    expect(await stockOf(em, v.red)).toBe(before.red - 1);
    expect(await ledgerMismatches(em)).toEqual([]);
    const comment = await app.graphql<{ myOrder: { comment: string } }>(`{ myOrder(number: "${order!.number}") { comment } }`, undefined, shopper.headers);
    expect(comment.data?.myOrder.comment).toBe('Позвонить\nза час');
  });

  it('starts a pay-on-delivery order as placed, with no payment deadline', async () => {
    const { order, errors } = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY, { paymentMethod: 'on_delivery' }));
    expect(errors).toBeUndefined();
    expect(order).toMatchObject({ status: 'placed', paymentDueAt: null, statusHistory: [{ from: null, to: 'placed' }], delivery: { city: 'Алматы', address: null } });
  });

  it('numbers orders one after another', async () => {
    const first = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY));
    const second = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY));
    const counter = (number: string) => Number(number.split('-')[2]);
    expect(counter(second.order!.number)).toBe(counter(first.order!.number) + 1);
    for (const { order } of [first, second]) await cancel(order!.number);
  });

  it('answers UNAUTHENTICATED to a signed-out shopper and writes nothing', async () => {
    const extensions = await writesNothing(() => place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { as: null }));
    expect(extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers CONFLICT price_changed with the new preview when the price moved since the shopper saw it, and writes nothing', async () => {
    const em = app.orm.em.fork();
    await em.nativeUpdate(Variant, { id: v.red }, { price: RED + 100_000 });
    try {
      const extensions = await writesNothing(() => place(orderInput([{ variantId: v.red, quantity: 1 }], RED)));
      expect(extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'price_changed',
        preview: { total: RED + 100_000, subtotal: RED + 100_000, deliveryPrice: 0, orderable: true, lines: [{ variantId: String(v.red), unitPrice: RED + 100_000, problem: null }] },
      });
    } finally {
      await em.nativeUpdate(Variant, { id: v.red }, { price: RED });
    }
  });

  it.each([
    ['a phone that is not Kazakh', { contact: { name: 'Ерлан', phone: '+7 916 123 45 67' } }, 'contact.phone'],
    ['a blank name', { contact: { name: '   ', phone: '87011234567' } }, 'contact.name'],
    ['a courier without an address', { delivery: { method: 'courier-almaty' } }, 'delivery.address'],
    ['Kazpost without a town', { delivery: { method: 'kazpost', address: 'ул. Ленина 1', postalCode: '050000' } }, 'delivery.city'],
    ['Kazpost without a postal code', { delivery: { method: 'kazpost', city: 'Караганда', address: 'ул. Ленина 1' } }, 'delivery.postalCode'],
    ['a postal code that is not six digits', { delivery: { method: 'kazpost', city: 'Караганда', address: 'ул. Ленина 1', postalCode: '1000' } }, 'delivery.postalCode'],
    ['an unknown delivery method', { delivery: { method: 'drone' } }, 'delivery.method'],
    ['a comment past 500 characters', { comment: 'x'.repeat(501) }, 'comment'],
    // Bidi overrides would show the owner's message reversed (the phone after the name read backwards); controls are never text.
    ['a name with a right-to-left override', { contact: { name: 'Ерлан\u202e', phone: '87011234567' } }, 'contact.name'],
    ['an address with a control character', { delivery: { method: 'courier-almaty', address: 'ул. Абая 10\u0007' } }, 'delivery.address'],
    ['a comment with a bidi isolate', { comment: 'позвонить \u2067за час' }, 'comment'],
    ['a name of invisible characters only', { contact: { name: '\u200b\ufeff\u2060\u00ad', phone: '87011234567' } }, 'contact.name'],
    ['no lines', { lines: [] }, 'lines'],
    [`more than ${MAX_LINES} lines`, { lines: Array.from({ length: MAX_LINES + 1 }, (_, i) => ({ variantId: String(i + 1), quantity: 1 })) }, 'lines'],
    [`more than ${MAX_QUANTITY} of a variant`, { lines: [{ variantId: 'NAVY', quantity: MAX_QUANTITY + 1 }] }, 'lines[0].quantity'],
    ['a quantity of zero', { lines: [{ variantId: 'NAVY', quantity: 0 }] }, 'lines[0].quantity'],
    ['a variant on two lines', { lines: [{ variantId: 'NAVY', quantity: 1 }, { variantId: 'NAVY', quantity: 2 }] }, 'lines[1].variantId'],
    ['a variant id that is not an id', { lines: [{ variantId: '1e3', quantity: 1 }] }, 'lines[0].variantId'],
  ])('answers BAD_USER_INPUT naming the field for %s, and writes nothing', async (_case, override, field) => {
    const input = orderInput([{ variantId: v.navy, quantity: 1 }], NAVY, override);
    input.lines = input.lines.map((line) => ({ ...line, variantId: line.variantId === 'NAVY' ? String(v.navy) : line.variantId }));
    const extensions = await writesNothing(() => place(input));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers BAD_USER_INPUT for an idempotency key that is not one', async () => {
    const extensions = await writesNothing(() => place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { key: 'short' }));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it.each([
    ['an unpublished variant', () => v.draft, 1, 0],
    ['a sold-out variant', () => v.gone, 1, 0],
    ['an unknown variant', () => 2_000_000_000, 1, 0],
    ['more units than there are', () => v.red, 3, 2],
  ])('answers OUT_OF_STOCK with what is available for %s, and writes nothing', async (_case, variant, quantity, available) => {
    const em = app.orm.em.fork();
    const redLeft = await stockOf(em, v.red);
    const extensions = await writesNothing(() => place(orderInput([{ variantId: v.navy, quantity: 1 }, { variantId: variant(), quantity }], NAVY + RED * quantity)));
    expect(extensions).toEqual({ code: 'OUT_OF_STOCK', variantId: String(variant()), available: variant() === v.red ? redLeft : available });
  });
});

describe('idempotency', () => {
  it('turns 20 parallel sends of one request under one key into one order, holding its stock once', async () => {
    const em = app.orm.em.fork();
    const before = await stockOf(em, v.navy);
    const key = randomUUID();
    const input = orderInput([{ variantId: v.navy, quantity: 1 }], NAVY);
    const results = await Promise.all(Array.from({ length: 20 }, () => place(input, { key })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.order!.number)).size).toBe(1);
    expect(await stockOf(em, v.navy)).toBe(before - 1);
    const [row] = await em.execute<{ orders: number }[]>('select count(*)::int as orders from shop_order where idempotency_key = ?', [key]);
    expect(row!.orders).toBe(1);
    expect(await ledgerMismatches(em)).toEqual([]);
    await cancel(results[0]!.order!.number);
  });

  it('answers a retry with the order it placed, however the phone was typed the second time', async () => {
    const key = randomUUID();
    const first = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { key });
    const footprint = await orderFootprint(app.orm.em.fork());
    const retry = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY, { contact: { name: 'Айгерім  Сейітова', phone: '+77011234567' } }), { key });
    expect(retry.errors).toBeUndefined();
    expect(retry.order).toEqual(first.order);
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
    // Not even an order number was spent on the retry.
    const next = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY));
    expect(Number(next.order!.number.split('-')[2])).toBe(Number(first.order!.number.split('-')[2]) + 1);
    for (const { order } of [first, next]) await cancel(order!.number);
  });

  it('answers CONFLICT idempotency_key_reused to the same key with another request, and writes nothing', async () => {
    const key = randomUUID();
    const first = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { key });
    const extensions = await writesNothing(() => place(orderInput([{ variantId: v.navy, quantity: 2 }], 2 * NAVY), { key }));
    expect(extensions).toMatchObject({ code: 'CONFLICT', reason: 'idempotency_key_reused', number: first.order!.number });
    await cancel(first.order!.number);
  });

  it('keeps keys per shopper: another shopper’s key never returns their order', async () => {
    const key = randomUUID();
    const mine = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { key });
    const other = await makeShopper(app.orm.em.fork(), app.config);
    const theirs = await place(orderInput([{ variantId: v.navy, quantity: 1 }], NAVY), { key, as: other });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.order!.number).not.toBe(mine.order!.number);
    await cancel(mine.order!.number);
    await cancel(theirs.order!.number, other);
  });
});

describe('previewOrder', () => {
  it('prices a cart for anyone, with each line’s problem and what is available, and holds nothing', async () => {
    const footprint = await orderFootprint(app.orm.em.fork());
    const redLeft = await stockOf(app.orm.em.fork(), v.red);
    const result = await app.graphql<{ previewOrder: Record<string, unknown> }>(PREVIEW_ORDER, {
      lines: [
        { variantId: String(v.navy), quantity: 2 },
        { variantId: String(v.red), quantity: redLeft + 1 },
        { variantId: String(v.draft), quantity: 1 },
      ],
      method: 'courier-almaty',
      locale: 'en',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.previewOrder).toMatchObject({
      lines: [
        { variantId: String(v.navy), productName: 'Navy tie', unitPrice: NAVY, lineTotal: 2 * NAVY, problem: null },
        { variantId: String(v.red), unitPrice: RED, lineTotal: RED * (redLeft + 1), available: redLeft, problem: 'NOT_ENOUGH_STOCK' },
        { variantId: String(v.draft), sku: null, productName: null, unitPrice: null, lineTotal: null, available: 0, problem: 'UNAVAILABLE' },
      ],
      subtotal: 2 * NAVY + RED * (redLeft + 1),
      deliveryPrice: COURIER_ALMATY,
      total: 2 * NAVY + RED * (redLeft + 1) + COURIER_ALMATY,
      deliveryMethod: { code: 'courier-almaty', price: COURIER_ALMATY },
      orderable: false,
    });
    expect(await orderFootprint(app.orm.em.fork())).toEqual(footprint);
  });

  it('costs no delivery until a method is chosen, and names a bad one', async () => {
    const plain = await app.graphql<{ previewOrder: { total: number; deliveryPrice: number; deliveryMethod: null } }>(PREVIEW_ORDER, { lines: [{ variantId: String(v.navy), quantity: 1 }] });
    expect(plain.data?.previewOrder).toMatchObject({ total: NAVY, deliveryPrice: 0, deliveryMethod: null });
    const unknown = await app.graphql(PREVIEW_ORDER, { lines: [{ variantId: String(v.navy), quantity: 1 }], method: 'teleport' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryMethod' });
  });
});

describe('deliveryMethods', () => {
  it('lists the seeded methods with prices, in the requested language', async () => {
    const result = await app.graphql<{ deliveryMethods: Record<string, unknown>[] }>(`{ deliveryMethods(locale: kk) { code kind name city price requiresAddress requiresPostalCode } }`);
    expect(result.data?.deliveryMethods).toEqual([
      { code: 'pickup-almaty', kind: 'pickup', name: 'Алматыдан өзі алып кету', city: 'Алматы', price: 0, requiresAddress: false, requiresPostalCode: false },
      { code: 'courier-almaty', kind: 'courier', name: 'Алматы бойынша курьер', city: 'Алматы', price: 150_000, requiresAddress: true, requiresPostalCode: false },
      { code: 'courier-astana', kind: 'courier', name: 'Астана бойынша курьер', city: 'Астана', price: 200_000, requiresAddress: true, requiresPostalCode: false },
      { code: 'kazpost', kind: 'post', name: 'Қазпошта, бүкіл Қазақстан бойынша', city: null, price: 250_000, requiresAddress: true, requiresPostalCode: true },
    ]);
  });
});

async function cancel(number: string, as: Shopper = shopper): Promise<void> {
  const result = await app.graphql(`mutation { cancelMyOrder(number: "${number}") { ${ORDER_FIELDS} } }`, undefined, as.headers);
  expect(result.errors).toBeUndefined();
}
