import { Field, Int, ObjectType } from 'type-graphql';
import { Cost } from '../graphql/limits.js';
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

@ObjectType({ description: 'A page of products (Relay connection).' })
export class ProductConnection {
  @Cost({ isPage: true })
  @Field(() => [ProductEdge])
  edges!: ProductEdge[];

  @Cost({ isPage: true })
  @Field(() => [ProductView], { description: 'The nodes of `edges`, for clients that need no cursors.' })
  nodes!: ProductView[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Products matching the filter across all pages.' })
  totalCount!: number;
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
