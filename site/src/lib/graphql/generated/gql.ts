/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      ...ViewerUser\n    }\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n\n  fragment ViewerUser on User {\n    id\n    firstName\n    lastName\n    username\n    photoUrl\n    role\n    createdAt\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignInWithTelegramWidget($data: TelegramWidgetInput!) {\n    signInWithTelegramWidget(data: $data) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.SignInWithTelegramWidgetDocument,
    "\n  mutation SignInWithTelegramWebApp($initData: String!) {\n    signInWithTelegramWebApp(initData: $initData) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.SignInWithTelegramWebAppDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query CartVariants($ids: [ID!]!, $locale: Locale!) {\n    variants(ids: $ids, locale: $locale) {\n      id\n      price\n      compareAtPrice\n      stock\n      inStock\n      colourName\n      materialName\n      widthMm\n      product {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CartVariantsDocument,
    "\n  query ProductAvailability($ids: [ID!]!) {\n    variants(ids: $ids) {\n      id\n      price\n      compareAtPrice\n      stock\n    }\n  }\n": typeof types.ProductAvailabilityDocument,
    "\n  query CatalogCategories($locale: Locale!) {\n    categories(locale: $locale) {\n      id\n      slug\n      name\n      description\n      position\n      parent {\n        slug\n      }\n    }\n  }\n": typeof types.CatalogCategoriesDocument,
    "\n  query CatalogProducts($locale: Locale!, $after: String) {\n    products(locale: $locale, first: 12, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        description\n        featured\n        inStock\n        createdAt\n        updatedAt\n        category {\n          slug\n        }\n        priceRange {\n          min\n          max\n        }\n        attributes {\n          key\n          value\n        }\n        images {\n          id\n          alt\n          width\n          height\n          webp: url(format: WEBP)\n          webpSrcset: srcset(format: WEBP)\n          avifSrcset: srcset(format: AVIF)\n          placeholder\n        }\n        variants {\n          id\n          sku\n          colour\n          colourName\n          material\n          materialName\n          widthMm\n          price\n          compareAtPrice\n          stock\n          inStock\n          position\n        }\n        related(first: 4) {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query SignInOptions {\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  query DeliveryMethods($locale: Locale!) {\n    deliveryMethods(locale: $locale) {\n      code\n      kind\n      name\n      description\n      city\n      price\n      requiresAddress\n      requiresPostalCode\n    }\n  }\n": typeof types.DeliveryMethodsDocument,
    "\n  query PreviewOrder($lines: [OrderLineInput!]!, $deliveryMethod: String, $locale: Locale!) {\n    previewOrder(lines: $lines, deliveryMethod: $deliveryMethod, locale: $locale) {\n      lines {\n        variantId\n        quantity\n        productName\n        unitPrice\n        lineTotal\n        available\n        problem\n      }\n      subtotal\n      deliveryPrice\n      total\n      orderable\n    }\n  }\n": typeof types.PreviewOrderDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!, $locale: Locale!) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey, locale: $locale) {\n      number\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        status\n        total\n        createdAt\n        paymentDueAt\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query MyOrder($number: String!, $locale: Locale!) {\n    myOrder(number: $number, locale: $locale) {\n      number\n      status\n      paymentMethod\n      contactName\n      contactPhone\n      delivery {\n        method {\n          code\n          kind\n          name\n          description\n        }\n        city\n        address\n        postalCode\n      }\n      comment\n      lines {\n        variantId\n        sku\n        productName\n        unitPrice\n        quantity\n        lineTotal\n      }\n      subtotal\n      deliveryPrice\n      total\n      createdAt\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n": typeof types.MyOrderDocument,
    "\n  mutation CancelMyOrder($number: String!, $locale: Locale!) {\n    cancelMyOrder(number: $number, locale: $locale) {\n      status\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n": typeof types.CancelMyOrderDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      ...ViewerUser\n    }\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n\n  fragment ViewerUser on User {\n    id\n    firstName\n    lastName\n    username\n    photoUrl\n    role\n    createdAt\n  }\n": types.ViewerDocument,
    "\n  mutation SignInWithTelegramWidget($data: TelegramWidgetInput!) {\n    signInWithTelegramWidget(data: $data) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n": types.SignInWithTelegramWidgetDocument,
    "\n  mutation SignInWithTelegramWebApp($initData: String!) {\n    signInWithTelegramWebApp(initData: $initData) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n": types.SignInWithTelegramWebAppDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query CartVariants($ids: [ID!]!, $locale: Locale!) {\n    variants(ids: $ids, locale: $locale) {\n      id\n      price\n      compareAtPrice\n      stock\n      inStock\n      colourName\n      materialName\n      widthMm\n      product {\n        slug\n        name\n      }\n    }\n  }\n": types.CartVariantsDocument,
    "\n  query ProductAvailability($ids: [ID!]!) {\n    variants(ids: $ids) {\n      id\n      price\n      compareAtPrice\n      stock\n    }\n  }\n": types.ProductAvailabilityDocument,
    "\n  query CatalogCategories($locale: Locale!) {\n    categories(locale: $locale) {\n      id\n      slug\n      name\n      description\n      position\n      parent {\n        slug\n      }\n    }\n  }\n": types.CatalogCategoriesDocument,
    "\n  query CatalogProducts($locale: Locale!, $after: String) {\n    products(locale: $locale, first: 12, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        description\n        featured\n        inStock\n        createdAt\n        updatedAt\n        category {\n          slug\n        }\n        priceRange {\n          min\n          max\n        }\n        attributes {\n          key\n          value\n        }\n        images {\n          id\n          alt\n          width\n          height\n          webp: url(format: WEBP)\n          webpSrcset: srcset(format: WEBP)\n          avifSrcset: srcset(format: AVIF)\n          placeholder\n        }\n        variants {\n          id\n          sku\n          colour\n          colourName\n          material\n          materialName\n          widthMm\n          price\n          compareAtPrice\n          stock\n          inStock\n          position\n        }\n        related(first: 4) {\n          slug\n        }\n      }\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query SignInOptions {\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  query DeliveryMethods($locale: Locale!) {\n    deliveryMethods(locale: $locale) {\n      code\n      kind\n      name\n      description\n      city\n      price\n      requiresAddress\n      requiresPostalCode\n    }\n  }\n": types.DeliveryMethodsDocument,
    "\n  query PreviewOrder($lines: [OrderLineInput!]!, $deliveryMethod: String, $locale: Locale!) {\n    previewOrder(lines: $lines, deliveryMethod: $deliveryMethod, locale: $locale) {\n      lines {\n        variantId\n        quantity\n        productName\n        unitPrice\n        lineTotal\n        available\n        problem\n      }\n      subtotal\n      deliveryPrice\n      total\n      orderable\n    }\n  }\n": types.PreviewOrderDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!, $locale: Locale!) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey, locale: $locale) {\n      number\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        status\n        total\n        createdAt\n        paymentDueAt\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query MyOrder($number: String!, $locale: Locale!) {\n    myOrder(number: $number, locale: $locale) {\n      number\n      status\n      paymentMethod\n      contactName\n      contactPhone\n      delivery {\n        method {\n          code\n          kind\n          name\n          description\n        }\n        city\n        address\n        postalCode\n      }\n      comment\n      lines {\n        variantId\n        sku\n        productName\n        unitPrice\n        quantity\n        lineTotal\n      }\n      subtotal\n      deliveryPrice\n      total\n      createdAt\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n": types.MyOrderDocument,
    "\n  mutation CancelMyOrder($number: String!, $locale: Locale!) {\n    cancelMyOrder(number: $number, locale: $locale) {\n      status\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n": types.CancelMyOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerUser\n    }\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n\n  fragment ViewerUser on User {\n    id\n    firstName\n    lastName\n    username\n    photoUrl\n    role\n    createdAt\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerUser\n    }\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n\n  fragment ViewerUser on User {\n    id\n    firstName\n    lastName\n    username\n    photoUrl\n    role\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithTelegramWidget($data: TelegramWidgetInput!) {\n    signInWithTelegramWidget(data: $data) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithTelegramWidget($data: TelegramWidgetInput!) {\n    signInWithTelegramWidget(data: $data) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithTelegramWebApp($initData: String!) {\n    signInWithTelegramWebApp(initData: $initData) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithTelegramWebApp($initData: String!) {\n    signInWithTelegramWebApp(initData: $initData) {\n      user {\n        id\n        firstName\n        lastName\n        username\n        photoUrl\n        role\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartVariants($ids: [ID!]!, $locale: Locale!) {\n    variants(ids: $ids, locale: $locale) {\n      id\n      price\n      compareAtPrice\n      stock\n      inStock\n      colourName\n      materialName\n      widthMm\n      product {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CartVariants($ids: [ID!]!, $locale: Locale!) {\n    variants(ids: $ids, locale: $locale) {\n      id\n      price\n      compareAtPrice\n      stock\n      inStock\n      colourName\n      materialName\n      widthMm\n      product {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductAvailability($ids: [ID!]!) {\n    variants(ids: $ids) {\n      id\n      price\n      compareAtPrice\n      stock\n    }\n  }\n"): (typeof documents)["\n  query ProductAvailability($ids: [ID!]!) {\n    variants(ids: $ids) {\n      id\n      price\n      compareAtPrice\n      stock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategories($locale: Locale!) {\n    categories(locale: $locale) {\n      id\n      slug\n      name\n      description\n      position\n      parent {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategories($locale: Locale!) {\n    categories(locale: $locale) {\n      id\n      slug\n      name\n      description\n      position\n      parent {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($locale: Locale!, $after: String) {\n    products(locale: $locale, first: 12, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        description\n        featured\n        inStock\n        createdAt\n        updatedAt\n        category {\n          slug\n        }\n        priceRange {\n          min\n          max\n        }\n        attributes {\n          key\n          value\n        }\n        images {\n          id\n          alt\n          width\n          height\n          webp: url(format: WEBP)\n          webpSrcset: srcset(format: WEBP)\n          avifSrcset: srcset(format: AVIF)\n          placeholder\n        }\n        variants {\n          id\n          sku\n          colour\n          colourName\n          material\n          materialName\n          widthMm\n          price\n          compareAtPrice\n          stock\n          inStock\n          position\n        }\n        related(first: 4) {\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts($locale: Locale!, $after: String) {\n    products(locale: $locale, first: 12, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        description\n        featured\n        inStock\n        createdAt\n        updatedAt\n        category {\n          slug\n        }\n        priceRange {\n          min\n          max\n        }\n        attributes {\n          key\n          value\n        }\n        images {\n          id\n          alt\n          width\n          height\n          webp: url(format: WEBP)\n          webpSrcset: srcset(format: WEBP)\n          avifSrcset: srcset(format: AVIF)\n          placeholder\n        }\n        variants {\n          id\n          sku\n          colour\n          colourName\n          material\n          materialName\n          widthMm\n          price\n          compareAtPrice\n          stock\n          inStock\n          position\n        }\n        related(first: 4) {\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    telegramSignIn {\n      botUsername\n      simulatorLoginUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryMethods($locale: Locale!) {\n    deliveryMethods(locale: $locale) {\n      code\n      kind\n      name\n      description\n      city\n      price\n      requiresAddress\n      requiresPostalCode\n    }\n  }\n"): (typeof documents)["\n  query DeliveryMethods($locale: Locale!) {\n    deliveryMethods(locale: $locale) {\n      code\n      kind\n      name\n      description\n      city\n      price\n      requiresAddress\n      requiresPostalCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewOrder($lines: [OrderLineInput!]!, $deliveryMethod: String, $locale: Locale!) {\n    previewOrder(lines: $lines, deliveryMethod: $deliveryMethod, locale: $locale) {\n      lines {\n        variantId\n        quantity\n        productName\n        unitPrice\n        lineTotal\n        available\n        problem\n      }\n      subtotal\n      deliveryPrice\n      total\n      orderable\n    }\n  }\n"): (typeof documents)["\n  query PreviewOrder($lines: [OrderLineInput!]!, $deliveryMethod: String, $locale: Locale!) {\n    previewOrder(lines: $lines, deliveryMethod: $deliveryMethod, locale: $locale) {\n      lines {\n        variantId\n        quantity\n        productName\n        unitPrice\n        lineTotal\n        available\n        problem\n      }\n      subtotal\n      deliveryPrice\n      total\n      orderable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!, $locale: Locale!) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey, locale: $locale) {\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!, $locale: Locale!) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey, locale: $locale) {\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        status\n        total\n        createdAt\n        paymentDueAt\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        status\n        total\n        createdAt\n        paymentDueAt\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrder($number: String!, $locale: Locale!) {\n    myOrder(number: $number, locale: $locale) {\n      number\n      status\n      paymentMethod\n      contactName\n      contactPhone\n      delivery {\n        method {\n          code\n          kind\n          name\n          description\n        }\n        city\n        address\n        postalCode\n      }\n      comment\n      lines {\n        variantId\n        sku\n        productName\n        unitPrice\n        quantity\n        lineTotal\n      }\n      subtotal\n      deliveryPrice\n      total\n      createdAt\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrder($number: String!, $locale: Locale!) {\n    myOrder(number: $number, locale: $locale) {\n      number\n      status\n      paymentMethod\n      contactName\n      contactPhone\n      delivery {\n        method {\n          code\n          kind\n          name\n          description\n        }\n        city\n        address\n        postalCode\n      }\n      comment\n      lines {\n        variantId\n        sku\n        productName\n        unitPrice\n        quantity\n        lineTotal\n      }\n      subtotal\n      deliveryPrice\n      total\n      createdAt\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyOrder($number: String!, $locale: Locale!) {\n    cancelMyOrder(number: $number, locale: $locale) {\n      status\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMyOrder($number: String!, $locale: Locale!) {\n    cancelMyOrder(number: $number, locale: $locale) {\n      status\n      paymentDueAt\n      paidAt\n      canCancel\n      statusHistory {\n        from\n        to\n        actor\n        at\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;