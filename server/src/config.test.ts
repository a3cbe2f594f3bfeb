import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from './config.js';

describe('configuration', () => {
  it('documents every environment variable the code reads in .env.example', () => {
    const sources = ['server/src/config.ts', 'server/bench/run.ts'].map((file) => readFileSync(path.join(repoRoot, file), 'utf8')).join('\n');
    const read = new Set([...sources.matchAll(/(?:env|process\.env)(?:\.|, ')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
    const documented = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    expect([...read].filter((name) => !new RegExp(`^${name}=`, 'm').test(documented))).toEqual([]);
  });

  it('refuses invalid values with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_TELEGRAM_IDS: '12,abc' })).toThrow(/ADMIN_TELEGRAM_IDS/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TELEGRAM_BOT_TOKEN/);
  });

  it('uses the simulator only in development without a bot token, and secure cookies in production', () => {
    expect(loadConfig({}).telegram.useSimulator).toBe(true);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x' }).telegram.useSimulator).toBe(false);
    const production = loadConfig({ NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: '1:x' });
    expect(production.session.secureCookie).toBe(true);
    expect(production.introspection).toBe(false);
  });
});
