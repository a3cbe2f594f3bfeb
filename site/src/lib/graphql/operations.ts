/** Every GraphQL operation the site runs; codegen types them from schema.graphql into ./generated. */
import { graphql } from './generated/gql';

export const catalogCategoriesDocument = graphql(`
  query CatalogCategories($locale: Locale!) {
    categories(locale: $locale) {
      id
      slug
      name
      description
      position
      parent {
        slug
      }
    }
  }
`);

/**
 * A literal page size: the API counts a variable `first` as its largest page (100). 12 products with
 * every variant, image and attribute are the most whose cost stays under the API's default limit
 * (operations.test.ts checks every operation against the default limits).
 */
export const catalogProductsDocument = graphql(`
  query CatalogProducts($locale: Locale!, $after: String) {
    products(locale: $locale, first: 12, after: $after, sort: NEWEST) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        description
        featured
        inStock
        createdAt
        updatedAt
        category {
          slug
        }
        priceRange {
          min
          max
        }
        attributes {
          key
          value
        }
        images {
          id
          alt
          width
          height
          webp: url(format: WEBP)
          webpSrcset: srcset(format: WEBP)
          avifSrcset: srcset(format: AVIF)
          placeholder
        }
        variants {
          id
          sku
          colour
          colourName
          material
          materialName
          widthMm
          price
          compareAtPrice
          stock
          inStock
          position
        }
        related(first: 4) {
          slug
        }
      }
    }
  }
`);

export const cartVariantsDocument = graphql(`
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

export const signInOptionsDocument = graphql(`
  query SignInOptions {
    telegramSignIn {
      botUsername
      simulatorLoginUrl
    }
  }
`);
