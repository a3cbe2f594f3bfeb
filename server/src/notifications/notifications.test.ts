import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTelegramSimulator, type TelegramSimulator } from '../../../infra/simulators/telegram/telegram-simulator.js';
import { createOrm, migrate } from '../db/orm.js';
import type { Logger } from '../logger.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { enqueue, type OutgoingMessage } from './notification.service.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';
import { backoffDelayMs, claimDueMessages, createOutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
import { createTelegramBotClient, type TelegramBotClient } from './telegram-bot.client.js';

const BOT_TOKEN = '4242424242:notifications-test-token';
const OWNER_CHAT = '100200300';

let database: TestDatabase;
let orm: MikroORM;
let simulator: TelegramSimulator;
let logs: { level: string; message: string; fields?: Record<string, unknown> }[] = [];

const logger: Logger = {
  debug: (message, fields) => logs.push({ level: 'debug', message, fields }),
  info: (message, fields) => logs.push({ level: 'info', message, fields }),
  warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
  error: (message, fields) => logs.push({ level: 'error', message, fields }),
};

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await createOrm({ databaseUrl: database.url, logger });
  await migrate(orm);
  simulator = await startTelegramSimulator({ botToken: BOT_TOKEN });
});

afterAll(async () => {
  await simulator?.stop();
  await orm?.close();
  await database?.drop();
});

beforeEach(async () => {
  logs = [];
  simulator.reset();
  await orm.em.fork().execute('truncate outbox_message restart identity');
});

/** The real client against the simulator, counting calls; `slowMs` stretches each call. */
function simulatorClient(options: { slowMs?: number } = {}): TelegramBotClient & { calls: number } {
  const real = createTelegramBotClient({ apiBase: simulator.url, botToken: BOT_TOKEN });
  const client = {
    timeoutMs: real.timeoutMs,
    calls: 0,
    async sendMessage(request: Parameters<TelegramBotClient['sendMessage']>[0]) {
      client.calls++;
      if (options.slowMs) await delay(options.slowMs);
      return real.sendMessage(request);
    },
  };
  return client;
}

function worker(overrides: Partial<OutboxWorkerOptions> = {}) {
  return createOutboxWorker({ orm, logger, client: simulatorClient(), pollIntervalMs: 20, maxAttempts: 5, backoff: { initialMs: 200, maxMs: 1_000 }, ...overrides });
}

/** Enqueues in a committed transaction, as an event's service would. */
function queue(message: Partial<OutgoingMessage> & { text: string }): Promise<number | null> {
  return orm.em.fork().transactional((tx) => enqueue(tx, { chatId: OWNER_CHAT, ...message }));
}

function rows(): Promise<OutboxMessage[]> {
  return orm.em.fork().find(OutboxMessage, {}, { orderBy: { id: 'asc' } });
}

async function onlyRow(): Promise<OutboxMessage> {
  const all = await rows();
  expect(all).toHaveLength(1);
  return all[0]!;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntilPast(moment: Date): Promise<void> {
  await delay(Math.max(0, moment.getTime() - Date.now()) + 50);
}

describe('enqueue', () => {
  it('stores the message with the caller’s transaction and sends nothing by itself', async () => {
    const id = await queue({ text: 'Новый заказ №7 — 12 900 ₸ "срочно"? 🎀', parseMode: 'HTML', dedupeKey: 'order-placed:7' });

    const row = await onlyRow();
    expect(row).toMatchObject({
      id,
      channel: 'telegram',
      chatId: OWNER_CHAT,
      text: 'Новый заказ №7 — 12 900 ₸ "срочно"? 🎀',
      parseMode: 'HTML',
      dedupeKey: 'order-placed:7',
      status: OutboxStatus.pending,
      attempts: 0,
      telegramMessageId: null,
      sentAt: null,
    });
    expect(simulator.messages).toEqual([]);
  });

  it('keeps one row when the same dedupe key is enqueued twice, without breaking the caller’s transaction', async () => {
    const [first, again, other] = await orm.em.fork().transactional(async (tx) => [
      await enqueue(tx, { chatId: OWNER_CHAT, text: 'Вошёл администратор', dedupeKey: 'admin-signin:17' }),
      await enqueue(tx, { chatId: OWNER_CHAT, text: 'Вошёл администратор', dedupeKey: 'admin-signin:17' }),
      // the transaction is still usable after the skipped duplicate
      await enqueue(tx, { chatId: OWNER_CHAT, text: 'Без ключа' }),
    ]);
    const later = await queue({ text: 'Вошёл администратор', dedupeKey: 'admin-signin:17' });

    expect(first).toEqual(expect.any(Number));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(Number));
    expect(later).toBeNull();
    expect((await rows()).map((r) => r.dedupeKey)).toEqual(['admin-signin:17', null]);
  });

  it('leaves no row when the caller’s transaction rolls back', async () => {
    const failing = orm.em.fork().transactional(async (tx) => {
      await enqueue(tx, { chatId: OWNER_CHAT, text: 'Заказ оплачен', dedupeKey: 'order-paid:9' });
      throw new Error('payment capture failed');
    });

    await expect(failing).rejects.toThrow('payment capture failed');
    expect(await rows()).toEqual([]);
    expect(await worker().runOnce()).toBe(0);
    expect(simulator.messages).toEqual([]);
  });

  it('refuses to run outside a transaction, so a message cannot be committed apart from its event', async () => {
    await expect(enqueue(orm.em.fork(), { chatId: OWNER_CHAT, text: 'Потеряется?' })).rejects.toThrow(/inside the transaction/);
    expect(await rows()).toEqual([]);
  });

  it('rejects text Telegram would refuse before it reaches the database', async () => {
    await expect(queue({ text: '' })).rejects.toThrow(RangeError);
    await expect(queue({ text: 'x'.repeat(4097) })).rejects.toThrow(RangeError);
    expect(await queue({ text: 'x'.repeat(4096) })).toEqual(expect.any(Number));
  });
});

describe('outbox worker', () => {
  it('delivers a queued message exactly once and records Telegram’s message id', async () => {
    await queue({ text: 'Новый заказ <b>№7</b>', parseMode: 'HTML' });
    const client = simulatorClient();
    const outbox = worker({ client });

    expect(await outbox.runOnce()).toBe(1);
    expect(await outbox.runOnce()).toBe(0);

    expect(client.calls).toBe(1);
    expect(simulator.messages).toHaveLength(1);
    const [sent] = simulator.messages;
    expect(sent).toMatchObject({ chatId: OWNER_CHAT, text: 'Новый заказ <b>№7</b>', parseMode: 'HTML' });
    const row = await onlyRow();
    expect(row).toMatchObject({ status: OutboxStatus.sent, attempts: 1, claimedUntil: null, lastError: null, telegramMessageId: String(sent!.messageId) });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('takes back a message from a worker that crashed after claiming it, once the lease ends, and sends it once', async () => {
    await queue({ text: 'Заказ №8' });
    // The crashed worker: it claimed the row and died before calling Telegram.
    const [claimed] = await claimDueMessages(orm.em.fork(), { limit: 10, leaseMs: 500 });
    expect(claimed).toMatchObject({ attempts: 1, previousStatus: 'pending' });
    const survivor = worker();

    expect(await survivor.runOnce()).toBe(0);
    expect((await onlyRow()).status).toBe(OutboxStatus.sending);
    await waitUntilPast((await onlyRow()).claimedUntil!);
    expect(await survivor.runOnce()).toBe(1);
    expect(await survivor.runOnce()).toBe(0);

    expect(simulator.messages.map((m) => m.text)).toEqual(['Заказ №8']);
    expect(await onlyRow()).toMatchObject({ status: OutboxStatus.sent, attempts: 2 });
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining('lease expired') }));
  });

  it('waits out a 429 for retry_after seconds before sending again', async () => {
    await queue({ text: 'Заказ №9' });
    simulator.failNext(1, { status: 429, retryAfter: 1 });
    const outbox = worker();

    const before = Date.now();
    expect(await outbox.runOnce()).toBe(1);
    const waiting = await onlyRow();
    expect(waiting).toMatchObject({ status: OutboxStatus.pending, claimedUntil: null, lastError: expect.stringContaining('429') });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 1_000 - 50);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000 + 50);

    expect(await outbox.runOnce()).toBe(0);
    expect(simulator.messages).toEqual([]);

    await waitUntilPast(waiting.nextAttemptAt);
    expect(await outbox.runOnce()).toBe(1);
    expect(simulator.messages.map((m) => m.text)).toEqual(['Заказ №9']);
    expect((await onlyRow()).status).toBe(OutboxStatus.sent);
  });

  it('retries a 500 with growing delays, then sends it once', async () => {
    await queue({ text: 'Заказ №10' });
    simulator.failNext(2, { status: 500 });
    const client = simulatorClient();
    const outbox = worker({ client, backoff: { initialMs: 200, maxMs: 1_000 } });

    const delays: number[] = [];
    for (let failure = 1; failure <= 2; failure++) {
      const before = Date.now();
      expect(await outbox.runOnce()).toBe(1);
      const row = await onlyRow();
      expect(row).toMatchObject({ status: OutboxStatus.pending, attempts: failure, lastError: '500 Internal Server Error' });
      delays.push(row.nextAttemptAt.getTime() - before);
      expect(await outbox.runOnce()).toBe(0);
      await waitUntilPast(row.nextAttemptAt);
    }
    expect(await outbox.runOnce()).toBe(1);

    expect(delays[0]).toBeGreaterThanOrEqual(200 - 50);
    expect(delays[0]).toBeLessThan(400);
    expect(delays[1]).toBeGreaterThanOrEqual(400 - 50);
    expect(client.calls).toBe(3);
    expect(simulator.messages.map((m) => m.text)).toEqual(['Заказ №10']);
    expect(await onlyRow()).toMatchObject({ status: OutboxStatus.sent, attempts: 3 });
  });

  it('caps the backoff', () => {
    const policy = { initialMs: 200, maxMs: 1_000 };
    expect([1, 2, 3, 4, 20].map((attempt) => backoffDelayMs(policy, attempt))).toEqual([200, 400, 800, 1_000, 1_000]);
  });

  it('marks a message failed when transient errors outlast maxAttempts', async () => {
    await queue({ text: 'Заказ №11' });
    simulator.failNext(2, { status: 500 });
    const client = simulatorClient();
    const outbox = worker({ client, maxAttempts: 2, backoff: { initialMs: 30, maxMs: 30 } });

    expect(await outbox.runOnce()).toBe(1);
    await waitUntilPast((await onlyRow()).nextAttemptAt);
    expect(await outbox.runOnce()).toBe(1);
    await delay(60);
    expect(await outbox.runOnce()).toBe(0);

    expect(client.calls).toBe(2);
    expect(await onlyRow()).toMatchObject({ status: OutboxStatus.failed, attempts: 2, lastError: '500 Internal Server Error' });
    expect(simulator.messages).toEqual([]);
  });

  it.each([400, 401, 403] as const)('records a %i as failed and never calls Telegram for it again', async (status) => {
    await queue({ text: 'Заказ №12' });
    simulator.failNext(1, { status });
    const client = simulatorClient();
    const outbox = worker({ client });

    expect(await outbox.runOnce()).toBe(1);
    await orm.em.fork().execute(`update outbox_message set next_attempt_at = now() - interval '1 hour'`);
    expect(await outbox.runOnce()).toBe(0);

    expect(client.calls).toBe(1);
    expect(simulator.messages).toEqual([]);
    expect(await onlyRow()).toMatchObject({ status: OutboxStatus.failed, attempts: 1, lastError: expect.stringMatching(new RegExp(`^${status} `)) });
  });

  it('two workers racing over 20 messages send each exactly once', async () => {
    for (let n = 1; n <= 20; n++) await queue({ text: `Заказ №${n}` });
    // Separate ORMs and connection pools, as in two API processes; slow calls make the runs overlap.
    const otherOrm = await createOrm({ databaseUrl: database.url, logger });
    try {
      const a = worker({ client: simulatorClient({ slowMs: 5 }) });
      const b = worker({ orm: otherOrm, client: simulatorClient({ slowMs: 5 }) });

      const [byA, byB] = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(byA + byB).toBe(20);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      expect(await Promise.all([a.runOnce(), b.runOnce()])).toEqual([0, 0]);
    } finally {
      await otherOrm.close();
    }

    const texts = simulator.messages.map((m) => m.text);
    expect(texts).toHaveLength(20);
    expect(new Set(texts).size).toBe(20);
    expect(new Set(texts)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `Заказ №${i + 1}`)));
    expect((await rows()).every((r) => r.status === OutboxStatus.sent && r.attempts === 1)).toBe(true);
  });

  it('delivers in the background after start(), and stop() waits for the delivery in flight', async () => {
    const outbox = worker({ client: simulatorClient({ slowMs: 200 }), pollIntervalMs: 10 });
    outbox.start();
    await queue({ text: 'Заказ №13' });
    while (simulator.messages.length === 0 && (await onlyRow()).status === OutboxStatus.pending) await delay(5);

    await outbox.stop();

    expect(simulator.messages.map((m) => m.text)).toEqual(['Заказ №13']);
    expect((await onlyRow()).status).toBe(OutboxStatus.sent);
  });

  it('refuses a lease too short to cover one Bot API call', () => {
    expect(() => worker({ leaseMs: 5_000 })).toThrow(RangeError);
  });
});

describe('Telegram Bot API client', () => {
  const client = () => createTelegramBotClient({ apiBase: simulator.url, botToken: BOT_TOKEN });
  const request = { chatId: OWNER_CHAT, text: 'Проверка' };

  it('classifies Telegram’s answers', async () => {
    simulator.failNext(1, { status: 429, retryAfter: 7 });
    simulator.failNext(1, { status: 500 });
    simulator.failNext(1, { status: 403 });

    expect(await client().sendMessage(request)).toEqual({ kind: 'retryAfter', seconds: 7, description: 'Too Many Requests: retry after 7' });
    expect(await client().sendMessage(request)).toEqual({ kind: 'transient', status: 500, description: 'Internal Server Error' });
    expect(await client().sendMessage(request)).toEqual({ kind: 'permanent', status: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await client().sendMessage(request)).toEqual({ kind: 'sent', messageId: String(simulator.messages[0]!.messageId) });
  });

  it('treats a wrong bot token as permanent', async () => {
    const wrongToken = createTelegramBotClient({ apiBase: simulator.url, botToken: '1:wrong' });
    expect(await wrongToken.sendMessage(request)).toEqual({ kind: 'permanent', status: 401, description: 'Unauthorized' });
  });

  it('treats an unreachable API and a timeout as transient, without the token in the description', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as AddressInfo;
    try {
      const slow = createTelegramBotClient({ apiBase: `http://127.0.0.1:${port}`, botToken: BOT_TOKEN, timeoutMs: 100 });
      expect(await slow.sendMessage(request)).toEqual({ kind: 'transient', status: null, description: 'no answer within 100 ms' });
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
    const unreachable = createTelegramBotClient({ apiBase: `http://127.0.0.1:${port}`, botToken: BOT_TOKEN });
    const result = await unreachable.sendMessage(request);
    expect(result).toMatchObject({ kind: 'transient', status: null, description: expect.stringContaining('ECONNREFUSED') });

    const misconfigured = await createTelegramBotClient({ apiBase: 'http://bad host', botToken: BOT_TOKEN }).sendMessage(request);
    expect(misconfigured).toMatchObject({ kind: 'transient', status: null, description: expect.stringContaining('<bot token>') });
    expect(JSON.stringify(misconfigured)).not.toContain(BOT_TOKEN);
  });
});

describe('schema', () => {
  it('the hand-written migration creates exactly the table the entity describes', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL();
    expect(diff).not.toContain('outbox_message');
  });
});
