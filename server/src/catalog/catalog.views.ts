import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../graphql/scalars.js';
import type { LocalizedText } from '../i18n/locale.js';
import { ProductStatus } from './product.entity.js';
import { Colour, Material } from './vocabulary.js';
import type { Colour as ColourCode, Material as MaterialCode } from './vocabulary.js';

/*
 * What the catalog API shows, as plain read models loaded straight from SQL (catalog-reader.ts).
 * The entities own writes and the schema; reads skip ORM hydration, which was the largest cost in the
 * listing's CPU profile. Localized texts stay whole here; resolvers pick the request's language.
 */

/**
 * Most items each unpaged catalog list returns. Query cost counts these lists at their caps
 * (graphql/limits.ts), so the reader and the service must never return more.
 */
export const MAX_CATEGORIES = 50;
export const MAX_VARIANTS_PER_PRODUCT = 20;
export const MAX_IMAGES_PER_PRODUCT = 10;
export const MAX_ATTRIBUTES_PER_PRODUCT = 20;

@ObjectType('Category', { description: 'A shelf of the shop. Categories form a tree; `position` orders siblings.' })
export class CategoryView {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  slug!: string;

  @Field(() => Int)
  position!: number;

  parentId!: number | null;
  name!: LocalizedText;
  description!: LocalizedText;
}

@ObjectType('Image', {
  description: 'A product photo stored at several widths (up to 1280, 4:5) as WebP and AVIF; see `srcset(format)` and `url(format)`.',
})
export class ImageView {
  @Field(() => ID)
  id!: number;

  /** Path under the media root without size and extension (image-url.ts builds the files' URLs). */
  path!: string;
  /** Stored widths of the size ladder; empty for an image stored as a single file. */
  widths!: number[];
  alt!: LocalizedText;

  @Field(() => Int, { description: 'Intrinsic width of the largest size, for the width attribute.' })
  width!: number;

  @Field(() => Int, { description: 'Intrinsic height of the largest size, for the height attribute.' })
  height!: number;

  @Field(() => String, { nullable: true, description: 'A tiny WebP (16px wide) as a data: URL, to show blurred while the image loads.' })
  placeholder!: string | null;

  @Field(() => Int)
  position!: number;
}

@ObjectType('Variant', { description: 'A purchasable version of a product: one colour, width and material, with its own price and stock.' })
export class VariantView {
  @Field(() => ID)
  id!: number;

  productId!: number;

  @Field(() => String, { description: 'Stock keeping unit, unique across the shop.' })
  sku!: string;

  @Field(() => Colour)
  colour!: ColourCode;

  @Field(() => Int, { description: 'Blade width in millimetres (bow height for bow ties).' })
  widthMm!: number;

  @Field(() => Material)
  material!: MaterialCode;

  @Field(() => Money)
  price!: number;

  @Field(() => Money, { nullable: true, description: 'The former price, shown struck through when the variant is on sale.' })
  compareAtPrice!: number | null;

  @Field(() => Int, { description: 'Units available to order now.' })
  stock!: number;

  @Field(() => Int)
  position!: number;

  product!: ProductView;
}

@ObjectType('Product', { description: 'A tie (or bow tie, or gift set) as the shop presents it; it is bought through one of its variants.' })
export class ProductView {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  slug!: string;

  @Field(() => ProductStatus)
  status!: ProductStatus;

  @Field(() => Boolean, { description: 'Shown on the home page.' })
  featured!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  name!: LocalizedText;
  description!: LocalizedText;
  attributes!: Record<string, LocalizedText>;
  category!: CategoryView;
  variants!: VariantView[];
  images!: ImageView[];
}
