import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_MESSAGE_LENGTH, type ParseMode } from './outbox-message.entity.js';

export interface OutgoingMessage {
  /** Telegram chat id (numeric, as text) or @channel username. */
  chatId: string;
  /** 1–4096 characters; escape it yourself when you set parseMode. */
  text: string;
  parseMode?: ParseMode | null;
  /** One message per key, ever: a second enqueue with the same key is a no-op, e.g. `admin-signin:<sessionId>`. */
  dedupeKey?: string | null;
}

/**
 * Queues a message in the caller's transaction: it is committed, and later delivered by the outbox
 * worker, exactly when the caller's event commits, and vanishes with it on rollback. Nothing is sent
 * here and nothing is flushed; `em` must be inside `em.transactional(...)` (it throws otherwise, so a
 * message can never be committed apart from its event). A message whose dedupeKey is already queued is
 * skipped without an error, so the caller's transaction is never aborted by a duplicate.
 * Returns the new message's id, or null when the dedupeKey was already taken.
 */
export async function enqueue(em: EntityManager, message: OutgoingMessage): Promise<number | null> {
  if (!em.isInTransaction()) {
    throw new Error('enqueue must run inside the transaction of the event that causes the message (em.transactional)');
  }
  validate(message);
  // A plain insert would abort the caller's whole transaction on a duplicate key; ON CONFLICT cannot.
  const rows = await em.execute<{ id: number }[]>(
    'insert into outbox_message (chat_id, text, parse_mode, dedupe_key) values (?, ?, ?, ?) on conflict (dedupe_key) do nothing returning id',
    [message.chatId, message.text, message.parseMode ?? null, message.dedupeKey ?? null],
  );
  return rows[0]?.id ?? null;
}

/** Checked here because a violated CHECK constraint would abort the caller's transaction. */
function validate({ chatId, text, parseMode }: OutgoingMessage): void {
  if (chatId.trim() === '') throw new RangeError('chatId is empty');
  // UTF-16 units, never fewer than the code points the column check counts: the stricter of the two.
  if (text.length < 1 || text.length > MAX_MESSAGE_LENGTH) {
    throw new RangeError(`message text must be 1–${MAX_MESSAGE_LENGTH} characters, got ${text.length}`);
  }
  if (parseMode != null && parseMode !== 'HTML' && parseMode !== 'MarkdownV2') {
    throw new RangeError(`unsupported parseMode "${String(parseMode)}"`);
  }
}
