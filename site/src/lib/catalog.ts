/**
 * The whole catalog of one locale, read once per build from the API and shared by every page
 * (getStaticPaths of all routes run in the same process, so the memo saves thousands of requests).
 */
import type { CatalogCategoriesQuery, CatalogProductsQuery, Locale } from './graphql/generated/graphql';
import { buildClient } from './graphql/client';
import { catalogCategoriesDocument, catalogProductsDocument } from './graphql/operations';
import type { Lang } from '../paths';

export type CatalogProduct = CatalogProductsQuery['products']['nodes'][number];
export type CatalogCategory = CatalogCategoriesQuery['categories'][number];

export interface Catalog {
  lang: Lang;
  categories: CatalogCategory[];
  products: CatalogProduct[];
  productBySlug: Map<string, CatalogProduct>;
  /** Category slug → the slugs of it and all its descendants. */
  subtree: Map<string, Set<string>>;
}

const cache = new Map<Lang, Promise<Catalog>>();

async function fetchCatalog(lang: Lang): Promise<Catalog> {
  const client = buildClient();
  const locale = lang as Locale;
  const { categories } = await client.request(catalogCategoriesDocument, { locale });
  const products: CatalogProduct[] = [];
  let after: string | null | undefined;
  do {
    const page: CatalogProductsQuery = await client.request(catalogProductsDocument, { locale, after });
    products.push(...page.products.nodes);
    after = page.products.pageInfo.hasNextPage ? page.products.pageInfo.endCursor : undefined;
  } while (after);

  const subtree = new Map<string, Set<string>>();
  for (const category of categories) {
    const slugs = new Set([category.slug]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of categories) if (c.parent && slugs.has(c.parent.slug) && !slugs.has(c.slug)) { slugs.add(c.slug); grew = true; }
    }
    subtree.set(category.slug, slugs);
  }
  return { lang, categories, products, productBySlug: new Map(products.map((p) => [p.slug, p])), subtree };
}

export function loadCatalog(lang: Lang): Promise<Catalog> {
  let promise = cache.get(lang);
  if (!promise) {
    promise = fetchCatalog(lang);
    cache.set(lang, promise);
  }
  return promise;
}

export function productsOf(catalog: Catalog, categorySlug: string): CatalogProduct[] {
  const slugs = catalog.subtree.get(categorySlug) ?? new Set([categorySlug]);
  return catalog.products.filter((p) => slugs.has(p.category.slug));
}

/** Prefix for /media/ image paths: empty when the API serves the site's origin. */
export function mediaUrl(path: string): string {
  return (import.meta.env.PUBLIC_MEDIA_URL ?? '').replace(/\/+$/, '') + path;
}

/** A `srcset` from the API ("/media/x-320.webp 320w, …") with every candidate on the media origin. */
export function mediaSrcset(srcset: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
      return `${mediaUrl(url)} ${descriptor}`.trim();
    })
    .join(', ');
}

/** The smallest file of an image (the srcset's first candidate), for thumbnails and the cart; else the one file. */
export function smallestImageUrl(image: { webp: string; webpSrcset?: string | null }): string {
  const first = image.webpSrcset?.split(',')[0]?.trim().split(/\s+/)[0];
  return mediaUrl(first || image.webp);
}
