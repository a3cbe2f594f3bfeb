import { describe, expect, it } from 'vitest';
import { availableValues, decodeVariants, encodeVariants, formatSelection, matches, parseSelection, priceBucket, toggle, widthBucket } from './facets';

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
});
