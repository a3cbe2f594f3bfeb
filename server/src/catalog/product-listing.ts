import { AppError } from '../graphql/errors.js';
import { cursorValue, decodeCursor, encodeCursor } from '../graphql/pagination.js';
import type { Locale } from '../i18n/locale.js';
import { integerList, joinSql, rawSql, sql, textList, type Sql } from '../db/sql.js';
import type { ProductFilter } from './catalog.inputs.js';
import { ProductSort } from './catalog.inputs.js';
import { inStockSql } from './stock.service.js';

/** Search ranks results by relevance; plain listings use one of the ProductSort orders. */
export type ListingOrder = ProductSort | 'RELEVANCE';

interface Position {
  order: ListingOrder;
  key: string | number;
  id: number;
}

/** SQL types of sort keys, each with the values a cursor may carry for it. */
const KEY_TYPES = {
  bigint: cursorValue.bigint,
  integer: cursorValue.integer,
  text: cursorValue.text,
  float8: cursorValue.float,
} satisfies Record<string, (value: unknown) => boolean>;

interface OrderSpec {
  /** Expression over product `p`, its cheapest price `prices.min_price` and search `q`; never null. */
  key: (locale: Locale) => Sql;
  /** The key reads `prices`, which costs a per-product aggregate. */
  usesPrices?: boolean;
  direction: 'asc' | 'desc';
  /** A cursor's key is cast to it, so it compares like the column, and must be a value of it. */
  keyType: keyof typeof KEY_TYPES;
}

/** Where products without variants sort by price: after all others ascending, before them descending, as NULL would. */
const NO_PRICE = rawSql('2147483647');

// Microseconds as bigint: a JS Date would drop them and break keyset ties.
const CREATED_AT_KEY = sql`(extract(epoch from p.created_at) * 1000000)::bigint`;

const ORDERS: Record<ListingOrder, OrderSpec> = {
  NEWEST: { key: () => CREATED_AT_KEY, direction: 'desc', keyType: 'bigint' },
  PRICE_ASC: { key: () => sql`coalesce(prices.min_price, ${NO_PRICE})`, direction: 'asc', keyType: 'integer', usesPrices: true },
  PRICE_DESC: { key: () => sql`coalesce(prices.min_price, ${NO_PRICE})`, direction: 'desc', keyType: 'integer', usesPrices: true },
  NAME_ASC: { key: (locale) => sql`coalesce(nullif(p.name->>${locale}, ''), p.name->>'ru', '')`, direction: 'asc', keyType: 'text' },
  RELEVANCE: {
    key: () => sql`(ts_rank(p.search_vector, q.tsquery) + word_similarity(q.text, p.search_names))::float8`,
    direction: 'desc',
    keyType: 'float8',
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
  const isKey = KEY_TYPES[ORDERS[order].keyType];
  return (value: unknown): value is Position => {
    const candidate = value as Position;
    return typeof value === 'object' && value !== null && candidate.order === order && isKey(candidate.key) && cursorValue.rowId(candidate.id);
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

const PUBLISHED = sql`p.status = 'published'`;

function variantConditions(filter: ProductFilter): Sql[] {
  const conditions: Sql[] = [];
  if (filter.colour?.length) conditions.push(sql`v.colour in (${textList(filter.colour)})`);
  if (filter.material?.length) conditions.push(sql`v.material in (${textList(filter.material)})`);
  if (filter.width?.min !== undefined) conditions.push(sql`v.width_mm >= ${filter.width.min}`);
  if (filter.width?.max !== undefined) conditions.push(sql`v.width_mm <= ${filter.width.max}`);
  if (filter.priceRange?.min !== undefined) conditions.push(sql`v.price >= ${filter.priceRange.min}`);
  if (filter.priceRange?.max !== undefined) conditions.push(sql`v.price <= ${filter.priceRange.max}`);
  if (filter.inStock) conditions.push(inStockSql(sql`v.stock`));
  return conditions;
}

function productConditions(request: ListingRequest): Sql[] {
  const { filter, categoryIds, search } = request;
  const conditions: Sql[] = [PUBLISHED];
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
  const keyset = after ? sql`where (sort_key, id) ${comparison} (${after.key}::${rawSql(spec.keyType)}, ${after.id})` : sql``;
  return sql`select id, sort_key from (select p.id, ${spec.key(request.locale)} as sort_key from ${fromClause(request.search, spec.usesPrices ?? false)} where ${where}) listing ${keyset} order by sort_key ${direction}, id ${direction} limit ${request.first + 1}`;
}

export function countQuery(request: ListingRequest): Sql {
  return sql`select count(*)::int as total from ${fromClause(request.search, false)} where ${joinSql(productConditions(request), ' and ')}`;
}

export function cursorFor(order: ListingOrder, row: { id: number; sort_key: string | number }): string {
  return encodeCursor({ order, key: row.sort_key, id: row.id } satisfies Position);
}

export interface RelatedRequest {
  /** Position of the request in its batch; rows come back tagged with it. */
  key: number;
  productId: number;
  /** The product's category and its descendants. */
  categoryIds: number[];
  first: number;
}

/**
 * For a whole batch of products in one statement: up to `first` other published products of each
 * one's categories, newest first (the NEWEST order), as rows of (key, id) in that order.
 */
export function relatedQuery(requests: RelatedRequest[]): Sql {
  return sql`select parent.key, related.id from jsonb_to_recordset(${JSON.stringify(requests)}::jsonb) as parent(key int, "productId" int, "categoryIds" jsonb, first int)
    cross join lateral (
      select p.id, row_number() over (order by ${CREATED_AT_KEY} desc, p.id desc) as rank from product p
      where ${PUBLISHED} and p.id <> parent."productId" and p.category_id in (select jsonb_array_elements_text(parent."categoryIds")::int)
      order by ${CREATED_AT_KEY} desc, p.id desc limit parent.first
    ) related
    order by parent.key, related.rank`;
}
