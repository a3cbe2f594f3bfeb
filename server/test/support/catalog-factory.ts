import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../src/catalog/category.entity.js';
import { Image } from '../../src/catalog/image.entity.js';
import { Product, ProductStatus } from '../../src/catalog/product.entity.js';
import { recordOpeningStock } from '../../src/catalog/stock.service.js';
import { Variant } from '../../src/catalog/variant.entity.js';
import type { Colour, Material } from '../../src/catalog/vocabulary.js';
import type { LocalizedText } from '../../src/i18n/locale.js';

let sequence = 0;
const next = () => ++sequence;

export function text(ru: string, kk = `${ru} (kk)`, en = `${ru} (en)`): LocalizedText {
  return { ru, kk, en };
}

export async function makeCategory(em: EntityManager, fields: Partial<Category> = {}): Promise<Category> {
  const n = next();
  const category = em.create(Category, { slug: `category-${n}`, position: n, name: text(`Категория ${n}`), description: text(`Описание ${n}`), ...fields });
  await em.flush();
  return category;
}

export interface VariantFields {
  colour?: Colour;
  material?: Material;
  widthMm?: number;
  price?: number;
  compareAtPrice?: number;
  stock?: number;
}

export interface ProductFields {
  slug?: string;
  category: Category;
  name?: LocalizedText;
  description?: LocalizedText;
  status?: ProductStatus;
  featured?: boolean;
  createdAt?: Date;
  variants?: VariantFields[];
  images?: number;
}

export async function makeProduct(em: EntityManager, fields: ProductFields): Promise<Product> {
  const n = next();
  const product = em.create(Product, {
    slug: fields.slug ?? `product-${n}`,
    category: fields.category,
    name: fields.name ?? text(`Галстук ${n}`, `Галстук ${n} қазақша`, `Tie ${n}`),
    description: fields.description ?? text(`Описание галстука ${n}`),
    status: fields.status ?? ProductStatus.published,
    featured: fields.featured ?? false,
    attributes: { origin: text('Италия', 'Италия', 'Italy') },
    createdAt: fields.createdAt ?? new Date(Date.UTC(2026, 0, 1) + n * 60_000),
  });
  (fields.variants ?? [{}]).forEach((variant, index) =>
    em.create(Variant, {
      product,
      sku: `SKU-${n}-${index}`,
      colour: variant.colour ?? 'navy',
      material: variant.material ?? 'silk',
      widthMm: variant.widthMm ?? 75,
      price: variant.price ?? 1_000_000,
      compareAtPrice: variant.compareAtPrice,
      stock: variant.stock ?? 5,
      position: index,
    }),
  );
  for (let i = 0; i < (fields.images ?? 1); i++) {
    em.create(Image, { product, path: `products/p${n}-${i}`, alt: text(`Фото ${n}`), width: 800, height: 1000, position: i });
  }
  await em.flush();
  // As the seed does: the stock a variant starts with opens its ledger.
  await recordOpeningStock(em);
  return product;
}
