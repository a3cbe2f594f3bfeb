import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import type { LocalizedText } from '../i18n/locale.js';
import { Product } from './product.entity.js';

@Entity({ tableName: 'product_image' })
export class Image {
  [OptionalProps]?: 'widths' | 'placeholder' | 'position';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index()
  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  /** Path under the media root without size and extension; each width is stored as `<path>-<width>.webp|avif` (image-url.ts). */
  @Property({ type: 'string', length: 300 })
  path!: string;

  /** The widths of the size ladder stored for this image (image-sizes.ts); empty for an image stored as one `<path>.webp|avif`. */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  widths: number[] = [];

  /** A tiny WebP as a data: URL, shown blurred while the image loads. */
  @Property({ type: 'text', nullable: true })
  placeholder: string | null = null;

  @Property({ type: 'json' })
  alt!: LocalizedText;

  /** Intrinsic size of the largest stored width. */
  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
