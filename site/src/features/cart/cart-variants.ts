/**
 * The one request that re-reads a cart's variants (price, stock, names in the page's language), shared by
 * the cart page and the cart sheet. It goes through the plain-fetch client, so neither ships a GraphQL library.
 */
import type { CartVariantsDocument, CartVariantsQuery } from '../../lib/graphql/generated/graphql';
import { operation, requireData } from '../../lib/graphql/request';
import type { Lang } from '../../paths';

export const cartVariantsOperation = operation<typeof CartVariantsDocument>(/* GraphQL */ `
  query CartVariants($ids: [ID!]!, $locale: Locale!) {
    variants(ids: $ids, locale: $locale) {
      id
      price
      compareAtPrice
      stock
      inStock
      colourName
      materialName
      widthMm
      product {
        slug
        name
      }
    }
  }
`);

export type FreshLine = CartVariantsQuery['variants'][number];

/** The current state of these variants by id; a variant the API no longer sells is simply absent. */
export async function fetchCartVariants(ids: string[], lang: Lang): Promise<Map<string, FreshLine>> {
  const data = await requireData(cartVariantsOperation, { ids, locale: lang });
  return new Map(data.variants.map((v) => [v.id, v]));
}
