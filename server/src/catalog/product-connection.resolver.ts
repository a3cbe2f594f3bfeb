import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost } from '../graphql/limits.js';
import { ProductConnection, ProductEdge } from './catalog.types.js';
import { ProductView } from './catalog.views.js';

/**
 * The page of a product listing. Its products load only when `edges` or `nodes` is asked for, once for
 * both, so a client asking for `totalCount` or `pageInfo` alone runs none of the product statements
 * (query cost charges them as the listing field's `pageStatements` on the same condition).
 */
@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @Cost({ isPage: true })
  @FieldResolver(() => [ProductEdge])
  edges(@Root() connection: ProductConnection): Promise<ProductEdge[]> {
    return connection.loadEdges();
  }

  @Cost({ isPage: true })
  @FieldResolver(() => [ProductView], { description: 'The nodes of `edges`, for clients that need no cursors.' })
  async nodes(@Root() connection: ProductConnection): Promise<ProductView[]> {
    return (await connection.loadEdges()).map((edge) => edge.node);
  }
}
