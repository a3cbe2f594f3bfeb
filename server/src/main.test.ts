import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from './config.js';

it('a development server on a public HOST without a bot token exits with the reason, before any database starts', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 't1eup-main-'));
  try {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      // Only what the child needs, so no TELEGRAM_BOT_TOKEN or DATABASE_URL of ours leaks in.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', HOST: '0.0.0.0', DATA_DIR: dataDir },
      timeout: 25_000,
    });
    const failure = await run.then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^Configuration error: HOST=0\.0\.0\.0 .*development bot token.*TELEGRAM_BOT_TOKEN/m);
    expect(readdirSync(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
