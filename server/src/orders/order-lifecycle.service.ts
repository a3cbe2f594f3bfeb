import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { releaseStock, reserveStock, type Reservation } from '../catalog/stock.service.js';
import type { Config } from '../config.js';
import { AppError } from '../graphql/errors.js';
import { User } from '../users/user.entity.js';
import { Order } from './order.entity.js';
import { announceCustomerCancellation, announceStatus } from './order-messages.js';
import { ORDER_VIEW_POPULATE, orderNumber } from './order-reads.js';
import { MAX_LINES } from './order-request.js';
import { OrderStatusChange } from './order-status-change.entity.js';
import { OrderActor, OrderStatus, PaymentMethod, transitionFor } from './order-status.js';

/**
 * SQL statements cancelMyOrder runs for an order of MAX_LINES lines, which query cost charges (one fewer
 * per line less): begin, the locked order, its lines, history and delivery method, a stock update per
 * line, the movements, the history entry, the order, the customer's and the owner's message, commit.
 */
export const CANCEL_ORDER_STATEMENTS = 11 + MAX_LINES;

export interface StatusChangeBy {
  actor: OrderActor;
  /** The customer or admin making the change; none for the server and the payment provider. */
  user?: User | null;
  /** Why, for the order's history. */
  reason?: string | null;
  at?: Date;
}

export type MarkPaidResult =
  /** The order is paid now (from pending_payment, or from expired with its stock reserved again). */
  | { outcome: 'paid'; order: Order }
  /** It was paid before: a repeated confirmation, nothing changed. */
  | { outcome: 'already_paid'; order: Order }
  /** It cannot take the money (cancelled, pay on delivery, or expired and its stock is gone): the payment must be returned. */
  | { outcome: 'not_payable'; order: Order; reason: 'out_of_stock' | 'illegal_transition' };

/**
 * Moving orders through the state machine (order-status.ts). Each move locks the order's row, checks the
 * table, applies the move's stock and payment effects, records the change and queues the customer's
 * message, all in one transaction: of two moves racing on one order, the second sees the first's result,
 * so reserved stock is returned exactly once.
 */
export class OrderLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
  ) {}

  /** Moves the order to `to` when the table allows it for this actor; CONFLICT illegal_transition otherwise, NOT_FOUND for an unknown id. */
  changeStatus(orderId: number, to: OrderStatus, by: StatusChangeBy): Promise<Order> {
    return this.em.transactional(async (tx) => {
      const order = await lockOrder(tx, { id: orderId });
      if (!order) throw AppError.notFound('Order', String(orderId));
      await move(tx, order, to, by);
      return order;
    });
  }

  /** Cancels the user's own unpaid, unshipped order and returns its stock; NOT_FOUND for anyone else's, CONFLICT once it is paid, shipped or over. */
  cancelMyOrder(user: User, number: string): Promise<Order> {
    const wanted = orderNumber(number);
    return this.em.transactional(async (tx) => {
      const order = await lockOrder(tx, { number: wanted, user: user.id });
      if (!order) throw AppError.notFound('Order', number);
      await move(tx, order, OrderStatus.cancelled, { actor: OrderActor.customer, user, reason: 'cancelled by the customer' });
      await announceCustomerCancellation(tx, this.config, order);
      return order;
    });
  }

  /**
   * Records an online payment (the payments issue calls it); safe to repeat. An order that expired
   * unpaid is revived when its stock can be reserved again; otherwise, and for an order that cannot
   * take money, nothing changes and the outcome says the payment must go back.
   */
  async markPaid(orderId: number, payment: { at?: Date; reference?: string } = {}): Promise<MarkPaidResult> {
    try {
      return await this.em.transactional(async (tx): Promise<MarkPaidResult> => {
        const order = await lockOrder(tx, { id: orderId });
        if (!order) throw AppError.notFound('Order', String(orderId));
        // Only an online payment can repeat one: a pay-on-delivery order's paidAt is the courier's cash.
        if (order.paidAt && order.paymentMethod === PaymentMethod.online) return { outcome: 'already_paid', order };
        if (!transitionFor(order.paymentMethod, order.status, OrderStatus.paid, OrderActor.payment)) return { outcome: 'not_payable', order, reason: 'illegal_transition' };
        await move(tx, order, OrderStatus.paid, { actor: OrderActor.payment, reason: payment.reference ?? null, at: payment.at });
        return { outcome: 'paid', order };
      });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'OUT_OF_STOCK')) throw error;
      const order = await this.em.fork().findOneOrFail(Order, { id: orderId });
      return { outcome: 'not_payable', order, reason: 'out_of_stock' };
    }
  }

  /**
   * Expires the online order whose payment is longest overdue, if any, and returns its stock; resolves
   * to whether there was one. Safe on any number of servers at once: each claims a different order
   * (SKIP LOCKED), and a cancellation racing it waits for the row and then finds the order expired.
   */
  expireNextOverdue(): Promise<boolean> {
    return this.em.transactional(async (tx) => {
      const [due] = await tx.execute<{ id: number }[]>(
        `select id from shop_order where status = ? and payment_due_at <= now() order by payment_due_at, id limit 1 for update skip locked`,
        [OrderStatus.pending_payment],
      );
      if (!due) return false;
      const order = await lockOrder(tx, { id: due.id });
      await move(tx, order!, OrderStatus.expired, { actor: OrderActor.system, reason: 'not paid in time' });
      return true;
    });
  }
}

/** The order with what a move and its view need, its row locked until the transaction ends. */
async function lockOrder(tx: EntityManager, where: FilterQuery<Order>): Promise<Order | null> {
  const order = await tx.findOne(Order, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (order) await tx.populate(order, [...ORDER_VIEW_POPULATE, 'user']);
  return order;
}

async function move(tx: EntityManager, order: Order, to: OrderStatus, by: StatusChangeBy): Promise<void> {
  const transition = transitionFor(order.paymentMethod, order.status, to, by.actor);
  if (!transition) {
    throw new AppError('CONFLICT', `Order ${order.number} is ${order.status} and cannot become ${to}`, { reason: 'illegal_transition', status: order.status });
  }
  const reservation: Reservation = { orderId: order.id, lines: order.lines.getItems().map((line) => ({ variantId: line.variant.id, quantity: line.quantity })) };
  if (transition.stock === 'release') await releaseStock(tx, reservation);
  if (transition.stock === 'reserve') await reserveStock(tx, reservation);
  const at = by.at ?? new Date();
  if (transition.paid) order.paidAt = at;
  order.status = to;
  const change = tx.create(OrderStatusChange, { order, fromStatus: transition.from, toStatus: to, actor: by.actor, actorUser: by.user ? tx.getReference(User, by.user.id) : null, reason: by.reason ?? null, at });
  await tx.flush();
  await announceStatus(tx, order, order.user, change);
}
