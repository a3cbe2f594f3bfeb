import type { EntityManager } from '@mikro-orm/postgresql';
import { integerList, rawSql, sql, type Sql } from '../db/sql.js';
import type { LocalizedText } from '../i18n/locale.js';
import { ProductStatus } from './product.entity.js';
import { MAX_ATTRIBUTES_PER_PRODUCT, MAX_IMAGES_PER_PRODUCT, MAX_VARIANTS_PER_PRODUCT, type CategoryView, type ImageView, type ProductView, type VariantView } from './catalog.views.js';
import type { Colour, Material } from './vocabulary.js';

interface CategoryRow { id: number; slug: string; position: number; parent_id: number | null; name: LocalizedText; description: LocalizedText }
interface ProductRow {
  id: number; slug: string; status: ProductStatus; featured: boolean; category_id: number;
  name: LocalizedText; description: LocalizedText; attributes: Record<string, LocalizedText>; created_ms: number; updated_ms: number;
}
interface VariantRow {
  id: number; product_id: number; sku: string; colour: Colour; width_mm: number; material: Material;
  price: number; compare_at_price: number | null; stock: number; position: number;
}
interface ImageRow { id: number; product_id: number; path: string; widths: number[]; placeholder: string | null; alt: LocalizedText; width: number; height: number; position: number }

const VARIANT_COLUMNS = rawSql('id, product_id, sku, colour, width_mm, material, price, compare_at_price, stock, position');
const IMAGE_COLUMNS = rawSql('id, product_id, path, widths, placeholder, alt, width, height, position');

// The driver hands timestamps over as text; epoch milliseconds convert without parsing.
const TIMESTAMPS = rawSql('(extract(epoch from created_at) * 1000)::float8 as created_ms, (extract(epoch from updated_at) * 1000)::float8 as updated_ms');

const toCategory = (row: CategoryRow): CategoryView => ({
  id: row.id, slug: row.slug, position: row.position, parentId: row.parent_id, name: row.name, description: row.description,
});

const toVariant = (row: VariantRow): Omit<VariantView, 'product'> => ({
  id: row.id, productId: row.product_id, sku: row.sku, colour: row.colour, widthMm: row.width_mm, material: row.material,
  price: row.price, compareAtPrice: row.compare_at_price, stock: row.stock, position: row.position,
});

const toImage = (row: ImageRow): ImageView => ({
  id: row.id, path: row.path, widths: row.widths, placeholder: row.placeholder, alt: row.alt, width: row.width, height: row.height, position: row.position,
});

/** The first `cap` rows of each product by position: the lists' caps hold where the rows are read. */
function firstPerProduct(columns: Sql, table: Sql, products: Sql, cap: number): Sql {
  return sql`select ${columns} from (select ${columns}, row_number() over (partition by product_id order by position, id) as rank from ${table} where product_id in (${products})) capped where rank <= ${cap} order by position, id`;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A variant as an order needs it; `published` false means the shop no longer sells it. */
export interface VariantForSale {
  id: number;
  sku: string;
  price: number;
  stock: number;
  productName: LocalizedText;
  published: boolean;
}

/** Statements `products` runs for any ids: the products, their variants and their images. */
export const PRODUCT_LOAD_STATEMENTS = 3;

/** Catalog reads in plain SQL: a fixed number of queries per call, whatever the number of products. */
export class CatalogReader {
  constructor(private readonly em: EntityManager) {}

  async categories(): Promise<CategoryView[]> {
    return (await this.rows<CategoryRow>(sql`select id, slug, position, parent_id, name, description from category order by position, id`)).map(toCategory);
  }

  /** Published products with these ids, with variants, images and category, in the order of `ids`. */
  async products(ids: number[], categories: CategoryView[]): Promise<ProductView[]> {
    if (!ids.length) return [];
    const list = integerList(ids);
    const [products, variants, images] = await Promise.all([
      this.rows<ProductRow>(
        sql`select id, slug, status, featured, category_id, name, description, attributes, ${TIMESTAMPS} from product where id in (${list}) and status = ${ProductStatus.published}`,
      ),
      this.rows<VariantRow>(firstPerProduct(VARIANT_COLUMNS, sql`product_variant`, list, MAX_VARIANTS_PER_PRODUCT)),
      this.rows<ImageRow>(firstPerProduct(IMAGE_COLUMNS, sql`product_image`, list, MAX_IMAGES_PER_PRODUCT)),
    ]);
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const variantsOf = groupBy(variants.map(toVariant), (v) => v.productId);
    const imagesOf = groupBy(images, (i) => i.product_id);
    const byId = new Map<number, ProductView>();
    for (const row of products) {
      const product: ProductView = {
        id: row.id, slug: row.slug, status: row.status, featured: row.featured, createdAt: new Date(row.created_ms), updatedAt: new Date(row.updated_ms),
        name: row.name, description: row.description, attributes: Object.fromEntries(Object.entries(row.attributes).slice(0, MAX_ATTRIBUTES_PER_PRODUCT)),
        category: categoryById.get(row.category_id)!,
        variants: [],
        images: (imagesOf.get(row.id) ?? []).map(toImage),
      };
      product.variants = (variantsOf.get(row.id) ?? []).map((variant) => ({ ...variant, product }));
      byId.set(row.id, product);
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async publishedProductId(slug: string): Promise<number | undefined> {
    const [row] = await this.rows<{ id: number }>(sql`select id from product where slug = ${slug} and status = ${ProductStatus.published}`);
    return row?.id;
  }

  /** Ids of the published products owning these variants. */
  async productIdsOfVariants(variantIds: number[]): Promise<number[]> {
    const rows = await this.rows<{ product_id: number }>(sql`select distinct product_id from product_variant where id in (${integerList(variantIds)})`);
    return rows.map((r) => r.product_id);
  }

  /** What selling these variants needs now, in one statement: price, stock, SKU, product name and whether it is published; unknown ids are left out. */
  async variantsForSale(ids: number[]): Promise<VariantForSale[]> {
    if (!ids.length) return [];
    const rows = await this.rows<{ id: number; sku: string; price: number; stock: number; name: LocalizedText; published: boolean }>(
      sql`select v.id, v.sku, v.price, v.stock, p.name, p.status = ${ProductStatus.published} as published
          from product_variant v join product p on p.id = v.product_id where v.id in (${integerList(ids)})`,
    );
    return rows.map((row) => ({ id: row.id, sku: row.sku, price: row.price, stock: row.stock, productName: row.name, published: row.published }));
  }

  rows<T>(query: Sql): Promise<T[]> {
    return this.em.execute<T[]>(query.text, [...query.params]);
  }
}
