import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import { cursorValue, decodeCursor, encodeCursor, pageSize } from '../graphql/pagination.js';
import type { User } from '../users/user.entity.js';
import { Order } from './order.entity.js';
import { OrderView, type OrderConnection } from './order.types.js';
import { ORDER_NUMBER } from './order-number.js';

/** What OrderView needs loaded, for any number of orders: the delivery method joins the orders' statement, lines and history take one each. */
export const ORDER_VIEW_POPULATE = ['lines', 'statusChanges', 'deliveryMethod'] as const;

/**
 * SQL statements one call of each read runs, which query cost charges (graphql/limits.ts);
 * order-statements.test.ts counts them. The orders with their delivery methods, their lines and their
 * history; a page adds its count.
 */
export const ORDER_READ_STATEMENTS = { order: 3, page: 4 } as const;

/** A shopper's own orders, and nobody else's. */
export class OrderReads {
  constructor(private readonly em: EntityManager) {}

  /** The user's orders newest first, in cursor pages. */
  async myOrders(user: User, first: number | null | undefined, after: string | null | undefined): Promise<OrderConnection> {
    const size = pageSize(first);
    const afterId = after ? decodeCursor(after, 'after', cursorValue.rowId) : undefined;
    const [orders, totalCount] = await Promise.all([
      this.em.find(Order, { user: user.id, ...(afterId === undefined ? {} : { id: { $lt: afterId } }) }, { orderBy: { id: 'desc' }, limit: size + 1, populate: ORDER_VIEW_POPULATE }),
      this.em.count(Order, { user: user.id }),
    ]);
    const page = orders.slice(0, size);
    const edges = page.map((order) => ({ cursor: encodeCursor(order.id), node: OrderView.of(order) }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount,
      pageInfo: { hasNextPage: orders.length > size, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The user's order with this number; NOT_FOUND for anyone else's, exactly as for one that does not exist. */
  async myOrder(user: User, number: string): Promise<OrderView> {
    const order = await this.em.findOne(Order, { number: orderNumber(number), user: user.id }, { populate: ORDER_VIEW_POPULATE });
    if (!order) throw AppError.notFound('Order', number);
    return OrderView.of(order);
  }
}

/** The number as given, or BAD_USER_INPUT when it cannot be one of ours. */
export function orderNumber(number: string): string {
  if (!ORDER_NUMBER.test(number) || number.length > 32) throw AppError.badInput('number', 'an order number looks like T1-2026-000123');
  return number;
}
