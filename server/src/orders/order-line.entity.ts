import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BigIntType, type Rel } from '@mikro-orm/core';
import { Variant } from '../catalog/variant.entity.js';
import { Order } from './order.entity.js';

/** One variant of an order, as it was sold: SKU, name (in the order's locale) and price are snapshots. */
@Entity({ tableName: 'order_line' })
@Unique({ name: 'order_line_order_variant_unique', properties: ['order', 'variant'] })
@Check({ name: 'order_line_quantity_positive', expression: 'quantity > 0' })
@Check({ name: 'order_line_total_adds_up', expression: 'line_total = unit_price * quantity' })
export class OrderLine {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Rel<Order>;

  @Index()
  @ManyToOne(() => Variant, { deleteRule: 'restrict' })
  variant!: Rel<Variant>;

  @Property({ type: 'string', length: 64 })
  sku!: string;

  @Property({ type: 'text' })
  productName!: string;

  /** Tiyn, the price when the order was placed. */
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: new BigIntType('number') })
  lineTotal!: number;
}
