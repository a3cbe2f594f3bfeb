import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Order } from '../orders/order.entity.js';
import { User } from '../users/user.entity.js';
import { Variant } from './variant.entity.js';

export enum StockMovementReason {
  /** The stock a variant had when the ledger began (seed, or the migration that started the ledger). */
  initial = 'initial',
  orderReserved = 'order_reserved',
  /** An order's reservation given back: cancelled, expired, or refunded before it shipped. */
  orderReleased = 'order_released',
  /** Counted by an admin (goods received, a return back on the shelf, a stocktake). */
  adjustment = 'adjustment',
}

/**
 * The stock ledger: one row per change of `product_variant.stock`, written in the transaction that
 * changes it, so the movements of a variant always sum to its stock.
 */
@Entity({ tableName: 'stock_movement' })
@Check({ name: 'stock_movement_delta_not_zero', expression: 'delta <> 0' })
@Check({ name: 'stock_movement_order_reasons', expression: `(reason in ('order_reserved', 'order_released')) = (order_id is not null)` })
@Check({ name: 'stock_movement_adjustment_admin', expression: `(reason = 'adjustment') = (admin_user_id is not null)` })
export class StockMovement {
  [OptionalProps]?: 'at' | 'order' | 'adminUser';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Variant, { deleteRule: 'cascade' })
  variant!: Rel<Variant>;

  /** Units added (positive) or taken (negative). */
  @Property({ type: 'integer' })
  delta!: number;

  @Enum({ items: () => StockMovementReason })
  reason!: StockMovementReason;

  @Index()
  @ManyToOne(() => Order, { nullable: true, deleteRule: 'restrict' })
  order?: Rel<Order> | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  adminUser?: Rel<User> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}
