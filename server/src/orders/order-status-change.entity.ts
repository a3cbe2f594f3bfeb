import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';
import { Order } from './order.entity.js';
import { OrderActor, OrderStatus } from './order-status.js';

/** An order's history: one row per status it entered, the first (from null) when it was placed. */
@Entity({ tableName: 'order_status_change' })
export class OrderStatusChange {
  [OptionalProps]?: 'at' | 'actorUser' | 'reason' | 'fromStatus';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Rel<Order>;

  @Enum({ items: () => OrderStatus, nullable: true })
  fromStatus?: OrderStatus | null;

  @Enum({ items: () => OrderStatus })
  toStatus!: OrderStatus;

  @Enum({ items: () => OrderActor })
  actor!: OrderActor;

  /** The customer or admin who made the change; null for the server and the payment provider. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  actorUser?: Rel<User> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}
