import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Longest key the table holds; consumeRateLimit shortens longer ones to fit. */
export const RATE_LIMIT_KEY_LENGTH = 200;

/** Attempts per key in the current fixed window; in PostgreSQL so every API process shares the count. */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: RATE_LIMIT_KEY_LENGTH })
  key!: string;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}
