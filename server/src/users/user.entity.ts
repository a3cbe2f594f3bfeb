import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType, OptionalProps } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum Role {
  customer = 'customer',
  admin = 'admin',
}
registerEnumType(Role, { name: 'Role', description: 'customer: a shopper; admin: runs the shop.' });

/** A person who signed in with Telegram. Not a GraphQL type: UserView decides what leaves the server. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'role' | 'allowsWriteToPm' | 'createdAt' | 'lastSeenAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Telegram ids exceed 2^31, so they are stored as bigint and handled as decimal strings. */
  @Property({ type: new BigIntType('string'), unique: true })
  telegramId!: string;

  @Property({ type: 'string', length: 256 })
  firstName!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  lastName?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  username?: string | null;

  @Property({ type: 'string', length: 1024, nullable: true })
  photoUrl?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  languageCode?: string | null;

  /**
   * The person let our bot write to them (Telegram's allows_write_to_pm at sign-in): only then do they get
   * their orders' news in Telegram. A sign-in that does not say keeps what an earlier one said.
   */
  @Property({ type: 'boolean', default: false })
  allowsWriteToPm: boolean = false;

  @Enum({ items: () => Role, nativeEnumName: 'user_role', default: Role.customer })
  role: Role = Role.customer;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();
}
