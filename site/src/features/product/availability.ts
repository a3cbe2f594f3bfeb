/**
 * Live price and stock of one product's variants, read when its page opens: the page was built minutes or
 * days ago, so what it baked in is only the first paint. One small request through the plain-fetch client.
 */
import type { ProductAvailabilityDocument } from '../../lib/graphql/generated/graphql';
import { operation, requireData } from '../../lib/graphql/request';

export const productAvailabilityOperation = operation<typeof ProductAvailabilityDocument>(/* GraphQL */ `
  query ProductAvailability($ids: [ID!]!) {
    variants(ids: $ids) {
      id
      price
      compareAtPrice
      stock
    }
  }
`);

export interface LiveVariant {
  price: number;
  compareAtPrice: number | null;
  stock: number;
}

/** The live state of these variants by id; one the API no longer sells is left out (the page treats it as sold out). */
export async function fetchAvailability(ids: string[]): Promise<Map<string, LiveVariant>> {
  const { variants } = await requireData(productAvailabilityOperation, { ids });
  return new Map(variants.map((v) => [v.id, { price: v.price, compareAtPrice: v.compareAtPrice ?? null, stock: v.stock }]));
}
