import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import type { LocalizedText } from '../i18n/locale.js';
import { Product } from './product.entity.js';

@Entity({ tableName: 'product_image' })
export class Image {
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

  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
