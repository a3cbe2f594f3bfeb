import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { seedCategories, seedProducts, type LocalizedText, type TiePattern } from './catalog-data.js';
import { generateLargeCatalog } from './large-catalog.js';
import { IMAGE_WIDTHS } from '../../catalog/image-sizes.js';
import { renderTieImages, tieSvg } from './tie-image.js';

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
/** A Latin letter glued to a Cyrillic one is almost always a homoglyph typo, e.g. Latin i for Kazakh і. */
const MIXED_SCRIPT_WORD = /[а-яёәғқңөұүһі][a-z]|[a-z][а-яёәғқңөұүһі]/i;
const TOP_LEVEL_SLUGS = ['classic-silk', 'skinny', 'knitted', 'bow-ties', 'wedding', 'gift-sets'];
const WIDTH_RANGE_MM: Record<string, [number, number]> = {
  'classic-silk': [70, 85],
  skinny: [50, 60],
  knitted: [55, 65],
  'bow-ties': [55, 65],
  'kids-bow-ties': [40, 50],
  wedding: [70, 85],
  'wedding-bow-ties': [55, 65],
};
const MIN_PRICE_TIYN = 4_990_00;
const MAX_PRICE_TIYN = 49_990_00;

const allVariants = seedProducts.flatMap((product) => product.variants);
const isKazakhFallback = (text: LocalizedText) => text.kk === '';

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('seed catalog', () => {
  it('has the six top-level categories and child categories under existing parents', () => {
    const slugs = seedCategories.map((category) => category.slug);
    expect(seedCategories.length).toBeGreaterThanOrEqual(6);
    expect(slugs).toEqual(expect.arrayContaining(TOP_LEVEL_SLUGS));
    for (const slug of TOP_LEVEL_SLUGS) {
      expect(seedCategories.find((category) => category.slug === slug)?.parentSlug).toBeUndefined();
    }
    const children = seedCategories.filter((category) => category.parentSlug);
    expect(children.length).toBeGreaterThanOrEqual(1);
    for (const child of children) expect(slugs).toContain(child.parentSlug);
    expect(duplicates(slugs)).toEqual([]);
  });

  it('has at least 40 products with 2–5 variants each', () => {
    expect(seedProducts.length).toBeGreaterThanOrEqual(40);
    for (const product of seedProducts) {
      expect(product.variants.length, product.slug).toBeGreaterThanOrEqual(2);
      expect(product.variants.length, product.slug).toBeLessThanOrEqual(5);
    }
  });

  it('uses unique product slugs and unique SKUs', () => {
    expect(duplicates(seedProducts.map((product) => product.slug))).toEqual([]);
    expect(duplicates(allVariants.map((variant) => variant.sku))).toEqual([]);
  });

  it('puts every product in a category that exists', () => {
    const slugs = new Set(seedCategories.map((category) => category.slug));
    for (const product of seedProducts) expect(slugs, product.slug).toContain(product.categorySlug);
  });

  it('prices every variant in whole tiyn between 4 990 ₸ and 49 990 ₸, with sale prices above the price', () => {
    for (const { sku, price, compareAtPrice } of allVariants) {
      expect(Number.isInteger(price), sku).toBe(true);
      expect(price, sku).toBeGreaterThanOrEqual(MIN_PRICE_TIYN);
      expect(price, sku).toBeLessThanOrEqual(MAX_PRICE_TIYN);
      if (compareAtPrice !== undefined) {
        expect(Number.isInteger(compareAtPrice), sku).toBe(true);
        expect(compareAtPrice, sku).toBeGreaterThan(price);
      }
    }
    expect(allVariants.some((variant) => variant.compareAtPrice !== undefined)).toBe(true);
  });

  it('keeps widths within the cut of each category', () => {
    for (const product of seedProducts) {
      const range = WIDTH_RANGE_MM[product.categorySlug];
      if (!range) continue;
      for (const variant of product.variants) {
        expect(variant.widthMm, variant.sku).toBeGreaterThanOrEqual(range[0]);
        expect(variant.widthMm, variant.sku).toBeLessThanOrEqual(range[1]);
      }
    }
  });

  it('has sold-out variants and a few entirely sold-out products', () => {
    for (const { sku, stock } of allVariants) {
      expect(Number.isInteger(stock) && stock >= 0 && stock <= 40, sku).toBe(true);
    }
    expect(allVariants.filter((variant) => variant.stock === 0).length).toBeGreaterThanOrEqual(5);
    const soldOut = seedProducts.filter((product) => product.variants.every((variant) => variant.stock === 0));
    expect(soldOut.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves Kazakh empty on exactly two products, so the Russian fallback is exercised', () => {
    const fallbacks = seedProducts.filter((product) => isKazakhFallback(product.name));
    expect(fallbacks).toHaveLength(2);
    for (const product of fallbacks) expect(product.description.kk).toBe('');
  });

  it('writes every other Kazakh text with Kazakh-specific letters', () => {
    const texts = [
      ...seedCategories.flatMap((category) => [category.name, category.description]),
      ...seedProducts.filter((product) => !isKazakhFallback(product.name)).flatMap((product) => [product.name, product.description]),
    ];
    for (const text of texts) expect(text.kk, text.ru).toMatch(KAZAKH_LETTER);
  });

  it('fills ru and en everywhere and never mixes Latin and Cyrillic letters in one word', () => {
    const texts = [
      ...seedCategories.flatMap((category) => [category.name, category.description]),
      ...seedProducts.flatMap((product) => [product.name, product.description]),
    ];
    for (const text of texts) {
      expect(text.ru.trim(), text.en).not.toBe('');
      expect(text.en.trim(), text.ru).not.toBe('');
      for (const value of [text.ru, text.kk, text.en]) expect(value).not.toMatch(MIXED_SCRIPT_WORD);
    }
  });

  it('offers the words the search tests rely on', () => {
    const ruNames = seedProducts.map((product) => product.name.ru);
    const ruDescriptions = seedProducts.map((product) => product.description.ru).join(' ');
    const enNames = seedProducts.map((product) => product.name.en);
    expect(ruNames.some((name) => name.includes('галстук в полоску'))).toBe(true);
    expect(ruDescriptions).toContain('полосками');
    expect(ruDescriptions).toContain('Полосатый');
    expect(enNames).toEqual(expect.arrayContaining(['Burgundy Paisley Silk Tie', 'Midnight Navy Knitted Tie']));
  });
});

describe('large catalog', () => {
  it('generates 1 000 products with unique slugs and SKUs in existing categories', () => {
    const { categories, products } = generateLargeCatalog(1_000);
    const categorySlugs = new Set(categories.map((category) => category.slug));
    expect(products).toHaveLength(1_000);
    expect(new Set(products.map((product) => product.slug)).size).toBe(1_000);
    const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku));
    expect(new Set(skus).size).toBe(skus.length);
    for (const product of products) {
      expect(categorySlugs).toContain(product.categorySlug);
      expect(product.variants.length).toBeGreaterThanOrEqual(2);
      expect(product.variants.length).toBeLessThanOrEqual(4);
      expect(product.name.kk).toMatch(KAZAKH_LETTER);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateLargeCatalog(1_000)).toEqual(generateLargeCatalog(1_000));
    expect(generateLargeCatalog(50, 2).products).not.toEqual(generateLargeCatalog(50, 1).products);
  });
});

describe('tie images', () => {
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('draws a renderable SVG for every pattern, as a long tie and as a bow tie', async () => {
    const patterns: TiePattern[] = ['solid', 'stripes', 'dots', 'paisley', 'check', 'knit', 'floral', 'geometric'];
    for (const pattern of patterns) {
      for (const bow of [false, true]) {
        const svg = tieSvg({ pattern, colour: 'navy', seed: 7, width: 160, height: 200, bow });
        const { info } = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
        expect(info, `${pattern} bow=${bow}`).toMatchObject({ width: 160, height: 200 });
      }
    }
  });

  it('writes every size of the ladder as WebP and AVIF from a 1280×1600 raster, with a placeholder, and reuses them on the next call', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 't1eup-tie-'));
    directories.push(outDir);
    // A small SVG: the raster is still drawn at the largest size, never upscaled from a small bitmap.
    const svg = tieSvg({ pattern: 'stripes', colour: 'burgundy', accent: 'gold', seed: 3, width: 400, height: 500 });

    const rendered = await renderTieImages(svg, outDir, 'regimental');
    expect(rendered).toMatchObject({ widths: [...IMAGE_WIDTHS], width: 1280, height: 1600 });
    for (const width of IMAGE_WIDTHS) {
      const height = (width * 5) / 4;
      expect(await sharp(path.join(outDir, `regimental-${width}.webp`)).metadata()).toMatchObject({ format: 'webp', width, height });
      expect(await sharp(path.join(outDir, `regimental-${width}.avif`)).metadata()).toMatchObject({ format: 'heif', compression: 'av1', width, height });
    }
    const small = (await stat(path.join(outDir, 'regimental-320.webp'))).size;
    const large = (await stat(path.join(outDir, 'regimental-1280.webp'))).size;
    expect(small).toBeLessThan(large / 4);

    expect(rendered.placeholder).toMatch(/^data:image\/webp;base64,/);
    const tiny = Buffer.from(rendered.placeholder.split(',')[1]!, 'base64');
    expect(await sharp(tiny).metadata()).toMatchObject({ format: 'webp', width: 16, height: 20 });
    expect(rendered.placeholder.length).toBeLessThan(600);

    const writtenAt = (await stat(path.join(outDir, 'regimental-640.avif'))).mtimeMs;
    expect(await renderTieImages(svg, outDir, 'regimental')).toEqual(rendered);
    expect((await stat(path.join(outDir, 'regimental-640.avif'))).mtimeMs).toBe(writtenAt);
  });
});
