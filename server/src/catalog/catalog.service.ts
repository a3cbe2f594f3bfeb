import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import { pageSize } from '../graphql/pagination.js';
import type { Locale } from '../i18n/locale.js';
import type { Sql } from '../db/sql.js';
import { Category } from './category.entity.js';
import type { ProductFilter } from './catalog.inputs.js';
import { ProductSort } from './catalog.inputs.js';
import type { ProductConnection } from './catalog.types.js';
import { Product, ProductStatus } from './product.entity.js';
import { countQuery, cursorFor, pageQuery, validateFilter, type ListingOrder, type ListingRequest } from './product-listing.js';
import { Variant } from './variant.entity.js';

export interface ListProductsArgs {
  filter?: ProductFilter | null;
  sort?: ProductSort | null;
  first?: number | null;
  after?: string | null;
  locale: Locale;
}

const MAX_SEARCH_LENGTH = 200;

/** Read side of the catalog; one instance per request, sharing the request's entity manager. */
export class CatalogService {
  private categoriesLoad?: Promise<Category[]>;

  constructor(private readonly em: EntityManager) {}

  /** Every category, ordered by position then id; loaded once per request. */
  categories(): Promise<Category[]> {
    this.categoriesLoad ??= this.em.find(Category, {}, { orderBy: { position: 'asc', id: 'asc' } });
    return this.categoriesLoad;
  }

  /** The category with this slug; NOT_FOUND otherwise. */
  async categoryBySlug(slug: string): Promise<Category> {
    const category = (await this.categories()).find((c) => c.slug === slug);
    if (!category) throw AppError.notFound('Category', slug);
    return category;
  }

  async childrenOf(category: Category): Promise<Category[]> {
    return (await this.categories()).filter((c) => c.parent?.id === category.id);
  }

  async parentOf(category: Category): Promise<Category | null> {
    const parentId = category.parent?.id;
    return parentId === undefined ? null : ((await this.categories()).find((c) => c.id === parentId) ?? null);
  }

  /** The category and all its descendants. */
  private async subtreeIds(root: Category): Promise<number[]> {
    const all = await this.categories();
    const ids = [root.id];
    for (let i = 0; i < ids.length; i++) {
      ids.push(...all.filter((c) => c.parent?.id === ids[i]).map((c) => c.id));
    }
    return ids;
  }

  /** A published product with its variants, images and category; NOT_FOUND for unknown or draft slugs. */
  async productBySlug(slug: string): Promise<Product> {
    const product = await this.em.findOne(
      Product,
      { slug, status: ProductStatus.published },
      { populate: ['variants', 'images', 'category'], strategy: 'select-in' },
    );
    if (!product) throw AppError.notFound('Product', slug);
    return product;
  }

  /** A page of published products; costs a constant number of queries whatever the page size. */
  listProducts(args: ListProductsArgs): Promise<ProductConnection> {
    return this.page(args, args.sort ?? ProductSort.NEWEST);
  }

  /** Full-text search (Russian/English stems, Kazakh words) with typo tolerance, best matches first. */
  search(query: string, args: ListProductsArgs): Promise<ProductConnection> {
    const trimmed = query.trim();
    if (!trimmed) throw AppError.badInput('query', 'query must not be empty');
    if (trimmed.length > MAX_SEARCH_LENGTH) throw AppError.badInput('query', `query must be at most ${MAX_SEARCH_LENGTH} characters`);
    return this.page(args, 'RELEVANCE', trimmed);
  }

  /** Up to `first` other published products of the product's category, newest first. */
  async relatedTo(product: Product, first: number, locale: Locale): Promise<Product[]> {
    const page = await this.listProducts({ filter: { category: product.category.slug }, first: pageSize(first) + 1, locale });
    return page.nodes.filter((p) => p.id !== product.id).slice(0, first);
  }

  /** Variants of published products by id, with their products, for carts asking for current prices and stock; unknown ids are skipped. */
  async variantsByIds(ids: number[]): Promise<Variant[]> {
    if (ids.length > 100) throw AppError.badInput('ids', 'at most 100 variants at a time');
    return this.em.find(
      Variant,
      { id: { $in: ids }, product: { status: ProductStatus.published } },
      { populate: ['product', 'product.variants', 'product.images', 'product.category'], strategy: 'select-in', orderBy: { id: 'asc' } },
    );
  }

  private async page(args: ListProductsArgs, order: ListingOrder, search?: string): Promise<ProductConnection> {
    const filter = args.filter ?? {};
    validateFilter(filter);
    const request: ListingRequest = {
      filter,
      order,
      search,
      locale: args.locale,
      first: pageSize(args.first),
      after: args.after,
      categoryIds: filter.category ? await this.subtreeIds(await this.categoryInFilter(filter.category)) : undefined,
    };
    const [rows, [count]] = await Promise.all([
      this.rows<{ id: number; sort_key: string | number }>(pageQuery(request)),
      this.rows<{ total: number }>(countQuery(request)),
    ]);
    const pageRows = rows.slice(0, request.first);
    const products = await this.em.find(
      Product,
      { id: { $in: pageRows.map((r) => r.id) } },
      // Read-only page: unmanaged entities skip change-tracking snapshots, the biggest cost in the listing's profile.
      { populate: ['variants', 'images', 'category'], strategy: 'select-in', disableIdentityMap: true },
    );
    const byId = new Map(products.map((p) => [p.id, p]));
    const edges = pageRows.map((row) => ({ cursor: cursorFor(order, row), node: byId.get(row.id)! }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      totalCount: count?.total ?? 0,
      pageInfo: {
        hasNextPage: rows.length > request.first,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async categoryInFilter(slug: string): Promise<Category> {
    const category = (await this.categories()).find((c) => c.slug === slug);
    if (!category) throw AppError.badInput('filter.category', `there is no category "${slug}"`);
    return category;
  }

  private rows<T>(query: Sql): Promise<T[]> {
    return this.em.execute<T[]>(query.text, [...query.params]);
  }
}
