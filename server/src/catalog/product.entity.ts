import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Collection, OptionalProps, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { LocalizedText } from '../i18n/locale.js';
import { Category } from './category.entity.js';
import { Image } from './image.entity.js';
import { Variant } from './variant.entity.js';

export enum ProductStatus {
  draft = 'draft',
  published = 'published',
}
registerEnumType(ProductStatus, { name: 'ProductStatus', description: 'Only published products are visible to shoppers.' });

/**
 * Russian and English get stemming dictionaries; Kazakh has none in PostgreSQL, so its words are indexed
 * as-is ('simple'). Names weigh more than descriptions.
 */
const SEARCH_VECTOR = `(
  setweight(to_tsvector('russian', coalesce(name->>'ru', '')), 'A') ||
  setweight(to_tsvector('english', coalesce(name->>'en', '')), 'A') ||
  setweight(to_tsvector('simple', coalesce(name->>'kk', '')), 'A') ||
  setweight(to_tsvector('russian', coalesce(description->>'ru', '')), 'C') ||
  setweight(to_tsvector('english', coalesce(description->>'en', '')), 'C') ||
  setweight(to_tsvector('simple', coalesce(description->>'kk', '')), 'C')
) stored`;

/** Lower-cased names in all locales, for trigram matching of misspelt queries. */
const SEARCH_NAMES = `(lower(coalesce(name->>'ru', '') || ' ' || coalesce(name->>'kk', '') || ' ' || coalesce(name->>'en', ''))) stored`;

@Entity({ tableName: 'product' })
@Index({ name: 'product_search_vector_idx', expression: 'create index "product_search_vector_idx" on "product" using gin ("search_vector")' })
@Index({ name: 'product_search_names_trgm_idx', expression: 'create index "product_search_names_trgm_idx" on "product" using gin ("search_names" gin_trgm_ops)' })
export class Product {
  [OptionalProps]?: 'status' | 'featured' | 'attributes' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 160, unique: true })
  slug!: string;

  @Enum({ items: () => ProductStatus, nativeEnumName: 'product_status', default: ProductStatus.draft })
  status: ProductStatus = ProductStatus.draft;

  @Property({ type: 'boolean', default: false })
  featured: boolean = false;

  @Index()
  @ManyToOne(() => Category, { deleteRule: 'restrict' })
  category!: Rel<Category>;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Property({ type: 'json' })
  description!: LocalizedText;

  /** Free-form facts shown in a table (origin, care, …): key → localized value. */
  @Property({ type: 'json' })
  attributes: Record<string, LocalizedText> = {};

  @OneToMany(() => Variant, (variant) => variant.product, { orderBy: { position: 'asc', id: 'asc' } })
  variants = new Collection<Variant>(this);

  @OneToMany(() => Image, (image) => image.product, { orderBy: { position: 'asc', id: 'asc' } })
  images = new Collection<Image>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'tsvector', generated: SEARCH_VECTOR, lazy: true, hidden: true, nullable: true })
  searchVector?: string;

  @Property({ type: 'text', generated: SEARCH_NAMES, lazy: true, hidden: true, nullable: true })
  searchNames?: string;
}
