import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { outOfStock, reserveStock } from '../catalog/stock.service.js';
import type { Config } from '../config.js';
import { sql, textList } from '../db/sql.js';
import { AppError } from '../graphql/errors.js';
import type { Locale } from '../i18n/locale.js';
import { consumeRateLimit } from '../security/rate-limiter.js';
import { User } from '../users/user.entity.js';
import { Order } from './order.entity.js';
import type { OrderLineInput, PlaceOrderInput } from './order.inputs.js';
import type { OrderPreview } from './order.types.js';
import { OrderLine } from './order-line.entity.js';
import { announceNewOrder } from './order-messages.js';
import { nextOrderNumber } from './order-number.js';
import { quoteCart } from './order-pricing.js';
import { MAX_LINES, destinationFor, validateIdempotencyKey, validateLines, validateOrderRequest, type OrderRequest } from './order-request.js';
import { OrderStatusChange } from './order-status-change.entity.js';
import { OrderActor, PaymentMethod, UNPAID_HOLD_STATUSES, initialStatus } from './order-status.js';
import { ORDER_VIEW_POPULATE } from './order-reads.js';

const PLACE_ORDER_WINDOW_SECONDS = 600;

/**
 * SQL statements placeOrder runs for a cart of MAX_LINES lines, which query cost charges (one fewer per
 * line less; order-statements.test.ts counts them): two rate limits, the idempotency lookup, begin, the
 * variants and the delivery method, the number, the order, the user's lock and unpaid count, a stock
 * update per line, the movements, the history, the lines, the owner's and the customer's message, commit.
 */
export const PLACE_ORDER_STATEMENTS = 16 + MAX_LINES;

export interface PlaceOrderContext {
  locale: Locale;
  /** As rate limits count clients (security/client-ip.ts). */
  clientIp: string;
}

/** Pricing a cart and turning it into an order. */
export class CheckoutService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
  ) {}

  /** The cart at today's prices and stock, with per-line problems and totals; writes nothing. */
  preview(lines: readonly OrderLineInput[], deliveryMethod: string | null | undefined, locale: Locale): Promise<OrderPreview> {
    const method = deliveryMethod ? { code: deliveryMethod, field: 'deliveryMethod' } : null;
    return quoteCart(this.em, validateLines(lines), method, locale).then((quote) => quote.preview);
  }

  /**
   * Places the order, or returns the one this key already placed; all or nothing. Re-prices from the
   * database: a total other than `input.expectedTotal` is CONFLICT price_changed (with the new preview),
   * a line that cannot be served OUT_OF_STOCK, an invalid field BAD_USER_INPUT naming it. In one
   * transaction it reserves the stock, writes the order in pending_payment (online) or placed (on
   * delivery) and queues its messages. The same key with the same request from the same user returns
   * the same order and changes nothing, even when the twins arrive together; with another request it is
   * CONFLICT idempotency_key_reused. Rate-limited per user and per client IP, and capped at
   * MAX_UNPAID_ORDERS_PER_USER unpaid orders (CONFLICT unpaid_order_limit).
   */
  async placeOrder(user: User, input: PlaceOrderInput, idempotencyKey: string, context: PlaceOrderContext): Promise<Order> {
    const key = validateIdempotencyKey(idempotencyKey);
    const request = validateOrderRequest(input, context.locale);
    // A retry of an order already placed holds nothing new: it gets its order even past the rate limits.
    const placed = await this.orderUnderKey(user, key);
    if (placed) return sameRequest(placed, request);
    const limits = this.config.orders;
    await consumeRateLimit(this.em, `order:user:${user.id}`, { limit: limits.placeLimitPerUser, windowSeconds: PLACE_ORDER_WINDOW_SECONDS });
    await consumeRateLimit(this.em, `order:ip:${context.clientIp}`, { limit: limits.placeLimitPerIp, windowSeconds: PLACE_ORDER_WINDOW_SECONDS });
    try {
      return await this.em.transactional((tx) => this.create(tx, user, key, request));
    } catch (error) {
      // A twin with this key committed first: our insert waited for it on the unique index, then failed.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await this.orderUnderKey(user, key);
      if (!winner) throw error;
      return sameRequest(winner, request);
    }
  }

  private async create(tx: EntityManager, user: User, key: string, request: OrderRequest): Promise<Order> {
    const { preview, method } = await quoteCart(tx, request.lines, { code: request.delivery.method, field: 'delivery.method' }, request.locale);
    const destination = destinationFor(method!, request.delivery, request.locale);
    const problem = preview.lines.find((line) => line.problem);
    if (problem) throw outOfStock(Number(problem.variantId), problem.available);
    if (preview.total !== request.expectedTotal) {
      throw new AppError('CONFLICT', 'The total changed since it was shown; check the new prices', {
        reason: 'price_changed',
        preview: { ...preview, deliveryMethod: preview.deliveryMethod && { code: preview.deliveryMethod.code, price: preview.deliveryMethod.price } },
      });
    }
    const now = new Date();
    const online = request.paymentMethod === PaymentMethod.online;
    const order = tx.create(Order, {
      number: await nextOrderNumber(tx, now),
      user: tx.getReference(User, user.id),
      status: initialStatus(request.paymentMethod),
      paymentMethod: request.paymentMethod,
      contactName: request.contact.name,
      contactPhone: request.contact.phone,
      deliveryMethod: method!,
      deliveryCity: destination.city,
      deliveryAddress: destination.address,
      deliveryPostalCode: destination.postalCode,
      comment: request.comment,
      locale: request.locale,
      subtotal: preview.subtotal,
      deliveryPrice: preview.deliveryPrice,
      total: preview.total,
      idempotencyKey: key,
      requestHash: request.hash,
      paymentDueAt: online ? new Date(now.getTime() + this.config.orders.paymentTimeoutMinutes * 60_000) : null,
      createdAt: now,
    });
    // The insert comes first: a twin under the same key waits here on the unique index until we commit.
    await tx.flush();
    await this.holdUnpaidOrderCap(tx, user);
    await reserveStock(tx, { orderId: order.id, lines: request.lines });
    const lines = preview.lines.map((line) =>
      tx.create(OrderLine, { order, variant: Number(line.variantId), sku: line.sku!, productName: line.productName!, unitPrice: line.unitPrice!, quantity: line.quantity, lineTotal: line.lineTotal! }),
    );
    const change = tx.create(OrderStatusChange, { order, toStatus: order.status, actor: OrderActor.customer, actorUser: order.user });
    await tx.flush();
    await announceNewOrder(tx, this.config, order, lines, user, change);
    return order;
  }

  /**
   * Refuses an order past the shopper's cap of unpaid orders. The user's row lock makes their orders
   * count one at a time, so parallel requests cannot all slip under the cap. FOR NO KEY UPDATE, not FOR
   * UPDATE: each order insert holds a key-share lock on the user's row (its foreign key), which FOR
   * UPDATE would wait for, so two orders of one shopper at once would deadlock.
   */
  private async holdUnpaidOrderCap(tx: EntityManager, user: User): Promise<void> {
    await tx.execute('select id from app_user where id = ? for no key update', [user.id]);
    const count = sql`select count(*)::int as unpaid from shop_order where user_id = ${user.id} and status in (${textList(UNPAID_HOLD_STATUSES)})`;
    const [row] = await tx.execute<{ unpaid: number }[]>(count.text, [...count.params]);
    const cap = this.config.orders.maxUnpaidPerUser;
    if (row!.unpaid > cap) {
      throw new AppError('CONFLICT', `You already have ${cap} unpaid orders; pay or cancel one first`, { reason: 'unpaid_order_limit', limit: cap });
    }
  }

  private orderUnderKey(user: User, key: string): Promise<Order | null> {
    return this.em.fork().findOne(Order, { user: user.id, idempotencyKey: key }, { populate: ORDER_VIEW_POPULATE });
  }
}

/** The order a key placed, when the request is the one that placed it; CONFLICT otherwise. */
function sameRequest(order: Order, request: OrderRequest): Order {
  if (order.requestHash !== request.hash) {
    throw new AppError('CONFLICT', 'This idempotency key was used for a different order', { reason: 'idempotency_key_reused', number: order.number });
  }
  return order;
}
