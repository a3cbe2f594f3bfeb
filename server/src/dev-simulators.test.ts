import { expect, it } from 'vitest';
import { DEVELOPMENT_BOT_TOKEN, loadConfig } from './config.js';
import { startDevSimulators } from './dev-simulators.js';
import { createLogger } from './logger.js';

it('a development server on loopback runs the Telegram simulator on loopback and talks to it', async () => {
  const config = loadConfig({ NODE_ENV: 'development', HOST: 'localhost', TELEGRAM_SIMULATOR_PORT: '0' });
  const simulators = await startDevSimulators(config, createLogger('error', false));
  try {
    expect(config.telegram.botToken).toBe(DEVELOPMENT_BOT_TOKEN);
    expect(config.telegram.apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${config.telegram.apiBase}/login/signed?id=5000000001&first_name=Dev`)).status).toBe(200);
  } finally {
    await simulators.stop();
  }
});

it('a server with a real bot token starts no simulator', async () => {
  const config = loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0', TELEGRAM_BOT_TOKEN: '1:real' });
  await startDevSimulators(config, createLogger('error', false));
  expect(config.telegram.apiBase).toBe('https://api.telegram.org');
});
