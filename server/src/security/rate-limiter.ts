import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts an attempt for `key` and throws RATE_LIMITED once the window's limit is passed. One atomic
 * upsert, so concurrent attempts from several processes are all counted.
 */
export async function consumeRateLimit(em: EntityManager, key: string, rule: RateLimit): Promise<void> {
  const rows = await em.execute<{ hits: number; retry_after: number }[]>(
    `insert into rate_limit_bucket (key, window_start, hits) values (?, now(), 1)
     on conflict (key) do update set
       hits = case when rate_limit_bucket.window_start <= now() - make_interval(secs => ?) then 1 else rate_limit_bucket.hits + 1 end,
       window_start = case when rate_limit_bucket.window_start <= now() - make_interval(secs => ?) then now() else rate_limit_bucket.window_start end
     returning hits, ceil(extract(epoch from window_start + make_interval(secs => ?) - now()))::int as retry_after`,
    [key, rule.windowSeconds, rule.windowSeconds, rule.windowSeconds],
  );
  const row = rows[0];
  if (row && row.hits > rule.limit) {
    throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', { retryAfterSeconds: Math.max(1, row.retry_after) });
  }
}
