import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType, OptionalProps } from '@mikro-orm/core';

export enum OutboxStatus {
  /** Waiting for next_attempt_at. */
  pending = 'pending',
  /** Claimed by a worker until claimed_until; after that another worker may take it back. */
  sending = 'sending',
  sent = 'sent',
  /** Given up: a permanent Bot API error, or too many transient ones. Never retried. */
  failed = 'failed',
}

export enum OutboxChannel {
  telegram = 'telegram',
}

export type ParseMode = 'HTML' | 'MarkdownV2';

/** Telegram's limit for sendMessage text. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * One message to deliver, written in the same transaction as the event that causes it (transactional
 * outbox) and delivered by the outbox worker; the row is the message's only delivery record.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_status_next_attempt_at_index', properties: ['status', 'nextAttemptAt'] })
@Check({ name: 'outbox_message_text_length', expression: `char_length(text) >= 1 and char_length(text) <= ${MAX_MESSAGE_LENGTH}` })
@Check({ name: 'outbox_message_parse_mode_known', expression: `parse_mode in ('HTML', 'MarkdownV2')` })
export class OutboxMessage {
  [OptionalProps]?: 'channel' | 'status' | 'attempts' | 'nextAttemptAt' | 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => OutboxChannel, default: OutboxChannel.telegram })
  channel: OutboxChannel = OutboxChannel.telegram;

  /** Telegram chat id (numeric, as text) or @channel username. */
  @Property({ type: 'text' })
  chatId!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  parseMode?: ParseMode | null;

  /** Makes enqueueing idempotent per event, e.g. `admin-signin:<sessionId>`; null for messages without one. */
  @Property({ type: 'text', nullable: true, unique: true })
  dedupeKey?: string | null;

  @Enum({ items: () => OutboxStatus, default: OutboxStatus.pending })
  status: OutboxStatus = OutboxStatus.pending;

  /** Claims so far, the current one included. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  /** Lease of the worker that set status 'sending'; a crashed worker's claim ends here. */
  @Property({ type: 'datetime', nullable: true })
  claimedUntil?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: new BigIntType('string'), nullable: true })
  telegramMessageId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
