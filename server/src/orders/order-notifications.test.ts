import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTelegramSimulator, type TelegramSimulator } from '../../../infra/simulators/telegram/telegram-simulator.js';
import { makeCategory, makeProduct, text } from '../../test/support/catalog-factory.js';
import { PLACE_ORDER, orderInput, seedDelivery, type OrderData } from '../../test/support/order-fixtures.js';
import { makeShopper, type Shopper } from '../../test/support/shopper-factory.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { DEVELOPMENT_BOT_TOKEN } from '../config.js';
import { Order } from './order.entity.js';
import { OrderLifecycleService } from './order-lifecycle.service.js';

const OWNER_CHAT = '100200300';
const NBSP = '\u00a0';
let simulator: TelegramSimulator;
let app: TestApp;
let navy: number;
let red: number;

beforeAll(async () => {
  simulator = await startTelegramSimulator({ botToken: DEVELOPMENT_BOT_TOKEN });
  app = await startTestApp(
    { OWNER_TELEGRAM_CHAT_ID: OWNER_CHAT, TELEGRAM_API_BASE: simulator.url, PLACE_ORDER_LIMIT_PER_USER: '1000', PLACE_ORDER_LIMIT_PER_IP: '1000', MAX_UNPAID_ORDERS_PER_USER: '1000' },
    { runOutboxWorker: true },
  );
  const em = app.orm.em.fork();
  await seedDelivery(em);
  const ties = await makeCategory(em);
  navy = (await makeProduct(em, { category: ties, name: text('Тёмно-синий галстук', 'Қою көк галстук', 'Navy tie'), variants: [{ price: 1_249_500, stock: 50 }] })).variants.getItems()[0]!.id;
  red = (await makeProduct(em, { category: ties, name: text('Красный галстук', 'Қызыл галстук', 'Red tie'), variants: [{ price: 999_000, stock: 50 }] })).variants.getItems()[0]!.id;
});
afterAll(async () => {
  await app.close();
  await simulator.stop();
});
beforeEach(() => simulator.reset());

async function place(as: Shopper, locale: string, overrides: Record<string, unknown> = {}): Promise<OrderData> {
  const input = orderInput([{ variantId: navy, quantity: 2 }, { variantId: red, quantity: 1 }], 2 * 1_249_500 + 999_000, overrides);
  const result = await app.graphql<{ placeOrder: OrderData }>(PLACE_ORDER, { input, key: randomUUID(), locale }, as.headers);
  expect(result.errors).toBeUndefined();
  return result.data!.placeOrder;
}

async function queued(): Promise<{ chat_id: string; text: string }[]> {
  return app.orm.em.fork().execute('select chat_id, text from outbox_message order by id');
}

describe('order messages', () => {
  it('queues the owner’s "new order" with its lines and total in the order’s own transaction, and delivers it', async () => {
    const before = (await queued()).length;
    const shopper = await makeShopper(app.orm.em.fork(), app.config);
    const order = await place(shopper, 'kk', { comment: 'Подарочная упаковка' });
    const rows = (await queued()).slice(before);
    expect(rows.map((row) => row.chat_id)).toEqual([OWNER_CHAT]);
    const message = rows[0]!.text;
    expect(message).toContain(`Новый заказ ${order.number} — 34${NBSP}980${NBSP}₸`);
    expect(message).toContain(`• Қою көк галстук (${order.lines[0]!.sku}) × 2 = 24${NBSP}990${NBSP}₸`);
    expect(message).toContain(`• Қызыл галстук (${order.lines[1]!.sku}) × 1 = 9${NBSP}990${NBSP}₸`);
    expect(message).toContain('Айгерім Сейітова, +77011234567');
    expect(message).toContain('Комментарий: Подарочная упаковка');
    await expect.poll(() => simulator.messages.map((m) => m.chatId)).toEqual([OWNER_CHAT]);
  });

  it('quotes every line of a comment in the owner’s message, so a shopper cannot write lines that read as the shop’s own', async () => {
    const before = (await queued()).length;
    const shopper = await makeShopper(app.orm.em.fork(), app.config);
    await place(shopper, 'ru', { comment: 'Подарок\nОплата получена ✅\n\nДоставка: 0 ₸' });
    const message = (await queued()).slice(before)[0]!.text;
    const lines = message.split('\n');
    expect(lines.filter((line) => line.startsWith('Доставка:'))).toHaveLength(1);
    expect(lines).not.toContain('Оплата получена ✅');
    expect(message).toContain('Комментарий: Подарок\n» Оплата получена ✅\n»\n» Доставка: 0 ₸');
  });

  it('writes to the customer’s own chat, in the order’s language, on every status, when they let the bot write to them', async () => {
    const shopper = await makeShopper(app.orm.em.fork(), app.config, { allowsWriteToPm: true });
    const before = (await queued()).length;
    const order = await place(shopper, 'kk');
    await app.graphql(`mutation { cancelMyOrder(number: "${order.number}") { status } }`, undefined, shopper.headers);
    const toCustomer = (await queued()).slice(before).filter((row) => row.chat_id === shopper.user.telegramId).map((row) => row.text);
    expect(toCustomer).toEqual([
      `Тапсырыс ${order.number}: төлемді күтуде.\nСомасы: 34${NBSP}980${NBSP}₸.\nТөлем мерзімі ${new Intl.DateTimeFormat('kk-KZ', { timeZone: 'Asia/Almaty', hour: '2-digit', minute: '2-digit' }).format(new Date(order.paymentDueAt!))}.`,
      `Тапсырыс ${order.number}: күшін жойды.\nСомасы: 34${NBSP}980${NBSP}₸.`,
    ]);
    await expect.poll(() => simulator.messages.filter((m) => m.chatId === shopper.user.telegramId).length).toBe(2);
  });

  it('tells the customer of the shop’s moves and a late payment, in English for an English order', async () => {
    const shopper = await makeShopper(app.orm.em.fork(), app.config, { allowsWriteToPm: true });
    const order = await place(shopper, 'en');
    const { id } = await app.orm.em.fork().findOneOrFail(Order, { number: order.number });
    await new OrderLifecycleService(app.orm.em.fork(), app.config).markPaid(id);
    const texts = (await queued()).filter((row) => row.chat_id === shopper.user.telegramId).map((row) => row.text.split('\n')[0]);
    expect(texts).toEqual([`Order ${order.number}: awaiting payment.`, `Order ${order.number}: paid.`]);
  });

  it('never writes to a customer who did not let the bot write to them, while the owner still hears of the cancellation', async () => {
    const shopper = await makeShopper(app.orm.em.fork(), app.config, { allowsWriteToPm: false });
    const before = (await queued()).length;
    const order = await place(shopper, 'ru');
    await app.graphql(`mutation { cancelMyOrder(number: "${order.number}") { status } }`, undefined, shopper.headers);
    const rows = (await queued()).slice(before);
    expect(rows.map((row) => row.chat_id)).toEqual([OWNER_CHAT, OWNER_CHAT]);
    expect(rows[1]!.text).toBe(`❌ Покупатель отменил заказ ${order.number} (34${NBSP}980${NBSP}₸).`);
  });
});
