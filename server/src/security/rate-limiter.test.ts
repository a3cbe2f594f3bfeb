import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { createLogger } from '../logger.js';
import { signLoginWidget } from '../users/telegram-auth.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { RATE_LIMIT_KEY_LENGTH } from './rate-limit-bucket.entity.js';
import { consumeRateLimit, pruneRateLimitBuckets, RATE_LIMIT_MAX_WINDOW_SECONDS, startRateLimitPruner } from './rate-limiter.js';

const LIMIT = 3;
/** Behind a proxy the development token is refused (config.ts), so this server has a bot token of its own. */
const BOT_TOKEN = '1000000002:rate-limit-test-token';
let app: TestApp;

// The test client plays the one trusted proxy: it connects from loopback and appends the "client" it forwards.
beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: '1', TELEGRAM_BOT_TOKEN: BOT_TOKEN, SIGNIN_LIMIT_PER_IP: String(LIMIT) });
});
afterAll(async () => {
  await app.close();
});

const SIGN_IN = `mutation($data: TelegramWidgetInput!) { signInWithTelegramWidget(data: $data) { user { telegramId } } }`;

/** A sign-in with a wrong hash: counted per IP, then refused. */
async function failedSignIn(forwardedFor: string) {
  const data = { ...signLoginWidget({ id: '5000000100', first_name: 'Test', auth_date: String(Math.floor(Date.now() / 1000)) }, BOT_TOKEN), hash: 'f'.repeat(64) };
  const result = await app.graphql(SIGN_IN, { data }, { 'x-forwarded-for': forwardedFor });
  return result.errors?.[0]?.extensions?.code;
}

async function buckets(pattern: string) {
  return app.orm.em.fork().execute<{ key: string; hits: number }[]>(`select key, hits from rate_limit_bucket where key like ? order by key`, [pattern]);
}

describe('sign-in limits per client IP behind a proxy', () => {
  it('a forged leftmost X-Forwarded-For entry does not change the bucket: the limit still triggers', async () => {
    for (let i = 0; i < LIMIT; i++) expect(await failedSignIn(`192.0.2.${i + 1}, 198.51.100.10`)).toBe('UNAUTHENTICATED');
    expect(await failedSignIn('192.0.2.99, 198.51.100.10')).toBe('RATE_LIMITED');
    expect(await failedSignIn('198.51.100.11')).toBe('UNAUTHENTICATED');
    expect(await buckets('signin:ip:%.%')).toEqual(
      expect.arrayContaining([
        { key: 'signin:ip:198.51.100.10', hits: LIMIT + 1 },
        { key: 'signin:ip:198.51.100.11', hits: 1 },
      ]),
    );
    expect(await buckets('signin:ip:192.0.2.%')).toEqual([]);
  });

  it('IPv6 clients share one bucket per /64', async () => {
    for (let i = 0; i < LIMIT; i++) expect(await failedSignIn(`2001:db8:7:7::${i + 1}`)).toBe('UNAUTHENTICATED');
    expect(await failedSignIn('2001:db8:7:7:ffff:ffff:ffff:ffff')).toBe('RATE_LIMITED');
    expect(await failedSignIn('2001:db8:7:8::1')).toBe('UNAUTHENTICATED');
    expect(await buckets('signin:ip:2001:db8:7:%')).toEqual([
      { key: 'signin:ip:2001:db8:7:7::/64', hits: LIMIT + 1 },
      { key: 'signin:ip:2001:db8:7:8::/64', hits: 1 },
    ]);
  });

  it('an oversized or garbage X-Forwarded-For counts against the socket address and never answers INTERNAL', async () => {
    expect(await failedSignIn('7'.repeat(5_000))).toBe('UNAUTHENTICATED');
    expect(await failedSignIn(`${'198.51.100.12, '.repeat(100)}198.51.100.12`)).toBe('UNAUTHENTICATED');
    expect(await failedSignIn('<script>, not-an-ip')).toBe('UNAUTHENTICATED');
    expect(await buckets('signin:ip:%')).toEqual(expect.arrayContaining([{ key: 'signin:ip:127.0.0.1', hits: 3 }]));
    expect((await buckets('signin:ip:%')).every(({ key }) => key.length <= 'signin:ip:'.length + 45)).toBe(true);
  });
});

describe('rate-limit buckets', () => {
  it('keys too long for the column are shortened, still one bucket per key', async () => {
    const em = app.orm.em.fork();
    const rule = { limit: 1, windowSeconds: 60 };
    const long = (end: string) => `long:${'x'.repeat(1_000)}${end}`;
    await consumeRateLimit(em, long('a'), rule);
    await consumeRateLimit(em, long('b'), rule);
    await expect(consumeRateLimit(em, long('a'), rule)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    const rows = await buckets('long:%');
    expect(rows).toHaveLength(2);
    expect(rows.map(({ hits }) => hits).sort()).toEqual([1, 2]);
    for (const { key } of rows) expect(key.length).toBeLessThanOrEqual(RATE_LIMIT_KEY_LENGTH);
  });

  it('refuses a window longer than pruning keeps buckets', async () => {
    await expect(consumeRateLimit(app.orm.em.fork(), 'too-long-window', { limit: 1, windowSeconds: RATE_LIMIT_MAX_WINDOW_SECONDS + 1 })).rejects.toThrow(/at most/);
  });

  async function insertBucket(key: string, ageSeconds: number) {
    await app.orm.em.fork().execute(`insert into rate_limit_bucket (key, window_start, hits) values (?, now() - make_interval(secs => ?), 5)`, [key, ageSeconds]);
  }

  it('pruning deletes buckets older than the longest window and keeps the rest', async () => {
    await insertBucket('prune:old', RATE_LIMIT_MAX_WINDOW_SECONDS + 60);
    await insertBucket('prune:recent', RATE_LIMIT_MAX_WINDOW_SECONDS - 60);
    await insertBucket('prune:now', 0);
    expect(await pruneRateLimitBuckets(app.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect((await buckets('prune:%')).map(({ key }) => key)).toEqual(['prune:now', 'prune:recent']);
  });

  it('the pruner runs again on its timer until stopped', async () => {
    const pruner = startRateLimitPruner({ orm: app.orm, logger: createLogger('error', false), intervalMs: 20 });
    try {
      await insertBucket('timer:old', RATE_LIMIT_MAX_WINDOW_SECONDS + 60);
      await vi.waitFor(async () => expect(await buckets('timer:%')).toEqual([]), { timeout: 5_000, interval: 20 });
    } finally {
      await pruner.stop();
    }
    await insertBucket('timer:after-stop', RATE_LIMIT_MAX_WINDOW_SECONDS + 60);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await buckets('timer:%')).map(({ key }) => key)).toEqual(['timer:after-stop']);
  });

  it('every app prunes as it starts', async () => {
    await insertBucket('startup:old', RATE_LIMIT_MAX_WINDOW_SECONDS + 60);
    const second = await createApp({ config: app.config, logger: createLogger('error', false), databaseUrl: app.database.url, runOutboxWorker: false });
    try {
      await vi.waitFor(async () => expect(await buckets('startup:%')).toEqual([]), { timeout: 5_000, interval: 50 });
    } finally {
      await second.stop();
    }
  });
});
