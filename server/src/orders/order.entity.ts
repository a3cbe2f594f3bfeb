import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BigIntType, Collection, OptionalProps, type Rel } from '@mikro-orm/core';
import { Locale } from '../i18n/locale.js';
import { User } from '../users/user.entity.js';
import { DeliveryMethod } from './delivery-method.entity.js';
import { OrderLine } from './order-line.entity.js';
import { OrderStatusChange } from './order-status-change.entity.js';
import { OrderStatus, PaymentMethod } from './order-status.js';

export const ORDER_NUMBER_SEQUENCE = 'order_number_seq';

/**
 * A shopper's order. Not a GraphQL type: OrderView decides what leaves the server (the idempotency key
 * and request hash never do). Money is integer tiyn, KZT.
 */
@Entity({ tableName: 'shop_order' })
@Unique({ name: 'shop_order_user_idempotency_key_unique', properties: ['user', 'idempotencyKey'] })
@Index({ name: 'shop_order_user_id_id_index', properties: ['user', 'id'] })
// The expiry job's claim: unpaid online orders by due time; every other order stays out of this index.
@Index({ name: 'shop_order_payment_due_index', expression: `create index "shop_order_payment_due_index" on "shop_order" ("payment_due_at") where "status" = 'pending_payment'` })
@Check({ name: 'shop_order_total_adds_up', expression: 'total = subtotal + delivery_price' })
export class Order {
  [OptionalProps]?: 'comment' | 'deliveryCity' | 'deliveryAddress' | 'deliveryPostalCode' | 'paymentDueAt' | 'paidAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Public number, e.g. T1-2026-000123 (order-number.ts). */
  @Property({ type: 'string', length: 32, unique: true })
  number!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: Rel<User>;

  @Enum({ items: () => OrderStatus })
  status!: OrderStatus;

  @Enum({ items: () => PaymentMethod })
  paymentMethod!: PaymentMethod;

  @Property({ type: 'string', length: 100 })
  contactName!: string;

  /** +7 and ten digits (phone.ts). */
  @Property({ type: 'string', length: 12 })
  contactPhone!: string;

  @ManyToOne(() => DeliveryMethod, { deleteRule: 'restrict' })
  deliveryMethod!: Rel<DeliveryMethod>;

  @Property({ type: 'string', length: 100, nullable: true })
  deliveryCity?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  deliveryAddress?: string | null;

  @Property({ type: 'string', length: 6, nullable: true })
  deliveryPostalCode?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  comment?: string | null;

  /** The shopper's language when ordering: line names are snapshotted and messages written in it. */
  @Enum({ items: () => Locale })
  locale!: Locale;

  @Property({ type: new BigIntType('number') })
  subtotal!: number;

  @Property({ type: 'integer' })
  deliveryPrice!: number;

  @Property({ type: new BigIntType('number') })
  total!: number;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  /** SHA-256 of the canonical placeOrder request, to tell a retry from a different order under the same key. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** When an unpaid online order expires; null for pay on delivery. */
  @Property({ type: 'datetime', nullable: true })
  paymentDueAt?: Date | null;

  /** When the money came in: an online payment, or the courier's collection at delivery. */
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;

  @OneToMany(() => OrderLine, (line) => line.order, { orderBy: { id: 'asc' } })
  lines = new Collection<OrderLine>(this);

  @OneToMany(() => OrderStatusChange, (change) => change.order, { orderBy: { id: 'asc' } })
  statusChanges = new Collection<OrderStatusChange>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
