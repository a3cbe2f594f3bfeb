import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabaseServer } from './db/database.js';
import { createApp } from './app.js';
import { seedIfEmpty } from './db/seed/seed.js';
import { startDevSimulators } from './dev-simulators.js';
import { buildSite } from './publishing/site-build.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.logLevel);
const simulators = await startDevSimulators(config, logger);
const database = await openDatabaseServer(config, logger);
const app = await createApp({ config, logger, databaseUrl: database.url }).catch(async (error: unknown) => {
  await database.stop();
  throw error;
});
await seedIfEmpty(app.orm.em.fork(), config, logger);
logger.info('building the storefront from the API');
const build = await buildSite({ apiUrl: app.url, sitesDir: config.sitesDir, siteUrl: config.publicBaseUrl, logger });
if (build.ok) logger.info('storefront published', { pages: build.pages, seconds: Math.round(build.durationMs / 100) / 10 });
else logger.error('storefront build failed; serving the previous build if there is one', { error: build.error });
logger.info('T1EUP is running', { storefront: `${app.url}/`, api: `${app.url}/graphql`, playground: `${app.url}/graphql (open in a browser)` });

let shuttingDown = false;
/** Stops everything we started, the embedded PostgreSQL included, so no process outlives us. */
function shutDown(reason: string, exitCode: number): void {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info(`${reason}, shutting down`);
  app
    .stop()
    .then(() => database.stop())
    .then(() => simulators.stop())
    .then(() => process.exit(exitCode))
    .catch((error: unknown) => {
      logger.error('shutdown failed', { error });
      process.exit(1);
    });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutDown(`${signal} received`, 0));
process.on('uncaughtException', (error) => {
  logger.error('uncaught exception', { error });
  shutDown('crashed', 1);
});
process.on('unhandledRejection', (error) => {
  logger.error('unhandled rejection', { error });
  shutDown('crashed', 1);
});
