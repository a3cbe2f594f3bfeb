import { createHash } from 'node:crypto';
import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { RATE_LIMIT_KEY_LENGTH } from './rate-limit-bucket.entity.js';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  /** At most RATE_LIMIT_MAX_WINDOW_SECONDS, so pruning never deletes a live window. */
  windowSeconds: number;
}

/**
 * Longest window any rule may use. The table does not record each bucket's window, so pruning deletes
 * what is older than this; a bucket whose window has passed counts exactly like a missing one.
 */
export const RATE_LIMIT_MAX_WINDOW_SECONDS = 3600;

/** How often each process prunes; the table then holds at most about an hour and a bit of keys. */
const PRUNE_INTERVAL_MS = 5 * 60_000;

/**
 * Counts an attempt for `key` and throws RATE_LIMITED once the window's limit is passed. One atomic
 * upsert, so concurrent attempts from several processes are all counted.
 */
export async function consumeRateLimit(em: EntityManager, key: string, rule: RateLimit): Promise<void> {
  if (rule.windowSeconds > RATE_LIMIT_MAX_WINDOW_SECONDS) throw new Error(`rate limit windows are at most ${RATE_LIMIT_MAX_WINDOW_SECONDS} s`);
  const rows = await em.execute<{ hits: number; retry_after: number }[]>(
    `insert into rate_limit_bucket (key, window_start, hits) values (?, now(), 1)
     on conflict (key) do update set
       hits = case when rate_limit_bucket.window_start <= now() - make_interval(secs => ?) then 1 else rate_limit_bucket.hits + 1 end,
       window_start = case when rate_limit_bucket.window_start <= now() - make_interval(secs => ?) then now() else rate_limit_bucket.window_start end
     returning hits, ceil(extract(epoch from window_start + make_interval(secs => ?) - now()))::int as retry_after`,
    [storedKey(key), rule.windowSeconds, rule.windowSeconds, rule.windowSeconds],
  );
  const row = rows[0];
  if (row && row.hits > rule.limit) {
    throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', { retryAfterSeconds: Math.max(1, row.retry_after) });
  }
}

/**
 * Keys may carry client input, so one too long for the column keeps a readable start and ends in a
 * hash of the whole key: still one bucket per key, never a database error.
 */
export function storedKey(key: string): string {
  if (key.length <= RATE_LIMIT_KEY_LENGTH) return key;
  const hash = createHash('sha256').update(key).digest('hex');
  return `${key.slice(0, RATE_LIMIT_KEY_LENGTH - hash.length - 1)}#${hash}`;
}

/** Deletes buckets whose window ended long ago; resolves to how many went. */
export async function pruneRateLimitBuckets(em: EntityManager): Promise<number> {
  const result = await em.execute<QueryResult>(`delete from rate_limit_bucket where window_start < now() - make_interval(secs => ?)`, [RATE_LIMIT_MAX_WINDOW_SECONDS], 'run');
  return result.affectedRows;
}

export interface RateLimitPruner {
  /** Stops the timer; resolves once a prune in flight, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Prunes now and then every few minutes, in every process: a timer rather than work inside
 * consumeRateLimit, so sign-ins never pay for it and the table shrinks even when no one signs in. Two
 * processes pruning at once is harmless: both delete the same expired rows, and a bucket an attempt
 * revives meanwhile no longer matches the delete.
 */
export function startRateLimitPruner({ orm, logger, intervalMs = PRUNE_INTERVAL_MS }: { orm: MikroORM; logger: Logger; intervalMs?: number }): RateLimitPruner {
  let inFlight: Promise<void> | undefined;
  const prune = () => {
    inFlight ??= pruneRateLimitBuckets(orm.em.fork())
      .then(
        (deleted) => logger.debug('pruned rate-limit buckets', { deleted }),
        (error: unknown) => logger.warn('pruning rate-limit buckets failed; trying again later', { error }),
      )
      .finally(() => {
        inFlight = undefined;
      });
  };
  prune();
  const timer = setInterval(prune, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
