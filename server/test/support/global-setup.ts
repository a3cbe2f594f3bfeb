import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster } from '../../src/db/embedded-postgres.js';
import { createLogger } from '../../src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL on which test files create their own databases. */
    databaseServerUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The project's database rule for tests: DATABASE_URL's server when set, else one throwaway embedded cluster per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('databaseServerUrl', process.env.DATABASE_URL);
    return async () => undefined;
  }
  const parent = mkdtempSync(path.join(os.tmpdir(), 't1eup-test-'));
  const cluster = await startEmbeddedCluster({
    dataDir: path.join(parent, 'postgres'),
    port: await freePort(),
    logger: createLogger('warn'),
    ephemeral: true,
  });
  project.provide('databaseServerUrl', cluster.url);
  return async () => {
    await cluster.stop();
    rmSync(parent, { recursive: true, force: true });
  };
}
