/** The real API as a child process of the bench, so its RSS is measured alone. */
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: 'bench:token', HOST: '127.0.0.1', PORT: '0' });
const app = await createApp({ config, logger: createLogger('error', false), databaseUrl: process.env.DATABASE_URL! });
process.stdout.write(`LISTENING ${new URL(app.url).port}\n`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
