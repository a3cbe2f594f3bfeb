import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A Telegram user whose sign-in data carried a valid, fresh signature. */
export interface TelegramIdentity {
  /** Telegram user ids need up to 52 bits, so they travel as decimal strings (a PostgreSQL bigint). */
  telegramId: string;
  firstName: string;
  lastName?: string;
  username?: string;
  photoUrl?: string;
  languageCode?: string;
  /** Whether the person let the bot write to them; undefined when the sign-in data does not say. */
  allowsWriteToPm?: boolean;
  authDate: Date;
}

export type TelegramAuthFailure = 'missing_hash' | 'bad_hash' | 'expired' | 'future_auth_date' | 'malformed';

export class TelegramAuthError extends Error {
  constructor(readonly reason: TelegramAuthFailure) {
    super(`Telegram sign-in data rejected: ${reason}`);
    this.name = 'TelegramAuthError';
  }
}

export interface FreshnessOptions {
  now: Date;
  maxAgeSeconds: number;
}

/** Clocks of the browser, Telegram and this server disagree a little; more than this is suspicious. */
export const ALLOWED_CLOCK_SKEW_SECONDS = 60;

const DECIMAL_ID = /^[1-9]\d*$/;

type SecretDerivation = (botToken: string) => Buffer;

const loginWidgetSecret: SecretDerivation = (botToken) => createHash('sha256').update(botToken).digest();

const webAppSecret: SecretDerivation = (botToken) => createHmac('sha256', 'WebAppData').update(botToken).digest();

/** Verifies Login Widget fields (`id, first_name, …, auth_date, hash`) and returns who signed in. */
export function verifyLoginWidget(
  data: Record<string, string>,
  botToken: string,
  opts: FreshnessOptions,
): TelegramIdentity {
  verifyHash(data, loginWidgetSecret(botToken));
  const authDate = checkFreshness(data.auth_date, opts);
  const telegramId = data.id;
  const firstName = data.first_name;
  if (telegramId === undefined || !DECIMAL_ID.test(telegramId) || !firstName) {
    throw new TelegramAuthError('malformed');
  }
  return withoutEmptyFields({
    telegramId,
    firstName,
    lastName: data.last_name,
    username: data.username,
    photoUrl: data.photo_url,
    // Signed like every other field; the widget sends it only when it asked for write access.
    allowsWriteToPm: data.allows_write_to_pm === undefined ? undefined : data.allows_write_to_pm === 'true',
    authDate,
  });
}

/** Verifies a Mini App `initData` query string and returns the user inside it. */
export function verifyWebAppInitData(initData: string, botToken: string, opts: FreshnessOptions): TelegramIdentity {
  const fields = parseInitData(initData);
  verifyHash(fields, webAppSecret(botToken));
  const authDate = checkFreshness(fields.auth_date, opts);
  const user = parseWebAppUser(fields.user);
  return withoutEmptyFields({
    telegramId: String(user.id),
    firstName: user.first_name,
    lastName: user.last_name,
    username: user.username,
    photoUrl: user.photo_url,
    languageCode: user.language_code,
    allowsWriteToPm: user.allows_write_to_pm,
    authDate,
  });
}

/** Adds the `hash` Telegram's Login Widget would attach to these fields. */
export function signLoginWidget(fields: Record<string, string>, botToken: string): Record<string, string> {
  return { ...fields, hash: computeHash(fields, loginWidgetSecret(botToken)) };
}

/** Builds the `initData` query string Telegram would hand a Mini App for these fields. */
export function signWebAppInitData(fields: Record<string, string>, botToken: string): string {
  return new URLSearchParams({ ...fields, hash: computeHash(fields, webAppSecret(botToken)) }).toString();
}

function computeHash(fields: Record<string, string>, secret: Buffer): string {
  const dataCheckString = Object.entries(fields)
    .filter(([key]) => key !== 'hash')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  return createHmac('sha256', secret).update(dataCheckString).digest('hex');
}

function verifyHash(fields: Record<string, string>, secret: Buffer): void {
  const received = fields.hash;
  if (!received) throw new TelegramAuthError('missing_hash');
  const expectedBytes = Buffer.from(computeHash(fields, secret));
  const receivedBytes = Buffer.from(received);
  // timingSafeEqual throws on unequal lengths; a wrong length is simply a wrong hash.
  if (expectedBytes.length !== receivedBytes.length || !timingSafeEqual(expectedBytes, receivedBytes)) {
    throw new TelegramAuthError('bad_hash');
  }
}

function checkFreshness(authDateField: string | undefined, { now, maxAgeSeconds }: FreshnessOptions): Date {
  if (authDateField === undefined || !DECIMAL_ID.test(authDateField)) throw new TelegramAuthError('malformed');
  const authDateSeconds = Number(authDateField);
  const nowSeconds = now.getTime() / 1000;
  if (authDateSeconds > nowSeconds + ALLOWED_CLOCK_SKEW_SECONDS) throw new TelegramAuthError('future_auth_date');
  if (nowSeconds - authDateSeconds > maxAgeSeconds) throw new TelegramAuthError('expired');
  return new Date(authDateSeconds * 1000);
}

function parseInitData(initData: string): Record<string, string> {
  const pairs = [...new URLSearchParams(initData)];
  const fields = Object.fromEntries(pairs);
  // A repeated key would be signed twice by Telegram but read once here: refuse rather than guess.
  if (Object.keys(fields).length !== pairs.length) throw new TelegramAuthError('malformed');
  return fields;
}

interface WebAppUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  photo_url?: string;
  language_code?: string;
  allows_write_to_pm?: boolean;
}

function parseWebAppUser(userJson: string | undefined): WebAppUser {
  let user: unknown;
  try {
    user = JSON.parse(userJson ?? '');
  } catch {
    throw new TelegramAuthError('malformed');
  }
  if (!isWebAppUser(user)) throw new TelegramAuthError('malformed');
  return user;
}

function isWebAppUser(value: unknown): value is WebAppUser {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  const optionalStrings = ['last_name', 'username', 'photo_url', 'language_code'];
  return (
    Number.isSafeInteger(user.id) &&
    (user.id as number) > 0 &&
    typeof user.first_name === 'string' &&
    user.first_name !== '' &&
    optionalStrings.every((key) => user[key] === undefined || typeof user[key] === 'string') &&
    (user.allows_write_to_pm === undefined || typeof user.allows_write_to_pm === 'boolean')
  );
}

/** Telegram omits empty optional fields; keep identities the same shape whichever way they arrive. */
function withoutEmptyFields(identity: TelegramIdentity): TelegramIdentity {
  return Object.fromEntries(
    Object.entries(identity).filter(([, value]) => value !== undefined && value !== ''),
  ) as unknown as TelegramIdentity;
}
