/** Environment variables parsed and validated in one place; nothing else reads process.env. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  port: number;
  host: string;
  /** External PostgreSQL; when undefined an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  dataDir: string;
  mediaDir: string;
  introspection: boolean;
  publicBaseUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxBodyBytes: number;
    maxPageSize: number;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 4000);
  const dataDir = path.resolve(repoRoot, env.DATA_DIR || '.data');
  return {
    env: nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329),
    dataDir,
    mediaDir: path.join(dataDir, 'media'),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    publicBaseUrl: env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
    limits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 5000),
      maxBodyBytes: integer(env, 'GRAPHQL_MAX_BODY_BYTES', 100_000),
      maxPageSize: 100,
    },
  };
}
