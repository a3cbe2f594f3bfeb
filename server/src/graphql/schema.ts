import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { CategoryResolver } from '../catalog/category.resolver.js';
import { ProductConnectionResolver } from '../catalog/product-connection.resolver.js';
import { ProductResolver } from '../catalog/product.resolver.js';
import { ImageResolver, VariantResolver } from '../catalog/variant.resolver.js';
import { DeliveryMethodResolver } from '../orders/delivery-method.resolver.js';
import { OrderResolver } from '../orders/order.resolver.js';
import { AuthResolver } from '../users/auth.resolver.js';
import { UserAdminResolver } from '../users/user-admin.resolver.js';
import { authChecker } from './auth-checker.js';

export const resolvers = [
  CategoryResolver,
  ProductResolver,
  ProductConnectionResolver,
  VariantResolver,
  ImageResolver,
  DeliveryMethodResolver,
  OrderResolver,
  AuthResolver,
  UserAdminResolver,
] as const;

/** The API's schema, built from the resolver classes; schema.graphql is its committed print. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' });
}
