import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** Where a session was opened; it decides the cookie (a Mini App may run in a cross-site frame). */
export enum SessionClient {
  browser = 'browser',
  miniApp = 'mini_app',
}

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a database leak
 * yields no usable sessions. Revoking sets revokedAt instead of deleting, so a replayed token is recognised.
 */
@Entity({ tableName: 'user_session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'client';

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

  @Enum({ items: () => SessionClient, nativeEnumName: 'session_client', default: SessionClient.browser })
  client: SessionClient = SessionClient.browser;
}
