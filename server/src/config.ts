/** Environment variables parsed and validated in one place; nothing else reads process.env. */
import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRUST_NO_PROXY, parseTrustProxy, type ProxyTrust } from './security/client-ip.js';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  port: number;
  /** Listen address; only loopback may run on the public development bot token. */
  host: string;
  /** External PostgreSQL; when undefined an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  dataDir: string;
  mediaDir: string;
  /** Storefront builds (builds/<id>) and the live one (the `current` symlink). */
  sitesDir: string;
  introspection: boolean;
  publicBaseUrl: string;
  /** Origins the checkout form may post to (the payment provider); the storefront's CSP form-action lists them. */
  paymentFormOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  telegram: {
    /** Bot token: signs Login Widget / Mini App data and authorises Bot API calls. */
    botToken: string;
    /** Bot API base URL: https://api.telegram.org in production, the simulator in development and tests. */
    apiBase: string;
    /** Bot username for the Login Widget (without @). */
    botUsername: string;
    /** When true, `npm start` runs the Telegram simulator and points apiBase at it. */
    useSimulator: boolean;
    simulatorPort: number;
    /** Telegram ids that are admins from the start (the shop owner). */
    adminIds: string[];
    /** Chat that receives owner notifications (new orders, admin sign-ins). */
    ownerChatId: string | undefined;
    /**
     * How old Login Widget / Mini App data may be. Short, because the data travels in URLs; widget data
     * also signs in only once, while a Mini App launch hands the same initData to every page it loads.
     */
    authMaxAgeSeconds: number;
  };
  /** Sign-in attempts allowed per 10 minutes. */
  signInLimits: { perIp: number; perTelegramId: number };
  orders: {
    /** How long an online order waits for its payment before it expires and its stock returns to sale. */
    paymentTimeoutMinutes: number;
    /** Orders resting on the shopper's word alone (awaiting payment or the shop's confirmation) one shopper may hold at once. */
    maxUnpaidPerUser: number;
    /** placeOrder attempts allowed per 10 minutes: each one may hold stock. */
    placeLimitPerUser: number;
    placeLimitPerIp: number;
  };
  /** Which proxies' X-Forwarded-For entries are believed (TRUST_PROXY); the rule is in security/client-ip.ts. */
  trustProxy: ProxyTrust;
  session: {
    /** Idle lifetime: each use slides the expiry this far ahead. */
    ttlSeconds: number;
    /** Hard limit counted from sign-in, however often the session is used. */
    absoluteTtlSeconds: number;
    cookieName: string;
    secureCookie: boolean;
  };
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    /** Lexical tokens in one document; the parser stops at this many. */
    maxTokens: number;
    /** Directives in one operation, its fragments expanded. */
    maxDirectives: number;
    maxBodyBytes: number;
  };
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value < 1) throw new ConfigError(`${name} must be at least 1, got "${env[name]}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** A comma-separated list of origins (scheme://host[:port], nothing more), as a CSP source list needs them. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      const url = URL.parse(value);
      // The hostname test also refuses wildcards, which a CSP source would honour but an origin does not have.
      const exact = url && ['https:', 'http:'].includes(url.protocol) && /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
      if (!exact || url.origin !== value.replace(/\/$/, '').toLowerCase()) {
        throw new ConfigError(`${name} must be comma-separated origins like https://pay.example.kz, got "${value}"`);
      }
      return url.origin;
    });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 4000);
  const dataDir = path.resolve(repoRoot, env.DATA_DIR || '.data');
  // Production runs behind a proxy, often in a container; anywhere else the server stays on this machine unless asked.
  const host = env.HOST || (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1');
  const proxyTrust = trustProxy(env.TRUST_PROXY ?? '');
  return {
    env: nodeEnv,
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329),
    dataDir,
    mediaDir: path.join(dataDir, 'media'),
    sitesDir: path.join(dataDir, 'site'),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    publicBaseUrl: env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    paymentFormOrigins: origins(env, 'PAYMENT_FORM_ORIGINS'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
    telegram: telegramConfig(env, nodeEnv, outsideReach(env, host, proxyTrust)),
    signInLimits: {
      perIp: integer(env, 'SIGNIN_LIMIT_PER_IP', 30),
      perTelegramId: integer(env, 'SIGNIN_LIMIT_PER_TELEGRAM_ID', 10),
    },
    orders: {
      paymentTimeoutMinutes: positiveInteger(env, 'ORDER_PAYMENT_TIMEOUT_MINUTES', 30),
      maxUnpaidPerUser: positiveInteger(env, 'MAX_UNPAID_ORDERS_PER_USER', 3),
      placeLimitPerUser: integer(env, 'PLACE_ORDER_LIMIT_PER_USER', 10),
      placeLimitPerIp: integer(env, 'PLACE_ORDER_LIMIT_PER_IP', 30),
    },
    trustProxy: proxyTrust,
    session: {
      ttlSeconds: integer(env, 'SESSION_TTL_SECONDS', 30 * 24 * 3600),
      absoluteTtlSeconds: integer(env, 'SESSION_ABSOLUTE_TTL_SECONDS', 90 * 24 * 3600),
      cookieName: 't1eup_session',
      secureCookie: flag(env, 'SESSION_COOKIE_SECURE', nodeEnv === 'production'),
    },
    limits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 5000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2000),
      maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 20),
      maxBodyBytes: integer(env, 'GRAPHQL_MAX_BODY_BYTES', 100_000),
    },
  };
}

/**
 * A fixed, publicly known token: whoever can reach a server that accepts it can sign in as anyone, the
 * owner included. So only a server outside production that no other machine can reach may run on it.
 */
export const DEVELOPMENT_BOT_TOKEN = '1000000001:DEVELOPMENT-ONLY-t1eup-simulator-token';
export const DEVELOPMENT_OWNER_ID = '100200300';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** localhost, 127.0.0.0/8 and ::1 (IPv4-mapped forms included); 0.0.0.0 and :: are every interface. */
function isLoopbackHost(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

function trustProxy(setting: string): ProxyTrust {
  try {
    return parseTrustProxy(setting);
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(error.message);
    throw error;
  }
}

/**
 * Why people on other machines can reach this server, or undefined when only this machine can: a
 * non-loopback HOST, a proxy in front (TRUST_PROXY; a proxy on this machine forwards the world to a
 * loopback HOST), or a public base URL that is not this machine.
 */
function outsideReach(env: NodeJS.ProcessEnv, host: string, proxyTrust: ProxyTrust): string | undefined {
  if (!isLoopbackHost(host)) return `HOST=${host} lets other machines reach the server`;
  if (proxyTrust !== TRUST_NO_PROXY) return `TRUST_PROXY=${env.TRUST_PROXY} says a proxy forwards other machines' requests`;
  const publicHost = env.PUBLIC_BASE_URL ? URL.parse(env.PUBLIC_BASE_URL)?.hostname.replace(/^\[|\]$/g, '') : undefined;
  if (publicHost !== undefined && !isLoopbackHost(publicHost)) return `PUBLIC_BASE_URL=${env.PUBLIC_BASE_URL} says shoppers reach the server from elsewhere`;
  return undefined;
}

function telegramConfig(env: NodeJS.ProcessEnv, nodeEnv: Environment, reachedFromOutside: string | undefined): Config['telegram'] {
  const configuredToken = env.TELEGRAM_BOT_TOKEN || undefined;
  if (nodeEnv === 'production' && !configuredToken) throw new ConfigError('TELEGRAM_BOT_TOKEN is required in production');
  if (nodeEnv === 'production' && configuredToken === DEVELOPMENT_BOT_TOKEN) {
    throw new ConfigError('TELEGRAM_BOT_TOKEN is the public development token; production needs the real bot token');
  }
  const botToken = configuredToken ?? DEVELOPMENT_BOT_TOKEN;
  if (botToken === DEVELOPMENT_BOT_TOKEN && reachedFromOutside) {
    throw new ConfigError(
      `${reachedFromOutside}, so it may not run on the public development bot token (anyone could sign in as any user, the owner included): set TELEGRAM_BOT_TOKEN to a real bot token, or keep the server to this machine (HOST=127.0.0.1, no TRUST_PROXY, a localhost PUBLIC_BASE_URL)`,
    );
  }
  const useSimulator = !configuredToken && nodeEnv === 'development';
  const adminIds = (env.ADMIN_TELEGRAM_IDS ?? (useSimulator ? DEVELOPMENT_OWNER_ID : ''))
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const invalid = adminIds.find((id) => !/^\d{1,20}$/.test(id));
  if (invalid) throw new ConfigError(`ADMIN_TELEGRAM_IDS must be comma-separated numeric Telegram ids, got "${invalid}"`);
  return {
    botToken,
    apiBase: (env.TELEGRAM_API_BASE || 'https://api.telegram.org').replace(/\/$/, ''),
    botUsername: env.TELEGRAM_BOT_USERNAME || 't1eup_bot',
    useSimulator,
    simulatorPort: integer(env, 'TELEGRAM_SIMULATOR_PORT', 4100),
    adminIds,
    ownerChatId: env.OWNER_TELEGRAM_CHAT_ID || adminIds[0],
    authMaxAgeSeconds: integer(env, 'TELEGRAM_AUTH_MAX_AGE_SECONDS', 600),
  };
}
