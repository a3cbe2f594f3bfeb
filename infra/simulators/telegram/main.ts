import { startTelegramSimulator } from './telegram-simulator.js';

const DEFAULT_PORT = 4100;

const botToken = process.env.TELEGRAM_BOT_TOKEN;
if (!botToken) {
  console.error('Set TELEGRAM_BOT_TOKEN to the token the server uses (any "<digits>:<text>" works locally).');
  process.exit(1);
}
const port = Number(process.env.TELEGRAM_SIMULATOR_PORT || DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`TELEGRAM_SIMULATOR_PORT must be a port number, got "${process.env.TELEGRAM_SIMULATOR_PORT}".`);
  process.exit(1);
}

const simulator = await startTelegramSimulator({
  port,
  botToken,
  ownerTelegramId: process.env.OWNER_TELEGRAM_ID || undefined,
});
console.log(`Telegram simulator at ${simulator.url} — point the server at it with TELEGRAM_API_BASE=${simulator.url}`);
console.log(`  login page:   ${simulator.url}/login?return_to=<your callback on localhost>`);
console.log(`  Mini App:     ${simulator.url}/webapp?url=<shop URL on localhost>`);
console.log(`  sent messages: ${simulator.url}/simulator/messages`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    simulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Telegram simulator did not stop cleanly', error);
        process.exit(1);
      },
    );
  });
}
