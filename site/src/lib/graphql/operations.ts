/**
 * Every GraphQL operation the site runs; codegen types them from schema.graphql into ./generated.
 * The `graphql()` documents are marked pure so that a browser script importing one of the plain
 * `operation()` strings below does not also bundle every generated document (~30 KB).
 */
import { graphql } from './generated/gql';
import type { CancelMyOrderDocument, DeliveryMethodsDocument, MyOrderDocument, MyOrdersDocument, PlaceOrderDocument, PreviewOrderDocument } from './generated/graphql';
import { operation } from './request';

export const catalogCategoriesDocument = /* @__PURE__ */ graphql(`
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
export const catalogProductsDocument = /* @__PURE__ */ graphql(`
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

export const signInOptionsDocument = /* @__PURE__ */ graphql(`
  query SignInOptions {
    telegramSignIn {
      botUsername
      simulatorLoginUrl
    }
  }
`);

/*
 * Checkout and orders, run in the browser through runOperation: plain strings typed by codegen, so no
 * GraphQL library ships (see features/auth/auth.operations.ts).
 */
export const deliveryMethodsOperation = operation<typeof DeliveryMethodsDocument>(/* GraphQL */ `
  query DeliveryMethods($locale: Locale!) {
    deliveryMethods(locale: $locale) {
      code
      kind
      name
      description
      city
      price
      requiresAddress
      requiresPostalCode
    }
  }
`);

export const previewOrderOperation = operation<typeof PreviewOrderDocument>(/* GraphQL */ `
  query PreviewOrder($lines: [OrderLineInput!]!, $deliveryMethod: String, $locale: Locale!) {
    previewOrder(lines: $lines, deliveryMethod: $deliveryMethod, locale: $locale) {
      lines {
        variantId
        quantity
        productName
        unitPrice
        lineTotal
        available
        problem
      }
      subtotal
      deliveryPrice
      total
      orderable
    }
  }
`);

export const placeOrderOperation = operation<typeof PlaceOrderDocument>(/* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!, $locale: Locale!) {
    placeOrder(input: $input, idempotencyKey: $idempotencyKey, locale: $locale) {
      number
    }
  }
`);

/** A literal page size: the API prices a variable `first` as its largest page. */
export const myOrdersOperation = operation<typeof MyOrdersDocument>(/* GraphQL */ `
  query MyOrders($after: String) {
    myOrders(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        number
        status
        total
        createdAt
        paymentDueAt
        lines {
          quantity
        }
      }
    }
  }
`);

export const myOrderOperation = operation<typeof MyOrderDocument>(/* GraphQL */ `
  query MyOrder($number: String!, $locale: Locale!) {
    myOrder(number: $number, locale: $locale) {
      number
      status
      paymentMethod
      contactName
      contactPhone
      delivery {
        method {
          code
          kind
          name
          description
        }
        city
        address
        postalCode
      }
      comment
      lines {
        variantId
        sku
        productName
        unitPrice
        quantity
        lineTotal
      }
      subtotal
      deliveryPrice
      total
      createdAt
      paymentDueAt
      paidAt
      canCancel
      statusHistory {
        from
        to
        actor
        at
      }
    }
  }
`);

/** What cancelling changes on the order page; the rest of the order stays as MyOrder read it. */
export const cancelMyOrderOperation = operation<typeof CancelMyOrderDocument>(/* GraphQL */ `
  mutation CancelMyOrder($number: String!, $locale: Locale!) {
    cancelMyOrder(number: $number, locale: $locale) {
      status
      paymentDueAt
      paidAt
      canCancel
      statusHistory {
        from
        to
        actor
        at
      }
    }
  }
`);
