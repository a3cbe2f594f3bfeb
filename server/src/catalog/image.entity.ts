import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { LocalizedText } from '../i18n/locale.js';
import { Product } from './product.entity.js';

@ObjectType({ description: 'A product photo (800×1000 source) served by the API as WebP or AVIF; see `url(format)`.' })
@Entity({ tableName: 'product_image' })
export class Image {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  /** Path under the media root without extension; the file exists as .webp and .avif. */
  @Property({ type: 'string', length: 300 })
  path!: string;

  @Property({ type: 'json' })
  alt!: LocalizedText;

  @Field(() => Int)
  @Property({ type: 'integer' })
  width!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  height!: number;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
