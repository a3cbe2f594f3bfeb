import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../graphql/scalars.js';
import { Product } from './product.entity.js';
import { Colour, Material } from './vocabulary.js';

@ObjectType({ description: 'A purchasable version of a product: one colour, width and material, with its own price and stock.' })
@Entity({ tableName: 'product_variant' })
@Check({ name: 'product_variant_stock_non_negative', expression: 'stock >= 0' })
@Check({ name: 'product_variant_price_positive', expression: 'price > 0' })
export class Variant {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Field(() => String, { description: 'Stock keeping unit, unique across the shop.' })
  @Property({ type: 'string', length: 64, unique: true })
  sku!: string;

  @Field(() => Colour)
  @Index()
  @Property({ type: 'string', length: 32 })
  colour!: Colour;

  @Field(() => Int, { description: 'Blade width in millimetres (bow height for bow ties).' })
  @Property({ type: 'integer' })
  widthMm!: number;

  @Field(() => Material)
  @Property({ type: 'string', length: 32 })
  material!: Material;

  @Field(() => Money)
  @Property({ type: 'integer' })
  price!: number;

  @Field(() => Money, { nullable: true, description: 'The former price, shown struck through when the variant is on sale.' })
  @Property({ type: 'integer', nullable: true })
  compareAtPrice?: number | null;

  @Field(() => Int, { description: 'Units available to order now.' })
  @Property({ type: 'integer', default: 0 })
  stock: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
