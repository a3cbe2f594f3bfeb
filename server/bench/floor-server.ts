/**
 * The floor the API is compared with: a plain node:http handler that runs the same SQL as the API
 * (the listing builder plus the select-in loads MikroORM issues) through `pg` and returns the same JSON.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import pg from 'pg';
import { ProductSort } from '../src/catalog/catalog.inputs.js';
import { countQuery, cursorFor, pageQuery, type ListingRequest } from '../src/catalog/product-listing.js';
import { Locale, translate, type LocalizedText } from '../src/i18n/locale.js';
import type { Sql } from '../src/db/sql.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const numbered = (query: Sql) => {
  let n = 0;
  return { text: query.text.replace(/\?/g, () => `$${++n}`), values: [...query.params] };
};

const request: ListingRequest = { filter: {}, order: ProductSort.NEWEST, locale: Locale.ru, first: 24 };

async function listing() {
  const [page, count] = await Promise.all([pool.query(numbered(pageQuery(request))), pool.query(numbered(countQuery(request)))]);
  const rows = page.rows.slice(0, request.first) as { id: number; sort_key: string }[];
  const ids = rows.map((r) => r.id);
  const products = (await pool.query('select * from product where id = any($1)', [ids])).rows;
  const [variants, images, categories] = await Promise.all([
    pool.query('select * from product_variant where product_id = any($1) order by position, id', [ids]),
    pool.query('select * from product_image where product_id = any($1) order by position, id', [ids]),
    pool.query('select * from category where id = any($1)', [[...new Set(products.map((p) => p.category_id))]]),
  ]);
  const byId = new Map(products.map((p) => [p.id, p]));
  const t = (text: LocalizedText) => translate(text, Locale.ru).text;
  const nodes = ids.map((id) => {
    const p = byId.get(id);
    const category = categories.rows.find((c) => c.id === p.category_id);
    const own = variants.rows.filter((v) => v.product_id === id);
    const prices = own.map((v) => v.price);
    return {
      slug: p.slug,
      name: t(p.name),
      description: t(p.description),
      category: { slug: category.slug, name: t(category.name) },
      priceRange: { min: Math.min(...prices), max: Math.max(...prices) },
      variants: own.map((v) => ({ sku: v.sku, colour: v.colour.toUpperCase(), widthMm: v.width_mm, material: v.material.toUpperCase().replace(/-/g, '_'), price: v.price, compareAtPrice: v.compare_at_price, stock: v.stock })),
      images: images.rows.filter((i) => i.product_id === id).map((i) => ({ url: `/media/${i.path}.webp`, width: i.width, height: i.height, alt: t(i.alt) })),
    };
  });
  const last = rows.at(-1);
  return {
    data: {
      products: {
        totalCount: count.rows[0].total,
        nodes,
        pageInfo: { hasNextPage: page.rows.length > request.first, endCursor: last ? cursorFor(request.order, last) : null },
      },
    },
  };
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    listing()
      .then((body) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
