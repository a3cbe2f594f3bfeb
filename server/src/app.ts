import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createOrm, migrate } from './db/orm.js';
import { createApolloServer } from './graphql/apollo.js';
import { createRequestContext } from './graphql/context.js';
import { createSchema } from './graphql/schema.js';
import { PLAYGROUND_ASSETS_PATH, PLAYGROUND_STYLE_HASH, servePlaygroundAsset, servePlaygroundPage, wantsPlayground } from './graphql/playground/playground.js';
import { createGraphqlEndpoint } from './http/graphql-endpoint.js';
import { resolveInside, serveFile } from './http/static-files.js';
import { sendJson, sendJsonError } from './http/http-utils.js';
import { createSecurityHeaders } from './http/security-headers.js';
import { MEDIA_URL_PREFIX } from './catalog/image-url.js';
import { createOutboxWorker } from './notifications/outbox-worker.js';
import { createTelegramBotClient } from './notifications/telegram-bot.client.js';
import { createOrderExpiryJob } from './orders/order-expiry.job.js';
import { createSiteHandler } from './publishing/site-handler.js';
import { startRateLimitPruner } from './security/rate-limiter.js';

const SHUTDOWN_GRACE_MS = 5_000;

export interface App {
  url: string;
  orm: MikroORM;
  server: Server;
  stop(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  /** Called with every SQL statement (query-count tests). */
  onQuery?: (sql: string) => void;
  /** Deliver queued notifications from this process (default true; tests that do not talk to Telegram turn it off). */
  runOutboxWorker?: boolean;
  /** Expire overdue unpaid orders from this process (default true; tests run the job themselves). */
  runOrderExpiry?: boolean;
}

/** Builds and starts the whole HTTP app on config.port (0 = any free port); used by main, tests and benches. */
export async function createApp({ config, logger, databaseUrl, onQuery, runOutboxWorker = true, runOrderExpiry = true }: AppOptions): Promise<App> {
  const orm = await createOrm({ databaseUrl, logger, onQuery });
  await migrate(orm);
  const apollo = createApolloServer(await createSchema(), config, logger);
  await apollo.start();
  const outbox = runOutboxWorker ? createOutboxWorker({ orm, logger, client: createTelegramBotClient(config.telegram) }) : undefined;
  outbox?.start();
  const orderExpiry = runOrderExpiry ? createOrderExpiryJob({ orm, config, logger }) : undefined;
  orderExpiry?.start();
  const rateLimitPruner = startRateLimitPruner({ orm, logger });
  const graphql = createGraphqlEndpoint(apollo, {
    maxBodyBytes: config.limits.maxBodyBytes,
    createContext: (locale, req, res) => createRequestContext(orm.em.fork(), config, locale, req, res),
  });

  const security = createSecurityHeaders({ production: config.env === 'production', paymentFormOrigins: config.paymentFormOrigins });
  const site = createSiteHandler(config.sitesDir, security.storefrontPolicy);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { pathname } = url;
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      const ready = await orm.isConnected();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
    }
    if (pathname === '/graphql') {
      if (wantsPlayground(req, url)) return servePlaygroundPage(res, security.playgroundPolicy(PLAYGROUND_STYLE_HASH));
      return graphql(req, res, url);
    }
    if (pathname.startsWith(PLAYGROUND_ASSETS_PATH) && (await servePlaygroundAsset(req, res, url))) return;
    if (pathname.startsWith(MEDIA_URL_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
      const file = resolveInside(config.mediaDir, pathname.slice(MEDIA_URL_PREFIX.length));
      if (file && (await serveFile(req, res, file, { cacheControl: 'public, max-age=31536000, immutable' }))) return;
    }
    if (await site(req, res, url)) return;
    sendJsonError(res, 404, `Nothing at ${pathname}`);
  };

  const server = createServer((req, res) => {
    security.apply(res);
    route(req, res).catch((error: unknown) => {
      logger.error('unhandled error while serving a request', { error, url: req.url });
      sendJsonError(res, 500, 'Internal server error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get a moment to finish; keep-alive connections must not hold shutdown hostage.
      const forceClose = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await apollo.stop();
      await closed;
      clearTimeout(forceClose);
      await outbox?.stop();
      await orderExpiry?.stop();
      await rateLimitPruner.stop();
      await orm.close();
    })());
  return { url: `http://localhost:${port}`, orm, server, stop };
}
