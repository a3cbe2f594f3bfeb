/** Shopper-facing names of facet values, at build time: colours and materials as the API names them, buckets from the UI strings. */
import type { TFunction } from 'i18next';
import { slugOf, type Facet } from './facets';

interface NamedVariant { colour: string; colourName: string; material: string; materialName: string }

const BUCKET_KEYS: Record<string, string> = {
  slim: 'filters.widthSlim', classic: 'filters.widthClassic', wide: 'filters.widthWide',
  low: 'filters.priceLow', mid: 'filters.priceMid', high: 'filters.priceHigh', 'in-stock': 'filters.inStock',
};

export function facetLabeller(t: TFunction, products: { variants: NamedVariant[] }[]): (facet: Facet, value: string) => string {
  const names = new Map<string, string>();
  for (const p of products) for (const v of p.variants) {
    names.set(`colour:${slugOf(v.colour)}`, v.colourName);
    names.set(`material:${slugOf(v.material)}`, v.materialName);
  }
  return (facet, value) => names.get(`${facet}:${value}`) ?? (BUCKET_KEYS[value] ? t(BUCKET_KEYS[value]) : value);
}
