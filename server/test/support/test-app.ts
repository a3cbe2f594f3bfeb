import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp extends App {
  config: Config;
  database: TestDatabase;
  /** SQL statements run since the last reset; for query-count tests. */
  queries: string[];
  /** POSTs a GraphQL operation and returns the parsed JSON body with the HTTP status. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResult<T>>;
  close(): Promise<void>;
}

export interface GraphqlResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export interface TestAppOptions {
  /** Deliver outbox messages (point TELEGRAM_API_BASE at a simulator when on). */
  runOutboxWorker?: boolean;
  /** Expire overdue orders in the background; off by default, so tests run the job when they mean to and count statements undisturbed. */
  runOrderExpiry?: boolean;
}

/** The real app, built by the same factory as production, on its own fresh database and a free port. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 't1eup-app-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env });
  const queries: string[] = [];
  const app = await createApp({ config, logger: createLogger('error', false), databaseUrl: database.url, onQuery: (sql) => queries.push(sql), runOutboxWorker: options.runOutboxWorker ?? false, runOrderExpiry: options.runOrderExpiry ?? false });
  const graphql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphqlResult<T>> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResult<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  };
  return {
    ...app,
    config,
    database,
    queries,
    graphql,
    async close() {
      await app.stop();
      await database.drop();
    },
  };
}
