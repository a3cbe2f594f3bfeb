/**
 * Delivers the outbox to the Telegram Bot API.
 *
 * Guarantees: a committed message is delivered at least once unless Telegram refuses it for good, and any
 * number of workers in any number of processes can run together. A claim marks one row 'sending' with a
 * lease (claimed_until) in a statement of its own, using FOR UPDATE SKIP LOCKED, so no two workers hold
 * the same row; a worker that dies holding a claim gives the row back when the lease ends. The Bot API
 * call happens outside any transaction, and its outcome is written by the very next statement.
 *
 * The one duplicate window: sendMessage is not idempotent, so if the process dies (or the database is
 * unreachable) after Telegram answered and before the outcome update commits, the row is reclaimed
 * after its lease and the message is sent again. Nothing runs between the response and that update to
 * keep the window that small. Its network-side twin cannot be closed either: when Telegram accepted the
 * request but the answer was lost (timeout, connection reset), we cannot tell that from a failed call and
 * retry, as Telegram advises.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { ParseMode } from './outbox-message.entity.js';
import type { SendMessageResult, TelegramBotClient } from './telegram-bot.client.js';

export interface BackoffPolicy {
  /** Wait after the first transient failure; doubled after each further one. */
  initialMs: number;
  maxMs: number;
}

export interface OutboxWorkerOptions {
  orm: MikroORM;
  logger: Logger;
  client: TelegramBotClient;
  /** Pause between polls when nothing was due. */
  pollIntervalMs?: number;
  /** Claims (429-answered ones included) after which a transient failure (5xx, network) marks the message failed. */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  /** How long a claim lasts; must cover one Bot API call plus recording its outcome. */
  leaseMs?: number;
  /** Most messages one runOnce delivers, so a backlog cannot starve stop(). */
  maxPerRun?: number;
}

export interface OutboxWorker {
  /** Polls in the background until stop(). */
  start(): void;
  /** Stops polling and any run; resolves once the message in flight, if any, has its outcome recorded. */
  stop(): Promise<void>;
  /** Delivers what is due now, one claim at a time; resolves to the number of messages it attempted. */
  runOnce(): Promise<number>;
}

/** A row as the claim returns it. */
export interface ClaimedMessage {
  id: number;
  chatId: string;
  text: string;
  parseMode: ParseMode | null;
  /** Increases with every claim, so (id, attempts) names this claim and no other. */
  attempts: number;
  /** 'sending' when an earlier worker's lease ran out: that worker may have sent it already. */
  previousStatus: 'pending' | 'sending';
}

const DEFAULTS = {
  pollIntervalMs: 1_000,
  maxAttempts: 10,
  backoff: { initialMs: 2_000, maxMs: 10 * 60_000 },
  leaseMs: 60_000,
  maxPerRun: 100,
};
/** Time a claim must leave after the Bot API call for recording its outcome (retries included). */
const RECORD_BUDGET_MS = 10_000;
const RECORD_TRIES = 3;
const RECORD_RETRY_DELAY_MS = 1_000;

/**
 * Claims up to `limit` due messages for `leaseMs`: pending ones whose time has come, and 'sending' ones
 * whose worker's lease ran out. Rows locked by a concurrent claim are skipped, never waited for.
 */
export async function claimDueMessages(em: EntityManager, { limit, leaseMs }: { limit: number; leaseMs: number }): Promise<ClaimedMessage[]> {
  const rows = await em.execute<{ id: number; chat_id: string; text: string; parse_mode: ParseMode | null; attempts: number; previous_status: 'pending' | 'sending' }[]>(
    `with due as (
       select id, status from outbox_message
       where (status = 'pending' and next_attempt_at <= now()) or (status = 'sending' and claimed_until < now())
       order by id
       limit ?
       for update skip locked
     )
     update outbox_message m
     set status = 'sending', claimed_until = now() + make_interval(secs => ?), attempts = m.attempts + 1
     from due
     where m.id = due.id
     returning m.id, m.chat_id, m.text, m.parse_mode, m.attempts, due.status as previous_status`,
    [limit, leaseMs / 1000],
  );
  return rows
    .map((row) => ({ id: row.id, chatId: row.chat_id, text: row.text, parseMode: row.parse_mode, attempts: row.attempts, previousStatus: row.previous_status }))
    .sort((a, b) => a.id - b.id);
}

/** Delay before the next try after the attempts-th transient failure: exponential, capped. */
export function backoffDelayMs(policy: BackoffPolicy, attempts: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, attempts - 1));
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { orm, logger, client } = options;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULTS.pollIntervalMs;
  const maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts;
  const backoff = options.backoff ?? DEFAULTS.backoff;
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs;
  const maxPerRun = options.maxPerRun ?? DEFAULTS.maxPerRun;
  // A lease that ends while we still wait for Telegram lets a second worker send the same message.
  if (leaseMs < client.timeoutMs + RECORD_BUDGET_MS) {
    throw new RangeError(`leaseMs (${leaseMs}) must be at least the client timeout (${client.timeoutMs}) + ${RECORD_BUDGET_MS} ms`);
  }

  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const runs = new Set<Promise<unknown>>();

  function tracked<T>(work: Promise<T>): Promise<T> {
    runs.add(work);
    return work.finally(() => runs.delete(work));
  }

  /** One claim per message: the lease only has to cover one call, and nothing is left to hand back on stop. */
  async function run(): Promise<{ attempted: number; more: boolean }> {
    const em = orm.em.fork();
    let attempted = 0;
    while (!stopping && attempted < maxPerRun) {
      const [message] = await claimDueMessages(em, { limit: 1, leaseMs });
      if (!message) return { attempted, more: false };
      attempted++;
      if (message.previousStatus === 'sending') {
        logger.warn('outbox: reclaimed a message whose worker lease expired; it may already have been sent', { id: message.id, attempts: message.attempts });
      }
      const result = await send(message);
      await record(em, message, result);
      // Telegram asked us to slow down; the rest waits for the next poll.
      if (result.kind === 'retryAfter') return { attempted, more: false };
    }
    return { attempted, more: !stopping };
  }

  async function send(message: ClaimedMessage): Promise<SendMessageResult> {
    try {
      return await client.sendMessage({ chatId: message.chatId, text: message.text, parseMode: message.parseMode });
    } catch (error) {
      // The client classifies every HTTP and network failure; a throw is a bug, retried like an outage.
      logger.error('outbox: Telegram client threw', { id: message.id, error });
      return { kind: 'transient', status: null, description: `client error: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** Writes the outcome of this claim; retried briefly because a lost outcome means a duplicate later. */
  async function record(em: EntityManager, message: ClaimedMessage, result: SendMessageResult): Promise<void> {
    for (let tries = 1; ; tries++) {
      try {
        const updated = await applyOutcome(em, message, result, { maxAttempts, backoff });
        if (!updated) {
          logger.warn('outbox: the claim ended before its outcome was recorded', { id: message.id, attempts: message.attempts, outcome: result.kind });
        }
        logOutcome(logger, message, result, maxAttempts, backoff);
        return;
      } catch (error) {
        if (tries >= RECORD_TRIES) {
          logger.error('outbox: could not record a delivery outcome; the message is retried when its lease ends', {
            id: message.id,
            outcome: result.kind,
            error,
          });
          throw error;
        }
        await delay(RECORD_RETRY_DELAY_MS);
      }
    }
  }

  async function sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      loop = (async () => {
        while (!stopping) {
          let more = false;
          try {
            ({ more } = await tracked(run()));
          } catch (error) {
            logger.error('outbox: delivery run failed', { error });
          }
          if (!more && !stopping) await sleep(pollIntervalMs);
        }
      })();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      await Promise.allSettled([...runs]);
      loop = undefined;
      stopping = false;
    },
    async runOnce() {
      return (await tracked(run())).attempted;
    },
  };
}

/** One statement, guarded by the claim: a worker whose lease was taken over cannot overwrite the new claim. */
async function applyOutcome(
  em: EntityManager,
  message: ClaimedMessage,
  result: SendMessageResult,
  { maxAttempts, backoff }: { maxAttempts: number; backoff: BackoffPolicy },
): Promise<boolean> {
  const claim = `id = ? and attempts = ? and status = 'sending'`;
  const claimParams = [message.id, message.attempts];
  let statement: string;
  let params: unknown[];
  switch (result.kind) {
    case 'sent':
      statement = `update outbox_message set status = 'sent', sent_at = now(), telegram_message_id = ?, claimed_until = null, last_error = null where ${claim}`;
      params = [result.messageId];
      break;
    case 'retryAfter':
      // Telegram pacing us is not the message's fault: it never fails a message, however many times.
      statement = `update outbox_message set status = 'pending', next_attempt_at = now() + make_interval(secs => ?), claimed_until = null, last_error = ? where ${claim}`;
      params = [result.seconds, `429 ${result.description}`];
      break;
    case 'transient':
      if (message.attempts >= maxAttempts) {
        statement = `update outbox_message set status = 'failed', claimed_until = null, last_error = ? where ${claim}`;
        params = [errorText(result)];
      } else {
        statement = `update outbox_message set status = 'pending', next_attempt_at = now() + make_interval(secs => ?), claimed_until = null, last_error = ? where ${claim}`;
        params = [backoffDelayMs(backoff, message.attempts) / 1000, errorText(result)];
      }
      break;
    case 'permanent':
      statement = `update outbox_message set status = 'failed', claimed_until = null, last_error = ? where ${claim}`;
      params = [errorText(result)];
      break;
  }
  const { affectedRows } = await em.execute<{ affectedRows: number }>(statement, [...params, ...claimParams], 'run');
  return affectedRows === 1;
}

function errorText(result: Extract<SendMessageResult, { kind: 'transient' | 'permanent' }>): string {
  return result.status === null ? result.description : `${result.status} ${result.description}`;
}

function logOutcome(logger: Logger, message: ClaimedMessage, result: SendMessageResult, maxAttempts: number, backoff: BackoffPolicy): void {
  const fields = { id: message.id, attempts: message.attempts };
  switch (result.kind) {
    case 'sent':
      logger.debug('outbox: message sent', { ...fields, telegramMessageId: result.messageId });
      return;
    case 'retryAfter':
      logger.info('outbox: Telegram rate limit, retrying later', { ...fields, retryAfterSeconds: result.seconds });
      return;
    case 'transient':
      if (message.attempts >= maxAttempts) logger.error('outbox: message failed after its last attempt', { ...fields, error: errorText(result) });
      else logger.warn('outbox: delivery failed, retrying later', { ...fields, error: errorText(result), retryInMs: backoffDelayMs(backoff, message.attempts) });
      return;
    case 'permanent':
      logger.error('outbox: Telegram refused the message for good', { ...fields, error: errorText(result) });
      return;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
