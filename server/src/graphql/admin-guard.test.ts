import { getMetadataStorage } from 'type-graphql';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLInterfaceType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema, type GraphQLUnionType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../users/user.entity.js';
import { createSchema, resolvers } from './schema.js';

/**
 * Who may read a field. A field is as strict as the strictest @Authorized guard on the least guarded
 * path from a root to it: an admin-only field is safe behind its own guard, or on a type that only
 * admin-only fields lead to — until someone adds a public field leading there, which this walk catches.
 */
const ACCESS = ['public', 'signed-in', 'admin'] as const;
type Access = (typeof ACCESS)[number];

/** Every field reachable from the roots. A new field anywhere in the graph fails the walk until it is listed here. */
const CLASSIFICATION: Record<string, Partial<Record<Access, string[]>>> = {
  Query: {
    public: ['categories', 'category', 'deliveryMethods', 'me', 'previewOrder', 'product', 'products', 'search', 'telegramSignIn', 'variants'],
    // Each answers only the viewer's own orders (orders/my-orders.test.ts).
    'signed-in': ['myOrder', 'myOrders'],
    admin: ['users'],
  },
  Mutation: {
    public: ['signInWithTelegramWebApp', 'signInWithTelegramWidget'],
    'signed-in': ['cancelMyOrder', 'placeOrder', 'signOut', 'signOutEverywhere'],
    admin: ['setUserRole'],
  },
  Category: { public: ['children', 'description', 'id', 'name', 'parent', 'position', 'products', 'servedLocale', 'slug'] },
  Product: {
    public: [
      'attributes', 'category', 'createdAt', 'description', 'featured', 'id', 'images', 'inStock', 'name', 'priceRange',
      'related', 'servedLocale', 'slug', 'status', 'updatedAt', 'variants',
    ],
  },
  ProductAttribute: { public: ['key', 'value'] },
  ProductConnection: { public: ['edges', 'nodes', 'pageInfo', 'totalCount'] },
  ProductEdge: { public: ['cursor', 'node'] },
  PageInfo: { public: ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'] },
  MoneyRange: { public: ['max', 'min'] },
  Variant: {
    public: [
      'colour', 'colourName', 'compareAtPrice', 'id', 'inStock', 'material', 'materialName', 'position', 'price', 'product',
      'sku', 'stock', 'widthMm',
    ],
  },
  Image: { public: ['alt', 'height', 'id', 'placeholder', 'position', 'srcset', 'url', 'width'] },
  TelegramSignInOptions: { public: ['botUsername', 'simulatorLoginUrl'] },
  DeliveryMethod: { public: ['city', 'code', 'description', 'kind', 'name', 'price', 'requiresAddress', 'requiresPostalCode'] },
  OrderPreview: { public: ['deliveryMethod', 'lines', 'orderable', 'subtotal', 'deliveryPrice', 'total'] },
  OrderPreviewLine: { public: ['available', 'lineTotal', 'problem', 'productName', 'quantity', 'sku', 'unitPrice', 'variantId'] },
  Order: {
    'signed-in': [
      'canCancel', 'comment', 'contactName', 'contactPhone', 'createdAt', 'delivery', 'deliveryPrice', 'lines', 'locale', 'number', 'paidAt',
      'paymentDueAt', 'paymentMethod', 'status', 'statusHistory', 'subtotal', 'total',
    ],
  },
  OrderConnection: { 'signed-in': ['edges', 'nodes', 'pageInfo', 'totalCount'] },
  OrderEdge: { 'signed-in': ['cursor', 'node'] },
  OrderDelivery: { 'signed-in': ['address', 'city', 'method', 'postalCode'] },
  OrderLine: { 'signed-in': ['lineTotal', 'productName', 'quantity', 'sku', 'unitPrice', 'variantId'] },
  OrderStatusChange: { 'signed-in': ['actor', 'at', 'from', 'to'] },
  // A user's own record comes through `me` and sign-in; other people's only through admin fields.
  SignInPayload: { public: ['sessionExpiresAt', 'user'] },
  User: { public: ['createdAt', 'firstName', 'id', 'languageCode', 'lastName', 'photoUrl', 'role', 'telegramId', 'username'] },
  UserPage: { admin: ['endCursor', 'hasNextPage', 'nodes'] },
};

const rank = (access: Access) => ACCESS.indexOf(access);

/** The guard a class member carries: its own @Authorized, else its class's, else none. */
function guardOf(target: Function, member: string): Access {
  const storage = getMetadataStorage();
  const authorized =
    storage.authorizedFields.find((a) => a.target === target && a.fieldName === member) ?? storage.authorizedResolver.find((a) => a.target === target);
  if (authorized === undefined) return 'public';
  if (authorized.roles.length === 0) return 'signed-in';
  if (authorized.roles.length === 1 && authorized.roles[0] === Role.admin) return 'admin';
  throw new Error(`${target.name}.${member} asks for roles ${authorized.roles.join(', ')}, which this walk cannot rank`);
}

/** The class member behind a schema field: a resolver method (root field or field resolver), else a @Field property. */
function declarationOf(schema: GraphQLSchema, typeName: string, fieldName: string): { target: Function; member: string } {
  const storage = getMetadataStorage();
  const ours = (target: Function) => (resolvers as readonly Function[]).includes(target);
  const roots = new Map([
    [schema.getQueryType()?.name, storage.queries],
    [schema.getMutationType()?.name, storage.mutations],
    [schema.getSubscriptionType()?.name, storage.subscriptions],
  ]);
  const candidates = roots.has(typeName)
    ? roots.get(typeName)!.filter((handler) => ours(handler.target) && handler.schemaName === fieldName).map((h) => ({ target: h.target, member: h.methodName }))
    : fieldDeclarations(typeName, fieldName, ours);
  if (candidates.length !== 1) throw new Error(`${typeName}.${fieldName} is declared ${candidates.length} times; the walk cannot tell its guard`);
  return candidates[0]!;
}

function fieldDeclarations(typeName: string, fieldName: string, ours: (target: Function) => boolean): { target: Function; member: string }[] {
  const storage = getMetadataStorage();
  const types = [...storage.objectTypes, ...storage.interfaceTypes].filter((t) => t.name === typeName);
  if (types.length !== 1) throw new Error(`${typeName} has ${types.length} classes`);
  const classes = new Set<Function>(types[0]!.interfaceClasses ?? []);
  for (let c: Function | null = types[0]!.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) classes.add(c);
  const fieldResolvers = storage.fieldResolvers.filter((resolver) => {
    if (resolver.schemaName !== fieldName) return false;
    if (resolver.kind === 'internal') return classes.has(resolver.target);
    return ours(resolver.target) && classes.has(storage.resolverClasses.find((r) => r.target === resolver.target)!.getObjectType());
  });
  // A field resolver decides the guard of a field it redeclares, as type-graphql does.
  if (fieldResolvers.length > 0) return fieldResolvers.map((resolver) => ({ target: resolver.target, member: resolver.methodName }));
  return storage.fields.filter((field) => classes.has(field.target) && field.schemaName === fieldName).map((field) => ({ target: field.target, member: field.name }));
}

/** Walks every object, interface and union type reachable from the roots and says who may read each field. */
function fieldAccess(schema: GraphQLSchema): Map<string, Access> {
  const typeAccess = new Map<string, Access>();
  const pending: (GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType)[] = [];
  const reach = (type: GraphQLNamedType, access: Access) => {
    if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return;
    const known = typeAccess.get(type.name);
    if (known !== undefined && rank(known) <= rank(access)) return;
    typeAccess.set(type.name, access);
    pending.push(type);
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) if (root) reach(root, 'public');

  const fields = new Map<string, Access>();
  for (let type = pending.pop(); type; type = pending.pop()) {
    const access = typeAccess.get(type.name)!;
    if (isUnionType(type)) {
      for (const member of type.getTypes()) reach(member, access);
      continue;
    }
    if (isInterfaceType(type)) for (const implementation of schema.getPossibleTypes(type)) reach(implementation, access);
    for (const field of Object.values(type.getFields())) {
      const declaration = declarationOf(schema, type.name, field.name);
      const own = guardOf(declaration.target, declaration.member);
      const effective = rank(own) > rank(access) ? own : access;
      fields.set(`${type.name}.${field.name}`, effective);
      reach(getNamedType(field.type), effective);
    }
  }
  return fields;
}

describe('admin guard', () => {
  let reachable: Map<string, Access>;
  const classified = new Map<string, Access>(
    Object.entries(CLASSIFICATION).flatMap(([type, byAccess]) =>
      Object.entries(byAccess).flatMap(([access, names]) => names.map((name) => [`${type}.${name}`, access as Access] as const)),
    ),
  );

  beforeAll(async () => {
    reachable = fieldAccess(await createSchema());
  });

  it('has every field reachable from the roots classified as public, signed-in or admin, and no stale entries', () => {
    expect([...reachable.keys()].filter((field) => !classified.has(field)), 'classify new fields in CLASSIFICATION').toEqual([]);
    expect([...classified.keys()].filter((field) => !reachable.has(field)), 'no longer in the schema').toEqual([]);
  });

  it('lets nobody without the classified role reach a field: admin-only fields sit behind @Authorized(Role.admin)', () => {
    const mismatches = [...classified]
      .filter(([field, access]) => reachable.has(field) && reachable.get(field) !== access)
      .map(([field, access]) => `${field} is classified ${access} but reachable as ${reachable.get(field)}`);
    expect(mismatches).toEqual([]);
  });
});
