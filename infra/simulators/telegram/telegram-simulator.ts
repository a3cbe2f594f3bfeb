import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signLoginWidget, signWebAppInitData } from '../../../server/src/users/telegram-auth.js';

export interface TelegramSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  botToken: string;
  /** Listed on the login page as the shop owner when set. */
  ownerTelegramId?: string;
  host?: string;
}

export interface SentMessage {
  chatId: string;
  text: string;
  parseMode?: string;
  replyMarkup?: unknown;
  messageId: number;
  at: Date;
}

export type SimulatedFailure =
  | { status: 429; retryAfter: number }
  | { status: 500 | 400 | 401 | 403; description?: string };

export interface TelegramSimulator {
  /** Base URL, e.g. http://127.0.0.1:4100 — what the server gets as TELEGRAM_API_BASE. */
  readonly url: string;
  /** Successful sendMessage calls, oldest first. */
  readonly messages: SentMessage[];
  /** The next `count` sendMessage calls answer with `failure`, as Telegram would. */
  failNext(count: number, failure: SimulatedFailure): void;
  /** Forgets messages and pending failures. */
  reset(): void;
  stop(): Promise<void>;
}

/** Starts a local stand-in for the Bot API, the Login Widget and the Mini App launcher. */
export async function startTelegramSimulator(options: TelegramSimulatorOptions): Promise<TelegramSimulator> {
  const host = options.host ?? '127.0.0.1';
  const state: SimulatorState = {
    botToken: options.botToken,
    presetUsers: presetUsers(options.ownerTelegramId),
    messages: [],
    pendingFailures: [],
    lastMessageId: 0,
  };
  const server = createServer((req, res) => {
    handleRequest(state, req, res).catch((error: unknown) => {
      console.error('Telegram simulator failed to answer', req.method, req.url, error);
      if (!res.headersSent) sendText(res, 500, 'Simulator error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    messages: state.messages,
    failNext: (count, failure) => queueFailures(state, count, failure),
    reset() {
      state.messages.length = 0;
      state.pendingFailures.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them open) would otherwise hold close() for seconds.
        server.closeAllConnections();
      }),
  };
}

interface SimulatorState {
  botToken: string;
  presetUsers: PresetUser[];
  messages: SentMessage[];
  pendingFailures: SimulatedFailure[];
  lastMessageId: number;
}

/** User fields under Telegram's own names, as they appear in widget data and in Mini App `user` JSON. */
interface TelegramUserFields {
  id: string;
  first_name: string;
  last_name?: string;
  username?: string;
  photo_url?: string;
  language_code?: string;
}

interface PresetUser {
  role: string;
  fields: TelegramUserFields;
}

function presetUsers(ownerTelegramId: string | undefined): PresetUser[] {
  const shoppers: PresetUser[] = [
    {
      role: 'Shopper (Russian)',
      fields: { id: '5000000001', first_name: 'Дмитрий', last_name: 'Иванов', username: 'dmitry_ivanov', language_code: 'ru' },
    },
    {
      role: 'Shopper (Kazakh)',
      fields: { id: '5000000002', first_name: 'Айгерім', last_name: 'Серікқызы', username: 'aigerim_s', language_code: 'kk' },
    },
  ];
  if (ownerTelegramId === undefined) return shoppers;
  const owner: PresetUser = {
    role: 'Shop owner — admin in dev',
    fields: { id: ownerTelegramId, first_name: 'Ерлан', last_name: 'Ахметов', username: 't1eup_owner', language_code: 'ru' },
  };
  return [owner, ...shoppers];
}

/** Ends a request early: Telegram's error JSON on Bot API routes, plain text on the simulator's own routes. */
class RequestRejected extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

function queueFailures(state: SimulatorState, count: number, failure: SimulatedFailure): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('failure count must be a positive integer');
  state.pendingFailures.push(...Array.from({ length: count }, () => failure));
}

async function handleRequest(
  state: SimulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const botApiCall = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
  if (botApiCall) {
    const [, token = '', method = ''] = botApiCall;
    try {
      const result = await callBotApi(state, token, method, url.searchParams, req);
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      if (!(error instanceof RequestRejected)) throw error;
      sendJson(res, error.status, {
        ok: false,
        error_code: error.status,
        description: error.message,
        ...(error.retryAfter === undefined ? {} : { parameters: { retry_after: error.retryAfter } }),
      });
    }
    return;
  }

  try {
    await serveSimulatorRoute(state, `${req.method} ${url.pathname}`, url.searchParams, req, res);
  } catch (error) {
    if (!(error instanceof RequestRejected)) throw error;
    sendText(res, error.status, error.message);
  }
}

async function serveSimulatorRoute(
  state: SimulatorState,
  route: string,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  switch (route) {
    case 'GET /simulator/messages':
      return sendJson(res, 200, state.messages);
    case 'DELETE /simulator/messages':
      state.messages.length = 0;
      return sendNoContent(res);
    case 'POST /simulator/fail': {
      const { count, failure } = parseFailRequest(await readBody(req));
      queueFailures(state, count, failure);
      return sendNoContent(res);
    }
    case 'GET /login': {
      const returnTo = loopbackUrl(query.get('return_to'), 'return_to');
      const origin = query.get('origin') ?? returnTo.origin;
      return sendHtml(res, loginPage(state.presetUsers, returnTo, origin));
    }
    case 'GET /login/sign': {
      const returnTo = loopbackUrl(query.get('return_to'), 'return_to');
      for (const [key, value] of Object.entries(signedWidgetFields(state, query))) returnTo.searchParams.set(key, value);
      return redirect(res, returnTo);
    }
    case 'GET /login/signed':
      return sendJson(res, 200, signedWidgetFields(state, query));
    case 'GET /webapp': {
      const shopUrl = loopbackUrl(query.get('url'), 'url');
      if (!query.has('id')) return sendHtml(res, webAppChooserPage(state.presetUsers, shopUrl));
      return sendHtml(res, webAppLauncherPage(miniAppUrl(shopUrl, signedInitData(state, query))));
    }
    case 'GET /webapp/init-data':
      return sendJson(res, 200, { initData: signedInitData(state, query) });
    default:
      throw new RequestRejected(404, `Not found: ${route}`);
  }
}

// --- Bot API -----------------------------------------------------------------------------------------

const MAX_MESSAGE_LENGTH = 4096;
const MAX_CALLBACK_DATA_BYTES = 64;
const PARSE_MODES = new Set(['html', 'markdownv2', 'markdown']);

const DEFAULT_FAILURE_DESCRIPTIONS: Record<Exclude<SimulatedFailure['status'], 429>, string> = {
  400: 'Bad Request: chat not found',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  500: 'Internal Server Error',
};

async function callBotApi(
  state: SimulatorState,
  token: string,
  method: string,
  query: URLSearchParams,
  req: IncomingMessage,
): Promise<unknown> {
  if (token !== state.botToken) throw new RequestRejected(401, 'Unauthorized');
  switch (method) {
    case 'getMe':
      return {
        id: Number(state.botToken.split(':')[0]),
        is_bot: true,
        first_name: 'T1EUP (simulated)',
        username: 't1eup_simulator_bot',
      };
    case 'sendMessage':
      return sendMessage(state, { ...Object.fromEntries(query), ...parseBotApiBody(req, await readBody(req)) });
    default:
      throw new RequestRejected(404, 'Not Found');
  }
}

function sendMessage(state: SimulatorState, params: Record<string, unknown>): unknown {
  const failure = state.pendingFailures.shift();
  if (failure) throw rejectionFor(failure);

  const chatId = chatIdOf(params.chat_id);
  const text = params.text;
  if (typeof text !== 'string' || text === '') throw new RequestRejected(400, 'Bad Request: message text is empty');
  if (text.length > MAX_MESSAGE_LENGTH) throw new RequestRejected(400, 'Bad Request: message is too long');
  const parseMode = params.parse_mode;
  if (parseMode !== undefined && !(typeof parseMode === 'string' && PARSE_MODES.has(parseMode.toLowerCase()))) {
    throw new RequestRejected(400, 'Bad Request: unsupported parse_mode');
  }
  const replyMarkup = replyMarkupOf(params.reply_markup);

  const message: SentMessage = { chatId, text, messageId: ++state.lastMessageId, at: new Date() };
  if (parseMode !== undefined) message.parseMode = parseMode;
  if (replyMarkup !== undefined) message.replyMarkup = replyMarkup;
  state.messages.push(message);
  return { message_id: message.messageId, date: unixSeconds(message.at), chat: { id: Number(chatId) }, text };
}

function rejectionFor(failure: SimulatedFailure): RequestRejected {
  if (failure.status === 429) {
    return new RequestRejected(429, `Too Many Requests: retry after ${failure.retryAfter}`, failure.retryAfter);
  }
  return new RequestRejected(failure.status, failure.description ?? DEFAULT_FAILURE_DESCRIPTIONS[failure.status]);
}

function chatIdOf(value: unknown): string {
  if (value === undefined || value === '') throw new RequestRejected(400, 'Bad Request: chat_id is empty');
  const chatId = String(value);
  // Only numeric user and group ids are ever known to this simulator; @channel names are not.
  if (!/^-?\d+$/.test(chatId)) throw new RequestRejected(400, 'Bad Request: chat not found');
  return chatId;
}

function replyMarkupOf(value: unknown): unknown {
  if (value === undefined) return undefined;
  const unparsable = new RequestRejected(400, "Bad Request: can't parse reply keyboard markup JSON object");
  let markup = value;
  if (typeof value === 'string') {
    try {
      markup = JSON.parse(value);
    } catch {
      throw unparsable;
    }
  }
  if (typeof markup !== 'object' || markup === null) throw unparsable;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  const buttons = Array.isArray(rows) ? rows.flat() : [];
  for (const button of buttons as { callback_data?: unknown }[]) {
    const data = button.callback_data;
    if (data === undefined) continue;
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : 0;
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw new RequestRejected(400, 'Bad Request: BUTTON_DATA_INVALID');
  }
  return markup;
}

function parseBotApiBody(req: IncomingMessage, body: string): Record<string, unknown> {
  if (body === '') return {};
  if (!(req.headers['content-type'] ?? '').includes('application/json')) {
    return Object.fromEntries(new URLSearchParams(body));
  }
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below, like any other body that is not a JSON object
  }
  throw new RequestRejected(400, "Bad Request: can't parse JSON object");
}

function parseFailRequest(body: string): { count: number; failure: SimulatedFailure } {
  const usage = 'expected JSON {count, status: 429|500|400|401|403, retryAfter (for 429), description?}';
  let request: { count?: unknown; status?: unknown; retryAfter?: unknown; description?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    throw new RequestRejected(400, usage);
  }
  const { count, status, retryAfter, description } = request;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new RequestRejected(400, usage);
  if (status === 429 && typeof retryAfter === 'number' && Number.isInteger(retryAfter) && retryAfter >= 0) {
    return { count, failure: { status, retryAfter } };
  }
  if (isStatusWithDescription(status) && (description === undefined || typeof description === 'string')) {
    return { count, failure: description === undefined ? { status } : { status, description } };
  }
  throw new RequestRejected(400, usage);
}

function isStatusWithDescription(status: unknown): status is keyof typeof DEFAULT_FAILURE_DESCRIPTIONS {
  return typeof status === 'number' && status in DEFAULT_FAILURE_DESCRIPTIONS;
}

// --- Signing on behalf of Telegram -------------------------------------------------------------------

function signedWidgetFields(state: SimulatorState, query: URLSearchParams): Record<string, string> {
  // The Login Widget never sends language_code; only Mini App user objects carry it.
  const { language_code: _notSentByWidget, ...widgetFields } = userFieldsFrom(query);
  return signLoginWidget({ ...widgetFields, auth_date: authDateFrom(query) }, state.botToken);
}

function signedInitData(state: SimulatorState, query: URLSearchParams): string {
  const { id, ...rest } = userFieldsFrom(query);
  const fields = {
    query_id: `AA${randomBytes(12).toString('base64url')}`,
    user: JSON.stringify({ id: Number(id), ...rest, allows_write_to_pm: true }),
    auth_date: authDateFrom(query),
  };
  return signWebAppInitData(fields, state.botToken);
}

/** Reads the user from query parameters named as Telegram names them; empty optional fields are left out. */
function userFieldsFrom(query: URLSearchParams): TelegramUserFields {
  const id = query.get('id') ?? '';
  if (!/^[1-9]\d*$/.test(id) || !Number.isSafeInteger(Number(id))) {
    throw new RequestRejected(400, 'id must be a positive integer (a Telegram user id)');
  }
  const firstName = query.get('first_name');
  if (!firstName) throw new RequestRejected(400, 'first_name is required');
  const fields: TelegramUserFields = { id, first_name: firstName };
  for (const key of ['last_name', 'username', 'photo_url', 'language_code'] as const) {
    const value = query.get(key);
    if (value) fields[key] = value;
  }
  return fields;
}

/** Now, unless the caller asks for another moment (to produce stale or future data on purpose). */
function authDateFrom(query: URLSearchParams): string {
  return query.get('auth_date') || String(unixSeconds(new Date()));
}

/** Guards against an open redirect: the simulator only ever sends browsers back to this machine. */
function loopbackUrl(value: string | null, parameter: string): URL {
  const url = URL.canParse(value ?? '') ? new URL(value as string) : undefined;
  const isLoopback =
    url !== undefined &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  if (!isLoopback) throw new RequestRejected(400, `${parameter} must be an http(s) URL on localhost or 127.0.0.1`);
  return url;
}

/** Telegram opens a Mini App with its launch parameters, init data included, in the URL fragment. */
function miniAppUrl(shopUrl: URL, initData: string): URL {
  const target = new URL(shopUrl);
  target.hash = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: '8.0', tgWebAppPlatform: 'web' }).toString();
  return target;
}

// --- Pages -------------------------------------------------------------------------------------------

function loginPage(users: PresetUser[], returnTo: URL, origin: string): string {
  return htmlPage(
    'Telegram login simulator',
    `<p>Sign in to <strong>${escapeHtml(origin)}</strong>. The fields are signed with the configured bot
      token, exactly as Telegram's Login Widget signs them.</p>
    ${userChooser(users, '/login/sign', { return_to: returnTo.href })}`,
  );
}

function webAppChooserPage(users: PresetUser[], shopUrl: URL): string {
  return htmlPage(
    'Telegram Mini App simulator',
    `<p>Open <strong>${escapeHtml(shopUrl.href)}</strong> as a Mini App, with signed init data in the
      URL fragment.</p>
    ${userChooser(users, '/webapp', { url: shopUrl.href })}`,
  );
}

function webAppLauncherPage(target: URL): string {
  return htmlPage(
    'Telegram Mini App simulator',
    `<p><a href="${escapeHtml(target.href)}">Open in the whole window</a></p>
    <iframe title="Mini App" src="${escapeHtml(target.href)}"></iframe>`,
  );
}

function userChooser(users: PresetUser[], action: string, carried: Record<string, string>): string {
  const links = users
    .map((user) => {
      const href = `${action}?${new URLSearchParams({ ...user.fields, ...carried })}`;
      const name = [user.fields.first_name, user.fields.last_name].filter(Boolean).join(' ');
      return `<li><a class="user" href="${escapeHtml(href)}"><strong>${escapeHtml(name)}</strong>
        <span>${escapeHtml(user.role)} · id ${escapeHtml(user.fields.id)} · @${escapeHtml(user.fields.username ?? '')}</span></a></li>`;
    })
    .join('\n');
  const hiddenInputs = Object.entries(carried)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<ul>${links}</ul>
    <form method="get" action="${escapeHtml(action)}">
      <h2>Someone else</h2>
      ${hiddenInputs}
      <label>Telegram id <input name="id" required pattern="[1-9][0-9]*" inputmode="numeric"></label>
      <label>First name <input name="first_name" required></label>
      <label>Last name <input name="last_name"></label>
      <label>Username <input name="username"></label>
      <button type="submit">Sign in</button>
    </form>`;
}

function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.4 system-ui, sans-serif; max-width: 30rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  ul { list-style: none; padding: 0; }
  a.user { display: block; padding: .75rem 1rem; margin: .5rem 0; border-radius: .5rem; background: #2aabee; color: #fff; text-decoration: none; }
  a.user span { display: block; font-size: .85rem; opacity: .9; }
  label { display: block; margin: .5rem 0; }
  input { display: block; width: 100%; box-sizing: border-box; padding: .4rem; }
  button { margin-top: .5rem; padding: .5rem 1rem; }
  iframe { width: 390px; max-width: 100%; height: 760px; border: 1px solid #ccc; border-radius: .5rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// --- HTTP plumbing -----------------------------------------------------------------------------------

const MAX_BODY_BYTES = 1_000_000;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RequestRejected(413, 'Request Entity Too Large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

function sendNoContent(res: ServerResponse): void {
  res.writeHead(204).end();
}

function redirect(res: ServerResponse, location: URL): void {
  res.writeHead(302, { location: location.href }).end();
}
