import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A Login Widget hash that already signed someone in. Widget data travels in a URL (history, proxy
 * logs), so each one may sign in once; the row lives until the data would have gone stale anyway.
 */
@Entity({ tableName: 'used_sign_in_proof' })
export class UsedSignInProof {
  @PrimaryKey({ type: 'string', length: 64 })
  hash!: string;

  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
