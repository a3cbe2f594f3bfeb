import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyLoginWidget, verifyWebAppInitData } from '../../../server/src/users/telegram-auth.js';
import { startTelegramSimulator, type TelegramSimulator } from './telegram-simulator.js';

const BOT_TOKEN = '123456:simulator-test-token';
const OWNER_ID = '777000111';
const FRESH = { maxAgeSeconds: 86_400 };

let simulator: TelegramSimulator;

beforeAll(async () => {
  simulator = await startTelegramSimulator({ botToken: BOT_TOKEN, ownerTelegramId: OWNER_ID });
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.reset());

function sendMessage(body: Record<string, unknown>, token = BOT_TOKEN): Promise<Response> {
  return fetch(`${simulator.url}/bot${token}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function unescapeHtml(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('Bot API sendMessage', () => {
  it('answers like Telegram and records the message', async () => {
    const replyMarkup = { inline_keyboard: [[{ text: 'Заказ', url: 'http://localhost:4321/ru/orders/1' }]] };
    const response = await sendMessage({ chat_id: 42, text: 'Новый заказ', parse_mode: 'HTML', reply_markup: replyMarkup });

    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      ok: true,
      result: { message_id: expect.any(Number), date: expect.any(Number), chat: { id: 42 }, text: 'Новый заказ' },
    });
    expect(simulator.messages).toEqual([
      {
        chatId: '42',
        text: 'Новый заказ',
        parseMode: 'HTML',
        replyMarkup,
        messageId: body.result.message_id,
        at: expect.any(Date),
      },
    ]);
  });

  it('accepts a form-encoded body', async () => {
    const response = await fetch(`${simulator.url}/bot${BOT_TOKEN}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({ chat_id: '42', text: 'Сәлем' }),
    });
    expect(response.status).toBe(200);
    expect(simulator.messages.map((message) => message.text)).toEqual(['Сәлем']);
  });

  it('answers 401 Unauthorized to a wrong token', async () => {
    const response = await sendMessage({ chat_id: 42, text: 'hi' }, '123456:wrong');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
    expect(simulator.messages).toEqual([]);
  });

  it('answers 400 to an empty text', async () => {
    const response = await sendMessage({ chat_id: 42, text: '' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: message text is empty',
    });
  });

  it('answers 400 to a text over 4096 characters', async () => {
    const response = await sendMessage({ chat_id: 42, text: 'x'.repeat(4097) });
    expect(response.status).toBe(400);
  });

  it('fails with 429 and retry_after as often as asked, then succeeds', async () => {
    simulator.failNext(1, { status: 429, retryAfter: 5 });

    const limited = await sendMessage({ chat_id: 42, text: 'first try' });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 5',
      parameters: { retry_after: 5 },
    });

    const retried = await sendMessage({ chat_id: 42, text: 'second try' });
    expect(retried.status).toBe(200);
    expect(simulator.messages.map((message) => message.text)).toEqual(['second try']);
  });

  it('answers 403 when told the user blocked the bot', async () => {
    simulator.failNext(1, { status: 403 });
    const response = await sendMessage({ chat_id: 42, text: 'hi' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
  });

  it('takes failures over HTTP too', async () => {
    const configured = await fetch(`${simulator.url}/simulator/fail`, {
      method: 'POST',
      body: JSON.stringify({ count: 2, status: 500 }),
    });
    expect(configured.status).toBe(204);

    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await sendMessage({ chat_id: 42, text: 'hi' })).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('lists and clears recorded messages over HTTP', async () => {
    await sendMessage({ chat_id: 42, text: 'hi' });
    expect(await (await fetch(`${simulator.url}/simulator/messages`)).json()).toMatchObject([{ chatId: '42', text: 'hi' }]);

    await fetch(`${simulator.url}/simulator/messages`, { method: 'DELETE' });
    expect(simulator.messages).toEqual([]);
  });
});

describe('login widget', () => {
  it('lists the owner and shoppers on the login page', async () => {
    const response = await fetch(`${simulator.url}/login?return_to=${encodeURIComponent('http://localhost:4000/auth/telegram')}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Telegram login simulator</title>');
    expect(html).toContain(`id ${OWNER_ID}`);
    expect(html).toContain('Айгерім');
  });

  it('redirects back with fields that verifyLoginWidget accepts', async () => {
    const query = new URLSearchParams({
      id: '5000000002',
      first_name: 'Айгерім',
      last_name: '',
      username: 'aigerim_s',
      return_to: 'http://localhost:4000/auth/telegram?next=%2Fkk%2F',
    });
    const response = await fetch(`${simulator.url}/login/sign?${query}`, { redirect: 'manual' });

    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('http://localhost:4000/auth/telegram');
    const { next, ...widgetData } = Object.fromEntries(location.searchParams);
    expect(next).toBe('/kk/');
    expect(verifyLoginWidget(widgetData, BOT_TOKEN, { now: new Date(), ...FRESH })).toMatchObject({
      telegramId: '5000000002',
      firstName: 'Айгерім',
      username: 'aigerim_s',
    });
  });

  it('refuses to redirect to a foreign host', async () => {
    const query = new URLSearchParams({ id: '1', first_name: 'Eve', return_to: 'https://evil.example/steal' });
    const response = await fetch(`${simulator.url}/login/sign?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
  });

  it('hands signed widget data to tests as JSON, with an auth_date of their choosing', async () => {
    const response = await fetch(`${simulator.url}/login/signed?id=1&first_name=Old&auth_date=1000000000`);
    const widgetData = await response.json();
    expect(() => verifyLoginWidget(widgetData, BOT_TOKEN, { now: new Date(), ...FRESH })).toThrow(/expired/);
  });
});

describe('Mini App', () => {
  it('hands out init data that verifyWebAppInitData accepts', async () => {
    const response = await fetch(`${simulator.url}/webapp/init-data?id=5000000001&first_name=Дмитрий&language_code=ru`);
    const { initData } = await response.json();
    expect(verifyWebAppInitData(initData, BOT_TOKEN, { now: new Date(), ...FRESH })).toMatchObject({
      telegramId: '5000000001',
      firstName: 'Дмитрий',
      languageCode: 'ru',
    });
  });

  it('opens the shop with signed init data in the URL fragment', async () => {
    const query = new URLSearchParams({ url: 'http://localhost:4321/ru/', id: '5000000001', first_name: 'Дмитрий' });
    const html = await (await fetch(`${simulator.url}/webapp?${query}`)).text();
    const launched = new URL(unescapeHtml(/<iframe[^>]* src="([^"]+)"/.exec(html)?.[1] ?? ''));
    expect(`${launched.origin}${launched.pathname}`).toBe('http://localhost:4321/ru/');
    const initData = new URLSearchParams(launched.hash.slice(1)).get('tgWebAppData') ?? '';
    expect(verifyWebAppInitData(initData, BOT_TOKEN, { now: new Date(), ...FRESH }).telegramId).toBe('5000000001');
  });
});
