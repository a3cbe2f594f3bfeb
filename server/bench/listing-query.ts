/** The operation both bench servers answer: a category-less listing page of 24 ties, as the storefront asks it. */
export const LISTING_QUERY = `query Listing {
  products(first: 24, sort: NEWEST, locale: ru) {
    totalCount
    nodes {
      slug
      name
      description
      category { slug name }
      priceRange { min max }
      variants { sku colour widthMm material price compareAtPrice stock }
      images { url width height alt }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const LISTING_BODY = JSON.stringify({ query: LISTING_QUERY });
