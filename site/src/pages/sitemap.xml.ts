/** sitemap.xml with every indexable page and its hreflang alternates. */
import type { APIRoute } from 'astro';
import { FACETS, availableValues, facetCounts, variantFacets } from '../features/catalog/facets';
import { pageCount } from '../features/catalog/pagination';
import { loadCatalog, productsOf } from '../lib/catalog';
import { LOCALES, absolute, paths, switchLocale } from '../paths';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const origin = (site?.toString() ?? '').replace(/\/+$/, '');
  const catalog = await loadCatalog('ru');
  const ruPaths = [paths.home('ru')];
  // Every page of a listing of `total` products: page 1 is the listing's own path.
  const listing = (path: string, total: number) => { for (let n = 1; n <= pageCount(total); n++) ruPaths.push(paths.listingPage(path, n)); };
  listing(paths.allProducts('ru'), catalog.products.length);
  for (const c of catalog.categories) {
    const products = productsOf(catalog, c.slug);
    listing(paths.category('ru', c.slug), products.length);
    const values = availableValues(products);
    const counts = facetCounts(products.map((p) => p.variants.map(variantFacets)), {});
    for (const f of FACETS) for (const v of values[f]) listing(paths.facet('ru', c.slug, f, v), counts[f][v] ?? 0);
  }
  const lastmod = new Map<string, string>();
  for (const p of catalog.products) {
    const path = paths.product('ru', p.slug);
    ruPaths.push(path);
    lastmod.set(path, p.updatedAt ?? p.createdAt);
  }
  const urls = ruPaths.flatMap((ruPath) =>
    LOCALES.map((lang) => {
      const loc = absolute(origin, switchLocale(ruPath, lang));
      const alternates = LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escape(absolute(origin, switchLocale(ruPath, l)))}"/>`).join('');
      const modified = lastmod.get(ruPath);
      return `<url><loc>${escape(loc)}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}${alternates}</url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
