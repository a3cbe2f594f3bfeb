import { AppError } from '../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../graphql/pagination.js';
import type { Locale } from '../i18n/locale.js';
import { integerList, joinSql, rawSql, sql, textList, type Sql } from '../db/sql.js';
import type { ProductFilter } from './catalog.inputs.js';
import { ProductSort } from './catalog.inputs.js';

/** Search ranks results by relevance; plain listings use one of the ProductSort orders. */
export type ListingOrder = ProductSort | 'RELEVANCE';

interface Position {
  order: ListingOrder;
  key: string | number;
  id: number;
}

interface OrderSpec {
  /** Expression over product `p`, its cheapest price `prices.min_price` and search `q`. */
  key: (locale: Locale) => Sql;
  /** The key reads `prices`, which costs a per-product aggregate. */
  usesPrices?: boolean;
  direction: 'asc' | 'desc';
  /** Parameter cast so a cursor's JSON value compares like the column. */
  cast: string;
}

const ORDERS: Record<ListingOrder, OrderSpec> = {
  // Microseconds as bigint: a JS Date would drop them and break keyset ties.
  NEWEST: { key: () => sql`(extract(epoch from p.created_at) * 1000000)::bigint`, direction: 'desc', cast: 'bigint' },
  PRICE_ASC: { key: () => sql`prices.min_price`, direction: 'asc', cast: 'integer', usesPrices: true },
  PRICE_DESC: { key: () => sql`prices.min_price`, direction: 'desc', cast: 'integer', usesPrices: true },
  NAME_ASC: { key: (locale) => sql`coalesce(nullif(p.name->>${locale}, ''), p.name->>'ru')`, direction: 'asc', cast: 'text' },
  RELEVANCE: {
    key: () => sql`(ts_rank(p.search_vector, q.tsquery) + word_similarity(q.text, p.search_names))::float8`,
    direction: 'desc',
    cast: 'float8',
  },
};

/** How close a misspelt query must be to a product name (pg_trgm word similarity, 0..1). */
const TYPO_SIMILARITY = 0.45;

export interface ListingRequest {
  filter: ProductFilter;
  /** Category ids the filter's category expands to (itself and descendants). */
  categoryIds?: number[];
  order: ListingOrder;
  locale: Locale;
  first: number;
  after?: string | null;
  search?: string;
}

function isPosition(order: ListingOrder) {
  return (value: unknown): value is Position => {
    const candidate = value as Position;
    return (
      typeof value === 'object' &&
      value !== null &&
      candidate.order === order &&
      (typeof candidate.key === 'string' || typeof candidate.key === 'number') &&
      Number.isSafeInteger(candidate.id)
    );
  };
}

export function validateFilter(filter: ProductFilter): void {
  const { width, priceRange } = filter;
  if (width?.min !== undefined && width?.max !== undefined && width.min > width.max) {
    throw AppError.badInput('filter.width', 'width.min must not exceed width.max');
  }
  if (priceRange?.min !== undefined && priceRange?.max !== undefined && priceRange.min > priceRange.max) {
    throw AppError.badInput('filter.priceRange', 'priceRange.min must not exceed priceRange.max');
  }
}

function variantConditions(filter: ProductFilter): Sql[] {
  const conditions: Sql[] = [];
  if (filter.colour?.length) conditions.push(sql`v.colour in (${textList(filter.colour)})`);
  if (filter.material?.length) conditions.push(sql`v.material in (${textList(filter.material)})`);
  if (filter.width?.min !== undefined) conditions.push(sql`v.width_mm >= ${filter.width.min}`);
  if (filter.width?.max !== undefined) conditions.push(sql`v.width_mm <= ${filter.width.max}`);
  if (filter.priceRange?.min !== undefined) conditions.push(sql`v.price >= ${filter.priceRange.min}`);
  if (filter.priceRange?.max !== undefined) conditions.push(sql`v.price <= ${filter.priceRange.max}`);
  if (filter.inStock) conditions.push(sql`v.stock > 0`);
  return conditions;
}

function productConditions(request: ListingRequest): Sql[] {
  const { filter, categoryIds, search } = request;
  const conditions: Sql[] = [sql`p.status = 'published'`];
  if (categoryIds) conditions.push(sql`p.category_id in (${integerList(categoryIds)})`);
  if (filter.featured !== undefined) conditions.push(sql`p.featured = ${filter.featured}`);
  const variants = variantConditions(filter);
  if (variants.length) {
    conditions.push(sql`exists (select 1 from product_variant v where v.product_id = p.id and ${joinSql(variants, ' and ')})`);
  }
  if (search !== undefined) {
    conditions.push(sql`(p.search_vector @@ q.tsquery or word_similarity(q.text, p.search_names) >= ${TYPO_SIMILARITY})`);
  }
  return conditions;
}

function fromClause(search: string | undefined, withPrices: boolean): Sql {
  const base = withPrices
    ? sql`product p join lateral (select min(v.price) as min_price from product_variant v where v.product_id = p.id) prices on true`
    : sql`product p`;
  if (search === undefined) return base;
  // One query in three configurations: Russian and English stemming, Kazakh (and anything else) verbatim.
  return sql`${base} cross join (select websearch_to_tsquery('russian', ${search}) || websearch_to_tsquery('english', ${search}) || websearch_to_tsquery('simple', ${search}) as tsquery, lower(${search}) as text) q`;
}

/** The SQL selecting one page of product ids (plus one to detect a next page), in order. */
export function pageQuery(request: ListingRequest): Sql {
  const spec = ORDERS[request.order];
  const where = joinSql(productConditions(request), ' and ');
  const direction = rawSql(spec.direction);
  const comparison = rawSql(spec.direction === 'asc' ? '>' : '<');
  const after = request.after ? decodeCursor(request.after, 'after', isPosition(request.order)) : undefined;
  const keyset = after ? sql`where (sort_key, id) ${comparison} (${after.key}::${rawSql(spec.cast)}, ${after.id})` : sql``;
  return sql`select id, sort_key from (select p.id, ${spec.key(request.locale)} as sort_key from ${fromClause(request.search, spec.usesPrices ?? false)} where ${where}) listing ${keyset} order by sort_key ${direction}, id ${direction} limit ${request.first + 1}`;
}

export function countQuery(request: ListingRequest): Sql {
  return sql`select count(*)::int as total from ${fromClause(request.search, false)} where ${joinSql(productConditions(request), ' and ')}`;
}

export function cursorFor(order: ListingOrder, row: { id: number; sort_key: string | number }): string {
  return encodeCursor({ order, key: row.sort_key, id: row.id } satisfies Position);
}
