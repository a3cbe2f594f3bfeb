import { describe, expect, it } from 'vitest';
import { availableValues, decodeVariants, encodeVariants, facetCounts, formatSelection, matches, parseSelection, priceBucket, selectionSize, toggle, variantFacets, widthBucket } from './facets';

const navySilk = { colour: 'NAVY', material: 'SILK', widthMm: 75, price: 1_599_000, inStock: true };
const blackWool = { colour: 'BLACK', material: 'WOOL', widthMm: 55, price: 899_000, inStock: false };
const knit = { colour: 'BLACK', material: 'KNIT_SILK', widthMm: 85, price: 2_500_000, inStock: true };

describe('category facets', () => {
  it('buckets widths and prices', () => {
    expect([55, 60, 61, 79, 80].map(widthBucket)).toEqual(['slim', 'slim', 'classic', 'classic', 'wide']);
    expect([999_999, 1_000_000, 1_999_999, 2_000_000].map(priceBucket)).toEqual(['low', 'mid', 'mid', 'high']);
  });

  it('requires all chosen facets to hold for the same variant, like the API', () => {
    const variants = decodeVariants(encodeVariants([navySilk, blackWool]));
    expect(matches(variants, { colour: ['navy'], material: ['silk'] })).toBe(true);
    expect(matches(variants, { colour: ['black'], material: ['silk'] })).toBe(false);
    expect(matches(variants, { colour: ['black'], stock: ['in-stock'] })).toBe(false);
    expect(matches(variants, { colour: ['black', 'navy'], stock: ['in-stock'] })).toBe(true);
    expect(matches(variants, {})).toBe(true);
  });

  it('round-trips a selection through the query string', () => {
    const selection = toggle(toggle({}, 'colour', 'navy'), 'material', 'knit-silk');
    expect(formatSelection(selection)).toBe('?colour=navy&material=knit-silk');
    expect(parseSelection('?colour=navy&material=knit-silk')).toEqual(selection);
    expect(formatSelection(toggle(selection, 'colour', 'navy'))).toBe('?material=knit-silk');
  });

  it('lists the values present in a category, in-stock only when something is in stock', () => {
    expect(availableValues([{ variants: [navySilk, blackWool] }, { variants: [knit] }])).toEqual({
      colour: ['black', 'navy'], material: ['knit-silk', 'silk', 'wool'], width: ['slim', 'classic', 'wide'], price: ['low', 'mid', 'high'], stock: ['in-stock'],
    });
    expect(availableValues([{ variants: [blackWool] }]).stock).toEqual([]);
  });

  it('counts, per value, the products that choosing it would show: the same variant must pass the other facets', () => {
    const navyWool = { ...navySilk, material: 'WOOL', inStock: false };
    const products = [[navySilk, blackWool], [knit], [navyWool]].map((variants) => variants.map(variantFacets));
    const all = facetCounts(products, {});
    expect(all.colour).toEqual({ navy: 2, black: 2 });
    expect(all.material).toEqual({ silk: 1, wool: 2, 'knit-silk': 1 });
    expect(all.stock['in-stock']).toBe(2);

    // Wool chosen: colours count wool variants only; materials ignore the material choice (values are alternatives).
    const wool = facetCounts(products, { material: ['wool'] });
    expect(wool.colour).toEqual({ navy: 1, black: 1 });
    expect(wool.material).toEqual({ silk: 1, wool: 2, 'knit-silk': 1 });
    // The first product is in stock (navy silk) and comes in black wool, but not as one in-stock wool variant.
    expect(wool.stock['in-stock']).toBeUndefined();

    // Each count is what matches() shows for that value alone next to the other facets.
    const selection = { colour: ['navy'], stock: ['in-stock'] };
    const counts = facetCounts(products, selection);
    for (const [facet, values] of Object.entries(counts) as [keyof typeof counts, Record<string, number>][]) {
      for (const [value, count] of Object.entries(values)) {
        expect(count, `${facet}=${value}`).toBe(products.filter((p) => matches(p, { ...selection, [facet]: [value] })).length);
      }
    }
  });

  it('counts the chosen values for the Filters button', () => {
    expect(selectionSize({})).toBe(0);
    expect(selectionSize({ colour: ['navy', 'black'], stock: ['in-stock'], material: [] })).toBe(3);
  });
});
