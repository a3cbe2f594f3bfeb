import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { enqueue } from '../notifications/notification.service.js';

/**
 * Queues a plain-text message to the shop owner's chat in the caller's transaction, so it is sent
 * exactly when the event commits. `dedupeKey` makes a retried event queue it once.
 */
export async function notifyOwner(tx: EntityManager, config: Config, dedupeKey: string, text: string): Promise<void> {
  const chatId = config.telegram.ownerChatId;
  if (!chatId) return;
  await enqueue(tx, { chatId, text, dedupeKey });
}
