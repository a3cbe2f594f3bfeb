import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Attempts per key in the current fixed window; in PostgreSQL so every API process shares the count. */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}
