import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_BOT_TOKEN } from '../config.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../../infra/simulators/telegram/telegram-simulator.js';
import { AuthService } from './auth.service.js';
import { signLoginWidget, signWebAppInitData } from './telegram-auth.js';
import { User } from './user.entity.js';

const OWNER_ID = '777000111';
let app: TestApp;
let simulator: TelegramSimulator;

beforeAll(async () => {
  simulator = await startTelegramSimulator({ botToken: DEVELOPMENT_BOT_TOKEN, ownerTelegramId: OWNER_ID });
  app = await startTestApp(
    { ADMIN_TELEGRAM_IDS: OWNER_ID, SIGNIN_LIMIT_PER_IP: '1000', SESSION_COOKIE_SECURE: 'true', TELEGRAM_API_BASE: simulator.url },
    { runOutboxWorker: true },
  );
});
afterAll(async () => {
  await app.close();
  await simulator.stop();
});

const SIGN_IN = `mutation($data: TelegramWidgetInput!) { signInWithTelegramWidget(data: $data) { user { telegramId firstName role } sessionExpiresAt } }`;
const ME = `{ me { telegramId firstName role } }`;

const nowSeconds = () => String(Math.floor(Date.now() / 1000));

function widgetData(id: string, extra: Record<string, string> = {}, token = DEVELOPMENT_BOT_TOKEN) {
  return signLoginWidget({ id, first_name: 'Айгерім', username: `user${id}`, auth_date: nowSeconds(), ...extra }, token);
}

async function signIn(data: Record<string, string>) {
  const result = await app.graphql<{ signInWithTelegramWidget: { user: { telegramId: string; role: string } } }>(SIGN_IN, { data });
  const cookie = result.headers.get('set-cookie') ?? '';
  return { result, cookie, session: cookie.split(';')[0]! };
}

const as = (session: string) => ({ cookie: session });

describe('Telegram sign-in', () => {
  it('accepts widget data the simulator signs, sets a hardened cookie, and knows the user', async () => {
    const response = await fetch(`${simulator.url}/login/signed?id=5000000001&first_name=Dmitry&username=dmitry`);
    const data = (await response.json()) as Record<string, string>;
    const { result, cookie, session } = await signIn(data);
    expect(result.errors).toBeUndefined();
    expect(result.data?.signInWithTelegramWidget.user).toEqual({ telegramId: '5000000001', firstName: 'Dmitry', role: 'customer' });
    expect(cookie).toMatch(/^t1eup_session=[A-Za-z0-9_-]{43};/);
    for (const flag of ['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure', `Max-Age=${app.config.session.ttlSeconds}`]) expect(cookie).toContain(flag);
    const me = await app.graphql<{ me: { firstName: string } }>(ME, undefined, as(session));
    expect(me.data?.me.firstName).toBe('Dmitry');
  });

  it('signs in from a Mini App with initData', async () => {
    const initData = signWebAppInitData({ user: JSON.stringify({ id: 5000000009, first_name: 'Ерлан', language_code: 'kk' }), auth_date: nowSeconds(), query_id: 'q1' }, DEVELOPMENT_BOT_TOKEN);
    const result = await app.graphql<{ signInWithTelegramWebApp: { user: { firstName: string } } }>(
      `mutation($initData: String!) { signInWithTelegramWebApp(initData: $initData) { user { firstName } } }`,
      { initData },
    );
    expect(result.data?.signInWithTelegramWebApp.user.firstName).toBe('Ерлан');
  });

  it('remembers whether the bot may write to the person; a sign-in that does not say keeps what the last one said', async () => {
    const id = '5000000031';
    const allowsWrite = async () => (await app.orm.em.fork().findOneOrFail(User, { telegramId: id })).allowsWriteToPm;
    const initData = signWebAppInitData({ user: JSON.stringify({ id: Number(id), first_name: 'Ерлан', allows_write_to_pm: true }), auth_date: nowSeconds() }, DEVELOPMENT_BOT_TOKEN);
    await app.graphql(`mutation($initData: String!) { signInWithTelegramWebApp(initData: $initData) { user { id } } }`, { initData });
    expect(await allowsWrite()).toBe(true);
    expect((await signIn(widgetData(id))).result.errors).toBeUndefined();
    expect(await allowsWrite()).toBe(true);
    expect((await signIn(widgetData(id, { allows_write_to_pm: 'false' }))).result.errors).toBeUndefined();
    expect(await allowsWrite()).toBe(false);
  });

  it.each([
    ['a changed field', () => ({ ...widgetData('5000000002'), first_name: 'Mallory' }), 'bad_hash'],
    ['a wrong bot token', () => widgetData('5000000002', {}, '123:wrong-token'), 'bad_hash'],
    ['an old auth_date', () => widgetData('5000000002', { auth_date: String(Math.floor(Date.now() / 1000) - 2 * 86_400) }), 'expired'],
    ['data just past the 10-minute window', () => widgetData('5000000002', { auth_date: String(Math.floor(Date.now() / 1000) - 601) }), 'expired'],
    ['a future auth_date', () => widgetData('5000000002', { auth_date: String(Math.floor(Date.now() / 1000) + 3600) }), 'future_auth_date'],
    ['a missing hash', () => { const { hash: _hash, ...rest } = widgetData('5000000002'); return rest; }, 'missing_hash'],
  ])('refuses %s with UNAUTHENTICATED and no cookie', async (_name, data, reason) => {
    const { result, cookie } = await signIn(data());
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    expect(result.data).toBeNull();
    expect(cookie).toBe('');
  });

  it('signs in once with the same widget data: a replay is refused, also when it races the first use', async () => {
    const data = widgetData('5000000012');
    const first = await signIn(data);
    expect(first.result.errors).toBeUndefined();
    const replay = await signIn(data);
    expect(replay.result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'replayed' });
    expect(replay.cookie).toBe('');

    const racing = widgetData('5000000012', { username: 'racer' });
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => signIn(racing)));
    expect(outcomes.filter((o) => !o.result.errors)).toHaveLength(1);
    expect(outcomes.filter((o) => o.result.errors?.[0]?.extensions?.reason === 'replayed')).toHaveLength(4);
  });

  it('keeps used widget proofs only while their data could still be fresh', async () => {
    const oldNow = new Date(Date.now() - 3600_000);
    const service = new AuthService(app.orm.em.fork(), app.config);
    const stale = signLoginWidget({ id: '5000000013', first_name: 'Old', auth_date: String(Math.floor(oldNow.getTime() / 1000)) }, DEVELOPMENT_BOT_TOKEN);
    await service.signIn({ kind: 'widget', data: stale }, { clientIp: 'proofs', userAgent: undefined, now: oldNow });
    const proofs = () => app.orm.em.fork().getConnection().execute<{ hash: string }[]>('select hash from used_sign_in_proof');
    expect((await proofs()).map((p) => p.hash)).toContain(stale.hash);
    await signIn(widgetData('5000000013'));
    expect((await proofs()).map((p) => p.hash)).not.toContain(stale.hash);
  });

  it('verifies the published Telegram test vector at its own time', async () => {
    const vector = { id: '1', first_name: 'Klim', last_name: 'Sidorov', username: 'klimsidorov', photo_url: 'https://t.me/klimsidorov', auth_date: '976255200', hash: 'b7a7fc776729077786e4190aec2c5dcecd2ec66ae0faf1b44316d541b955da95' };
    const config = { ...app.config, telegram: { ...app.config.telegram, botToken: 'XXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXX' } };
    const service = new AuthService(app.orm.em.fork(), config);
    const signedIn = await service.signIn({ kind: 'widget', data: vector }, { clientIp: 'vector', userAgent: undefined, now: new Date(976255200_000 + 60_000) });
    expect(signedIn.user.username).toBe('klimsidorov');
    await expect(service.signIn({ kind: 'widget', data: vector }, { clientIp: 'vector', userAgent: undefined })).rejects.toMatchObject({ extensions: { reason: 'expired' } });
  });
});

describe('sessions', () => {
  it('sign-out revokes the session server-side; replaying its cookie is UNAUTHENTICATED', async () => {
    const { session } = await signIn(widgetData('5000000003'));
    const out = await app.graphql<{ signOut: boolean }>(`mutation { signOut }`, undefined, as(session));
    expect(out.data?.signOut).toBe(true);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const replay = await app.graphql(ME, undefined, as(session));
    expect(replay.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'session_revoked' });
    const replayedSignOut = await app.graphql(`mutation { signOut }`, undefined, as(session));
    expect(replayedSignOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sign-out everywhere ends every device of that user only', async () => {
    const phone = await signIn(widgetData('5000000004', { username: 'on_phone' }));
    const laptop = await signIn(widgetData('5000000004', { username: 'on_laptop' }));
    const someoneElse = await signIn(widgetData('5000000005'));
    const ended = await app.graphql<{ signOutEverywhere: number }>(`mutation { signOutEverywhere }`, undefined, as(phone.session));
    expect(ended.data?.signOutEverywhere).toBe(2);
    expect((await app.graphql(ME, undefined, as(laptop.session))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql<{ me: { telegramId: string } }>(ME, undefined, as(someoneElse.session))).data?.me.telegramId).toBe('5000000005');
  });

  it('ends a session at its absolute lifetime however recently it was used, and never slides past it', async () => {
    const absolute = app.config.session.absoluteTtlSeconds;
    expect(absolute).toBe(90 * 24 * 3600);
    const stale = await signIn(widgetData('5000000014'));
    const young = await signIn(widgetData('5000000015'));
    const execute = (sql: string, params: unknown[]) => app.orm.em.fork().getConnection().execute(sql, params);
    // Used a minute ago and not idle-expired, but signed in longer ago than the absolute lifetime.
    await execute(`update user_session s set created_at = now() - make_interval(secs => ?), last_used_at = now() - interval '1 minute', expires_at = now() + interval '20 days' from app_user u where u.id = s.user_id and u.telegram_id = ?`, [absolute + 60, '5000000014']);
    const refused = await app.graphql(ME, undefined, as(stale.session));
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'session_expired' });
    expect(refused.headers.get('set-cookie')).toContain('Max-Age=0');

    // One hour of absolute lifetime left: a use slides the expiry only up to that end, cookie included.
    await execute(`update user_session s set created_at = now() - make_interval(secs => ?), last_used_at = now() - interval '1 hour' from app_user u where u.id = s.user_id and u.telegram_id = ?`, [absolute - 3600, '5000000015']);
    const slid = await app.graphql<{ me: { telegramId: string } }>(ME, undefined, as(young.session));
    expect(slid.data?.me.telegramId).toBe('5000000015');
    const maxAge = Number(/Max-Age=(\d+)/.exec(slid.headers.get('set-cookie') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(3600);
    const [row] = await execute(`select extract(epoch from s.expires_at - s.created_at)::int as lifetime from user_session s join app_user u on u.id = s.user_id where u.telegram_id = ?`, ['5000000015']);
    expect(row?.lifetime).toBe(absolute);
  });

  it('treats a malformed session cookie as no session, never as an error', async () => {
    for (const cookie of ['t1eup_session=%E0%A4%A', 't1eup_session=%', 't1eup_session_app=%zz; t1eup_session=', 't1eup_session']) {
      const result = await app.graphql(ME, undefined, { cookie });
      expect(result.status, cookie).toBe(200);
      expect(result.data, cookie).toEqual({ me: null });
    }
  });

  it('gives a Mini App session a partitioned cross-site cookie of its own name, which signs in and signs out', async () => {
    const initData = signWebAppInitData({ user: JSON.stringify({ id: 5000000016, first_name: 'Ерлан' }), auth_date: nowSeconds() }, DEVELOPMENT_BOT_TOKEN);
    const result = await app.graphql(`mutation($initData: String!) { signInWithTelegramWebApp(initData: $initData) { user { firstName } } }`, { initData });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^t1eup_session_app=[A-Za-z0-9_-]{43};/);
    for (const flag of ['HttpOnly', 'SameSite=None', 'Secure', 'Partitioned', 'Path=/']) expect(cookie).toContain(flag);
    const session = cookie.split(';')[0]!;
    expect((await app.graphql<{ me: { firstName: string } }>(ME, undefined, as(session))).data?.me.firstName).toBe('Ерлан');
    const out = await app.graphql(`mutation { signOut }`, undefined, as(session));
    const cleared = out.headers.getSetCookie();
    expect(cleared.some((c) => c.startsWith('t1eup_session_app=;') && c.includes('Partitioned') && c.includes('Max-Age=0'))).toBe(true);
    expect((await app.graphql(ME, undefined, as(session))).errors?.[0]?.extensions?.reason).toBe('session_revoked');
  });

  it('tries every copy of a duplicated cookie, so a planted bad copy cannot shadow the real session', async () => {
    const { session } = await signIn(widgetData('5000000017'));
    const token = session.split('=')[1]!;
    for (const cookie of [`t1eup_session=bogus; t1eup_session=${token}`, `t1eup_session=%zz; t1eup_session=${token}`]) {
      expect((await app.graphql<{ me: { telegramId: string } }>(ME, undefined, { cookie })).data?.me.telegramId, cookie).toBe('5000000017');
    }
  });

  it('signs out every session the browser presented: its web and its Mini App cookie', async () => {
    const web = await signIn(widgetData('5000000018'));
    const initData = signWebAppInitData({ user: JSON.stringify({ id: 5000000019, first_name: 'Дана' }), auth_date: nowSeconds() }, DEVELOPMENT_BOT_TOKEN);
    const miniApp = await app.graphql(`mutation($initData: String!) { signInWithTelegramWebApp(initData: $initData) { user { firstName } } }`, { initData });
    const appSession = (miniApp.headers.get('set-cookie') ?? '').split(';')[0]!;
    const out = await app.graphql(`mutation { signOut }`, undefined, { cookie: `${web.session}; ${appSession}` });
    expect(out.data).toEqual({ signOut: true });
    for (const cookie of [web.session, appSession]) {
      expect((await app.graphql(ME, undefined, { cookie })).errors?.[0]?.extensions?.reason, cookie).toBe('session_revoked');
    }
  });

  it('answers me with null when nobody is signed in and ignores a forged cookie', async () => {
    expect((await app.graphql(ME)).data).toEqual({ me: null });
    const forged = await app.graphql(ME, undefined, as('t1eup_session=forged-token'));
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'session_unknown' });
  });
});

describe('roles', () => {
  it('refuses admin operations to a shopper (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const shopper = await signIn(widgetData('5000000006'));
    const operations = [`{ users { nodes { id } } }`, `mutation { setUserRole(userId: "1", role: admin) { id } }`];
    for (const operation of operations) {
      expect((await app.graphql(operation, undefined, as(shopper.session))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.graphql(operation)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const stillCustomer = await app.graphql<{ me: { role: string } }>(ME, undefined, as(shopper.session));
    expect(stillCustomer.data?.me.role).toBe('customer');
  });

  it('makes configured owners admins, who can list users and promote one', async () => {
    const owner = await signIn(widgetData(OWNER_ID));
    expect(owner.result.data?.signInWithTelegramWidget.user.role).toBe('admin');
    await expect.poll(() => simulator.messages.filter((m) => m.chatId === OWNER_ID && m.text.includes('signed in to the T1EUP admin')).length, { timeout: 5000 }).toBe(1);
    const helper = await signIn(widgetData('5000000007'));
    const list = await app.graphql<{ users: { nodes: { id: string; telegramId: string }[] } }>(`{ users(first: 100) { nodes { id telegramId } } }`, undefined, as(owner.session));
    const helperId = list.data!.users.nodes.find((u) => u.telegramId === '5000000007')!.id;
    const promoted = await app.graphql<{ setUserRole: { role: string } }>(
      `mutation($id: ID!) { setUserRole(userId: $id, role: admin) { role } }`,
      { id: helperId },
      as(owner.session),
    );
    expect(promoted.data?.setUserRole.role).toBe('admin');
    expect((await app.graphql(`{ users { nodes { id } } }`, undefined, as(helper.session))).errors).toBeUndefined();
  });

  it('answers forged user cursors and ids with BAD_USER_INPUT, never INTERNAL', async () => {
    const owner = await signIn(widgetData(OWNER_ID, { username: 'owner_cursors' }));
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of [forged(2 ** 40), forged('1'), forged([1]), forged(-1), 'not base64!', 'x'.repeat(5000)]) {
      const result = await app.graphql(`query($after: String) { users(after: $after) { nodes { id } } }`, { after }, as(owner.session));
      expect(result.errors?.[0]?.extensions, after.slice(0, 20)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const userId of ['99999999999', '1e3', '-1', '0x10', '']) {
      const result = await app.graphql(`mutation($id: ID!) { setUserRole(userId: $id, role: admin) { id } }`, { id: userId }, as(owner.session));
      expect(result.errors?.[0]?.extensions, userId).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    }
  });
});

describe('rate limits', () => {
  it('limits sign-ins per Telegram id, leaving other ids alone', async () => {
    const limited = await startTestApp({ SIGNIN_LIMIT_PER_TELEGRAM_ID: '2', SIGNIN_LIMIT_PER_IP: '1000' });
    try {
      // Each attempt is fresh widget data: replays are refused before the per-id count matters.
      let attempts = 0;
      const attempt = () => limited.graphql(SIGN_IN, { data: widgetData('5000000010', { username: `try${++attempts}` }) });
      expect((await attempt()).errors).toBeUndefined();
      expect((await attempt()).errors).toBeUndefined();
      expect((await attempt()).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const someoneElse = await limited.graphql(SIGN_IN, { data: widgetData('5000000011') });
      expect(someoneElse.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('limits sign-in attempts per IP, counting failed ones', async () => {
    const limited = await startTestApp({ SIGNIN_LIMIT_PER_IP: '3' });
    try {
      const attempt = () => limited.graphql(SIGN_IN, { data: { ...widgetData('5000000008'), hash: 'f'.repeat(64) } });
      for (let i = 0; i < 3; i++) expect((await attempt()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const blocked = await attempt();
      expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
