import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { LocalizedText } from '../i18n/locale.js';

export enum DeliveryKind {
  pickup = 'pickup',
  courier = 'courier',
  post = 'post',
}
registerEnumType(DeliveryKind, { name: 'DeliveryKind', description: 'pickup: the shopper collects the order; courier: brought to the door in one city; post: Kazpost anywhere in Kazakhstan.' });

/** A way an order reaches the shopper, with its price: shop data (seeded, later edited by the admin), not code. */
@Entity({ tableName: 'delivery_method' })
@Check({ name: 'delivery_method_price_non_negative', expression: 'price >= 0' })
@Check({ name: 'delivery_method_postal_code_needs_address', expression: 'requires_address or not requires_postal_code' })
export class DeliveryMethod {
  [OptionalProps]?: 'active' | 'position' | 'city' | 'requiresPostalCode';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Stable name clients send, e.g. `courier-almaty`. */
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Enum({ items: () => DeliveryKind })
  kind!: DeliveryKind;

  @Property({ type: 'json' })
  name!: LocalizedText;

  /** Terms the shopper should know: how long it takes, where the pickup point is and when it is open. */
  @Property({ type: 'json' })
  description!: LocalizedText;

  /** The one city this method serves; null when the shopper names it (post). */
  @Property({ type: 'json', nullable: true })
  city?: LocalizedText | null;

  /** Tiyn. */
  @Property({ type: 'integer' })
  price!: number;

  @Property({ type: 'boolean' })
  requiresAddress!: boolean;

  @Property({ type: 'boolean', default: false })
  requiresPostalCode: boolean = false;

  /** Inactive methods are kept for the orders that used them and offered to no one. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
