import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AppError } from '../graphql/errors.js';
import { pageSize } from '../graphql/pagination.js';
import type { Locale } from '../i18n/locale.js';
import type { ProductFilter } from './catalog.inputs.js';
import { ProductSort } from './catalog.inputs.js';
import { CatalogReader, PRODUCT_LOAD_STATEMENTS } from './catalog-reader.js';
import type { ProductConnection, ProductEdge } from './catalog.types.js';
import { MAX_CATEGORIES, type CategoryView, type ProductView, type VariantView } from './catalog.views.js';
import { countQuery, cursorFor, pageQuery, relatedQuery, validateFilter, type ListingOrder, type ListingRequest } from './product-listing.js';

export interface ListProductsArgs {
  filter?: ProductFilter | null;
  sort?: ProductSort | null;
  first?: number | null;
  after?: string | null;
  locale: Locale;
}

/**
 * SQL statements one call of each read runs, which query cost charges (graphql/limits.ts `CostRule`).
 * The categories load once per request, whoever asks first, and only `categories` is charged for them:
 * at most one statement a request runs uncharged.
 * catalog-listing.test.ts counts the statements of each against the rule the schema declares.
 */
export const STATEMENTS = {
  /** A listing or a search: the page's ids (one more than asked, for hasNextPage) and the count. */
  listing: 2,
  /** A page's products, when `edges` or `nodes` is asked for. */
  pageLoad: PRODUCT_LOAD_STATEMENTS,
  /** The slug's product id, then the product. */
  productBySlug: 1 + PRODUCT_LOAD_STATEMENTS,
  /** The variants' product ids, then the products. */
  variantsByIds: 1 + PRODUCT_LOAD_STATEMENTS,
} as const;

/**
 * What each of a search's two statements weighs in ordinary ones. Both rank every published product
 * (full text in three configurations plus trigram similarity to the names): at 500 products a search's
 * page and count took 7 ms (one word) to 26 ms (200 characters), against 0.5 ms for a listing's by
 * NEWEST and 1.6 ms by price, the dearest order. At 20, a request holds at most six searches (~150 ms of
 * database time), level with the most count-only listings by price it can hold (5,000 / 42, ~190 ms).
 */
export const SEARCH_STATEMENT_WEIGHT = 20;

const MAX_SEARCH_LENGTH = 200;
export const MAX_VARIANTS_PER_REQUEST = 100;

interface RelatedKey {
  product: ProductView;
  first: number;
}

/** Read side of the catalog; one instance per request, sharing the request's entity manager. */
export class CatalogService {
  private readonly reader: CatalogReader;
  private categoriesLoad?: Promise<CategoryView[]>;
  /** Related products of every product in the request come from one batch of statements. */
  private readonly related = new DataLoader<RelatedKey, ProductView[], string>((keys) => this.loadRelated(keys), {
    cacheKeyFn: ({ product, first }) => `${product.id}:${first}`,
  });

  constructor(em: EntityManager) {
    this.reader = new CatalogReader(em);
  }

  /** Every category, ordered by position then id; loaded once per request. */
  private categories(): Promise<CategoryView[]> {
    this.categoriesLoad ??= this.reader.categories();
    return this.categoriesLoad;
  }

  /** Categories ordered by position then id, top-level ones only if asked; at most MAX_CATEGORIES. */
  async listCategories(topLevelOnly: boolean): Promise<CategoryView[]> {
    const all = await this.categories();
    return (topLevelOnly ? all.filter((c) => c.parentId === null) : all).slice(0, MAX_CATEGORIES);
  }

  /** The category with this slug; NOT_FOUND otherwise. */
  async categoryBySlug(slug: string): Promise<CategoryView> {
    const category = await this.findCategory(slug);
    if (!category) throw AppError.notFound('Category', slug);
    return category;
  }

  /** At most MAX_CATEGORIES. */
  async childrenOf(category: CategoryView): Promise<CategoryView[]> {
    return (await this.categories()).filter((c) => c.parentId === category.id).slice(0, MAX_CATEGORIES);
  }

  async parentOf(category: CategoryView): Promise<CategoryView | null> {
    return (await this.categories()).find((c) => c.id === category.parentId) ?? null;
  }

  /** The category and all its descendants. */
  private async subtreeIds(root: CategoryView): Promise<number[]> {
    const all = await this.categories();
    const ids = [root.id];
    for (let i = 0; i < ids.length; i++) {
      ids.push(...all.filter((c) => c.parentId === ids[i]).map((c) => c.id));
    }
    return ids;
  }

  /** A published product with its variants, images and category; NOT_FOUND for unknown or draft slugs. */
  async productBySlug(slug: string): Promise<ProductView> {
    const id = await this.reader.publishedProductId(slug);
    const [product] = id === undefined ? [] : await this.reader.products([id], await this.categories());
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

  /**
   * Up to `first` other published products of the product's category and its sub-categories, newest
   * first. Calls made while a request resolves one level of its query are answered by one batch.
   */
  relatedTo(product: ProductView, first: number): Promise<ProductView[]> {
    return this.related.load({ product, first: pageSize(first) });
  }

  /** Variants of published products by id, with their products, for carts asking for current prices and stock; unknown ids are skipped. */
  async variantsByIds(ids: number[]): Promise<VariantView[]> {
    if (ids.length > MAX_VARIANTS_PER_REQUEST) throw AppError.badInput('ids', `at most ${MAX_VARIANTS_PER_REQUEST} variants at a time`);
    if (!ids.length) return [];
    const products = await this.reader.products(await this.reader.productIdsOfVariants(ids), await this.categories());
    const wanted = new Set(ids);
    return products
      .flatMap((p) => p.variants)
      .filter((v) => wanted.has(v.id))
      .sort((a, b) => a.id - b.id);
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
    // The categories load alongside, once per request, for the products of the page when they load.
    const [rows, [count]] = await Promise.all([
      this.reader.rows<{ id: number; sort_key: string | number }>(pageQuery(request)),
      this.reader.rows<{ total: number }>(countQuery(request)),
      this.categories(),
    ]);
    const pageRows = rows.slice(0, request.first);
    let edges: Promise<ProductEdge[]> | undefined;
    return {
      totalCount: count?.total ?? 0,
      // Cursors come from the page's rows: one for a product unpublished meanwhile still marks its place.
      pageInfo: {
        hasNextPage: rows.length > request.first,
        hasPreviousPage: false,
        startCursor: pageRows[0] ? cursorFor(order, pageRows[0]) : null,
        endCursor: pageRows.length ? cursorFor(order, pageRows.at(-1)!) : null,
      },
      loadEdges: () => (edges ??= this.edgesOf(pageRows, order)),
    };
  }

  private async edgesOf(rows: { id: number; sort_key: string | number }[], order: ListingOrder): Promise<ProductEdge[]> {
    const products = await this.reader.products(rows.map((r) => r.id), await this.categories());
    const byId = new Map(products.map((p) => [p.id, p]));
    // A product unpublished between the statements simply drops out of this page.
    return rows.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ cursor: cursorFor(order, row), node }] : [];
    });
  }

  private async loadRelated(keys: readonly RelatedKey[]): Promise<ProductView[][]> {
    const requests = await Promise.all(
      keys.map(async ({ product, first }, key) => ({ key, productId: product.id, categoryIds: await this.subtreeIds(product.category), first })),
    );
    const rows = await this.reader.rows<{ key: number; id: number }>(relatedQuery(requests));
    const products = await this.reader.products([...new Set(rows.map((r) => r.id))], await this.categories());
    const byId = new Map(products.map((p) => [p.id, p]));
    const related = keys.map((): ProductView[] => []);
    // A product unpublished between the two statements simply drops out.
    for (const row of rows) {
      const product = byId.get(row.id);
      if (product) related[row.key]!.push(product);
    }
    return related;
  }

  private async categoryInFilter(slug: string): Promise<CategoryView> {
    const category = await this.findCategory(slug);
    if (!category) throw AppError.badInput('filter.category', `there is no category "${slug}"`);
    return category;
  }

  private async findCategory(slug: string): Promise<CategoryView | undefined> {
    return (await this.categories()).find((c) => c.slug === slug);
  }
}
