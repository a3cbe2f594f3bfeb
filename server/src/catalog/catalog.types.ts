import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/pagination.js';
import { Money } from '../graphql/scalars.js';
import { ProductView } from './catalog.views.js';

@ObjectType()
export class ProductEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ProductView)
  node!: ProductView;
}

/** A page of products; `edges` and `nodes` are field resolvers (product-connection.resolver.ts) over `loadEdges`. */
@ObjectType({ description: 'A page of products (Relay connection).' })
export class ProductConnection {
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Products matching the filter across all pages.' })
  totalCount!: number;

  /** The page's products with their cursors, loaded on the first call only. */
  loadEdges!: () => Promise<ProductEdge[]>;
}

@ObjectType()
export class MoneyRange {
  @Field(() => Money)
  min!: number;

  @Field(() => Money)
  max!: number;
}

@ObjectType({ description: 'A fact about a product, e.g. origin or care, in the requested locale.' })
export class ProductAttribute {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}
