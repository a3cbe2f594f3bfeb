import type { Config } from './config.js';
import type { Logger } from './logger.js';

export interface RunningSimulators {
  stop(): Promise<void>;
}

/**
 * In development without a real bot token (which config allows only on a loopback HOST), starts the
 * Telegram simulator on loopback and points the Bot API client at it. Loaded lazily so production never
 * imports simulator code.
 */
export async function startDevSimulators(config: Config, logger: Logger): Promise<RunningSimulators> {
  if (!config.telegram.useSimulator) return { stop: async () => undefined };
  const { startTelegramSimulator } = await import('../../infra/simulators/telegram/telegram-simulator.js');
  const telegram = await startTelegramSimulator({
    // It signs sign-ins with the public development token, so like the server it must stay on this machine.
    host: '127.0.0.1',
    port: config.telegram.simulatorPort,
    botToken: config.telegram.botToken,
    ownerTelegramId: config.telegram.adminIds[0],
  });
  config.telegram.apiBase = telegram.url;
  logger.info('Telegram simulator running (no TELEGRAM_BOT_TOKEN set)', { url: telegram.url, login: `${telegram.url}/login` });
  return telegram;
}
