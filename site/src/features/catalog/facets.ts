/**
 * Category filters. Each facet value gets a pre-built page (works without JavaScript); the category page
 * also carries every product's variants in compact form so filter.client.ts can combine facets in the
 * browser with the API's rule: all chosen conditions must hold for the SAME variant, values of one facet
 * are alternatives.
 */
export const FACETS = ['colour', 'material', 'width', 'price', 'stock'] as const;
export type Facet = (typeof FACETS)[number];
export type Selection = Partial<Record<Facet, string[]>>;

export interface FacetVariant {
  colour: string;
  material: string;
  widthMm: number;
  price: number;
  inStock: boolean;
}

export const WIDTH_BUCKETS = ['slim', 'classic', 'wide'] as const;
export const PRICE_BUCKETS = ['low', 'mid', 'high'] as const;

/** Enum values as URL segments: KNIT_SILK → knit-silk. */
export const slugOf = (enumValue: string) => enumValue.toLowerCase().replace(/_/g, '-');

export function widthBucket(mm: number): (typeof WIDTH_BUCKETS)[number] {
  return mm <= 60 ? 'slim' : mm < 80 ? 'classic' : 'wide';
}

/** Tiyn → price bucket: under 10 000 ₸, 10 000–20 000 ₸, 20 000 ₸ and up. */
export function priceBucket(tiyn: number): (typeof PRICE_BUCKETS)[number] {
  return tiyn < 1_000_000 ? 'low' : tiyn < 2_000_000 ? 'mid' : 'high';
}

/** The facet values of one variant, as used in URLs and the data-v attribute. */
export function variantFacets(v: FacetVariant): Record<Facet, string> {
  return { colour: slugOf(v.colour), material: slugOf(v.material), width: widthBucket(v.widthMm), price: priceBucket(v.price), stock: v.inStock ? 'in-stock' : 'none' };
}

/** Compact variant list for a product card: "navy|silk|classic|mid|1;black|wool|wide|high|0". */
export function encodeVariants(variants: FacetVariant[]): string {
  return variants.map((v) => { const f = variantFacets(v); return [f.colour, f.material, f.width, f.price, v.inStock ? 1 : 0].join('|'); }).join(';');
}

export function decodeVariants(encoded: string): Record<Facet, string>[] {
  if (!encoded) return [];
  return encoded.split(';').map((part) => {
    const [colour = '', material = '', width = '', price = '', stock = '0'] = part.split('|');
    return { colour, material, width, price, stock: stock === '1' ? 'in-stock' : 'none' };
  });
}

/** How many values a selection has chosen, over all facets: the number on the Filters button. */
export function selectionSize(selection: Selection): number {
  return FACETS.reduce((sum, f) => sum + (selection[f]?.length ?? 0), 0);
}

/**
 * What choosing each facet value would show: per facet and value, the products that have a variant with
 * that value which also passes the selection's OTHER facets (the facet itself is replaced, since values of
 * one facet are alternatives). With an empty selection: the products that have the value at all.
 */
export function facetCounts(products: Record<Facet, string>[][], selection: Selection): Record<Facet, Record<string, number>> {
  const counts: Record<Facet, Record<string, number>> = { colour: {}, material: {}, width: {}, price: {}, stock: {} };
  const active = FACETS.filter((f) => selection[f]?.length);
  for (const variants of products) {
    for (const facet of FACETS) {
      const others = active.filter((f) => f !== facet);
      const values = new Set(variants.filter((v) => others.every((f) => selection[f]!.includes(v[f]))).map((v) => v[facet]));
      for (const value of values) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}

export function matches(variants: Record<Facet, string>[], selection: Selection): boolean {
  const active = FACETS.filter((f) => selection[f]?.length);
  if (!active.length) return true;
  return variants.some((v) => active.every((f) => selection[f]!.includes(v[f])));
}

/** ?colour=navy,black&stock=in-stock ⇄ Selection. */
export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of FACETS) {
    const values = params.get(facet)?.split(',').filter(Boolean);
    if (values?.length) selection[facet] = [...new Set(values)];
  }
  return selection;
}

export function formatSelection(selection: Selection): string {
  const parts = FACETS.filter((f) => selection[f]?.length).map((f) => `${f}=${selection[f]!.join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export function toggle(selection: Selection, facet: Facet, value: string): Selection {
  const current = selection[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...selection, [facet]: next };
}

/** Values of each facet present in a list of products, in a stable order, for the filter panel and facet pages. */
export function availableValues(products: { variants: FacetVariant[] }[]): Record<Facet, string[]> {
  const seen: Record<Facet, Set<string>> = { colour: new Set(), material: new Set(), width: new Set(), price: new Set(), stock: new Set() };
  for (const p of products) for (const v of p.variants) {
    const f = variantFacets(v);
    for (const facet of FACETS) if (facet !== 'stock' || v.inStock) seen[facet].add(f[facet]);
  }
  const order = (facet: Facet, list: readonly string[]) => list.filter((x) => seen[facet].has(x));
  return {
    colour: [...seen.colour].sort(),
    material: [...seen.material].sort(),
    width: order('width', WIDTH_BUCKETS),
    price: order('price', PRICE_BUCKETS),
    stock: order('stock', ['in-stock']),
  };
}
