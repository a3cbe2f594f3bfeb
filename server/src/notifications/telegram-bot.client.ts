import type { ParseMode } from './outbox-message.entity.js';

export interface SendMessageRequest {
  chatId: string;
  text: string;
  parseMode?: ParseMode | null;
}

/** What a sendMessage call came to; the outbox worker decides what each means for the message. */
export type SendMessageResult =
  /** Telegram accepted the message. messageId is null only if a 200 answer lacked it. */
  | { kind: 'sent'; messageId: string | null }
  /** 429: Telegram asks us to wait this many seconds before trying again. */
  | { kind: 'retryAfter'; seconds: number; description: string }
  /** 5xx, network error or timeout: worth retrying later. Telegram may or may not have sent it. */
  | { kind: 'transient'; status: number | null; description: string }
  /** 400/401/403 and other 4xx: retrying cannot help (chat not found, bot blocked, bad token…). */
  | { kind: 'permanent'; status: number; description: string };

export interface TelegramBotClient {
  /** Longest a call may take; the outbox worker sizes its claim lease from it. */
  readonly timeoutMs: number;
  /** Calls sendMessage once; never throws for HTTP or network failures, it classifies them. */
  sendMessage(request: SendMessageRequest): Promise<SendMessageResult>;
}

export interface TelegramBotClientOptions {
  /** Bot API base URL without a trailing slash: https://api.telegram.org, or the simulator. */
  apiBase: string;
  botToken: string;
  timeoutMs?: number;
}

/** Bot API error bodies: `{ ok: false, error_code, description, parameters: { retry_after } }`. */
interface BotApiResponse {
  ok?: unknown;
  result?: { message_id?: unknown };
  description?: unknown;
  parameters?: { retry_after?: unknown };
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_DESCRIPTION_LENGTH = 500;

/** The Bot API over global fetch; `createTelegramBotClient(config.telegram)` in the app. */
export function createTelegramBotClient({ apiBase, botToken, timeoutMs = DEFAULT_TIMEOUT_MS }: TelegramBotClientOptions): TelegramBotClient {
  // The token is part of the path: it must never reach a log or the outbox's last_error.
  const sendMessageUrl = `${apiBase.replace(/\/$/, '')}/bot${botToken}/sendMessage`;
  const redact = (result: SendMessageResult): SendMessageResult =>
    'description' in result ? { ...result, description: result.description.replaceAll(botToken, '<bot token>') } : result;
  return {
    timeoutMs,
    async sendMessage({ chatId, text, parseMode }) {
      let status: number | null = null;
      try {
        const response = await fetch(sendMessageUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ chat_id: chatId, text, ...(parseMode ? { parse_mode: parseMode } : {}) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        return redact(classify(status, await response.text()));
      } catch (error) {
        return redact({ kind: 'transient', status, description: networkErrorDescription(error, timeoutMs) });
      }
    },
  };
}

function classify(status: number, body: string): SendMessageResult {
  const parsed = parseJson(body);
  const description = clip(typeof parsed?.description === 'string' ? parsed.description : body.trim() || `HTTP ${status}`);
  if (status === 200 && parsed?.ok === true) {
    const messageId = parsed.result?.message_id;
    return { kind: 'sent', messageId: typeof messageId === 'number' || typeof messageId === 'string' ? String(messageId) : null };
  }
  if (status === 429) {
    const seconds = parsed?.parameters?.retry_after;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return { kind: 'retryAfter', seconds, description };
    return { kind: 'transient', status, description };
  }
  if (status >= 400 && status < 500) return { kind: 'permanent', status, description };
  // 5xx, and anything Telegram never answers (a 200 without ok, a proxy's 3xx): try again later.
  return { kind: 'transient', status, description };
}

function parseJson(body: string): BotApiResponse | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as BotApiResponse) : undefined;
  } catch {
    return undefined;
  }
}

function networkErrorDescription(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  if (!(error instanceof Error)) return clip(String(error));
  // undici reports "fetch failed" and puts the useful part (ECONNREFUSED, ENOTFOUND…) in cause.
  const cause = error.cause instanceof Error ? `: ${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message}` : '';
  return clip(`${error.message}${cause}`);
}

function clip(text: string): string {
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH)}…` : text;
}
