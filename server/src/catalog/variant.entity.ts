import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Product } from './product.entity.js';
import type { Colour, Material } from './vocabulary.js';

@Entity({ tableName: 'product_variant' })
@Check({ name: 'product_variant_stock_non_negative', expression: 'stock >= 0' })
@Check({ name: 'product_variant_price_positive', expression: 'price > 0' })
export class Variant {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Property({ type: 'string', length: 64, unique: true })
  sku!: string;

  @Index()
  @Property({ type: 'string', length: 32 })
  colour!: Colour;

  @Property({ type: 'integer' })
  widthMm!: number;

  @Property({ type: 'string', length: 32 })
  material!: Material;

  @Property({ type: 'integer' })
  price!: number;

  @Property({ type: 'integer', nullable: true })
  compareAtPrice?: number | null;

  @Property({ type: 'integer', default: 0 })
  stock: number = 0;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
