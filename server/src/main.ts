import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabaseServer } from './db/database.js';
import { createApp } from './app.js';
import { seedIfEmpty } from './db/seed/seed.js';
import { startDevSimulators } from './dev-simulators.js';

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
logger.info(`T1EUP is running`, { api: `${app.url}/graphql`, playground: `${app.url}/graphql (open in a browser)` });

let shuttingDown = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`${signal} received, shutting down`);
    app
      .stop()
      .then(() => database.stop())
      .then(() => simulators.stop())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      });
  });
}
