import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a database leak
 * yields no usable sessions. Revoking sets revokedAt instead of deleting, so a replayed token is recognised.
 */
@Entity({ tableName: 'user_session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'string', length: 512, nullable: true })
  userAgent?: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
