import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedCluster } from './embedded-postgres.js';

export interface DatabaseServer {
  /** URL of the shop's database. */
  url: string;
  /** Stops the embedded cluster; a no-op for an external server. */
  stop(): Promise<void>;
}

const SHOP_DATABASE = 't1eup';

/** Returns `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The database rule of the whole project: DATABASE_URL when it is set, otherwise a real embedded
 * PostgreSQL kept under DATA_DIR/postgres.
 */
export async function openDatabaseServer(config: Config, logger: Logger): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    logger.info('using external PostgreSQL from DATABASE_URL');
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  const cluster = await startEmbeddedCluster({
    dataDir: path.join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    logger,
  });
  await createDatabaseIfMissing(cluster.url, SHOP_DATABASE);
  logger.info('embedded PostgreSQL started', { port: config.embeddedPostgresPort });
  return { url: withDatabase(cluster.url, SHOP_DATABASE), stop: cluster.stop };
}
