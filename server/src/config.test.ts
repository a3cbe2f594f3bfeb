import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_BOT_TOKEN, loadConfig, repoRoot } from './config.js';

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

  it('listens on loopback by default outside production', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: '1:x' }).host).toBe('0.0.0.0');
  });

  it('runs on the development bot token and the simulator only while listening on loopback', () => {
    for (const HOST of ['127.0.0.1', '127.8.9.10', 'localhost', 'LOCALHOST', '::1', '::ffff:127.0.0.1']) {
      const config = loadConfig({ HOST });
      expect(config.telegram.botToken, HOST).toBe(DEVELOPMENT_BOT_TOKEN);
      expect(config.telegram.useSimulator, HOST).toBe(true);
    }
  });

  it('refuses to start a non-loopback server without a real bot token', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', '::ffff:192.168.1.20', '2001:db8::1', 'shop.example', '128.0.0.1']) {
      for (const NODE_ENV of ['development', 'test']) {
        expect(() => loadConfig({ NODE_ENV, HOST }), `${NODE_ENV} ${HOST}`).toThrow(ConfigError);
        expect(() => loadConfig({ NODE_ENV, HOST, TELEGRAM_BOT_TOKEN: DEVELOPMENT_BOT_TOKEN }), `${NODE_ENV} ${HOST}`).toThrow(ConfigError);
      }
    }
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST=0\.0\.0\.0.*development bot token.*TELEGRAM_BOT_TOKEN.*HOST=127\.0\.0\.1/);
    const withToken = loadConfig({ HOST: '0.0.0.0', TELEGRAM_BOT_TOKEN: '1:real' });
    expect(withToken.telegram.botToken).toBe('1:real');
    expect(withToken.telegram.useSimulator).toBe(false);
  });

  it('refuses the development bot token on loopback too when a proxy or a public URL brings other machines in', () => {
    for (const env of [{ TRUST_PROXY: '1' }, { TRUST_PROXY: 'loopback' }, { PUBLIC_BASE_URL: 'https://staging.shop.example' }, { PUBLIC_BASE_URL: 'http://[2001:db8::1]:4000' }]) {
      for (const NODE_ENV of ['development', 'test']) {
        expect(() => loadConfig({ NODE_ENV, HOST: '127.0.0.1', ...env }), JSON.stringify(env)).toThrow(/development bot token/);
        expect(loadConfig({ NODE_ENV, HOST: '127.0.0.1', TELEGRAM_BOT_TOKEN: '1:real', ...env }).telegram.useSimulator).toBe(false);
      }
    }
    for (const PUBLIC_BASE_URL of ['http://localhost:4000', 'http://127.0.0.1:4000', 'http://[::1]:4000']) {
      expect(loadConfig({ PUBLIC_BASE_URL }).telegram.botToken, PUBLIC_BASE_URL).toBe(DEVELOPMENT_BOT_TOKEN);
    }
  });

  it('never accepts the development bot token in production, on any host', () => {
    for (const HOST of ['127.0.0.1', '0.0.0.0']) {
      expect(() => loadConfig({ NODE_ENV: 'production', HOST, TELEGRAM_BOT_TOKEN: DEVELOPMENT_BOT_TOKEN })).toThrow(/TELEGRAM_BOT_TOKEN is the public development token/);
      expect(() => loadConfig({ NODE_ENV: 'production', HOST })).toThrow(/TELEGRAM_BOT_TOKEN is required/);
    }
  });

  it('refuses TRUST_PROXY=true as ambiguous and accepts hop counts and address lists', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true is ambiguous/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.internal' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '999', TELEGRAM_BOT_TOKEN: '1:real' })).toThrow(/at most 5 proxy hops/);
    expect(loadConfig({}).trustProxy('127.0.0.1', 0)).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' , TELEGRAM_BOT_TOKEN: '1:real' }).trustProxy('203.0.113.1', 0)).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,loopback' , TELEGRAM_BOT_TOKEN: '1:real' }).trustProxy('10.1.1.1', 0)).toBe(true);
  });

  it('uses the simulator only in development without a bot token, and secure cookies in production', () => {
    expect(loadConfig({}).telegram.useSimulator).toBe(true);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x' }).telegram.useSimulator).toBe(false);
    const production = loadConfig({ NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: '1:x' });
    expect(production.session.secureCookie).toBe(true);
    expect(production.introspection).toBe(false);
  });
});
