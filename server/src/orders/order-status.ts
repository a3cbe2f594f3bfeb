/**
 * The order state machine, in one place: every status, who may move an order from one to another, and
 * what each move does to stock and payment. Services ask `transitionFor`; nothing else decides.
 *
 * Online payment:   pending_payment → paid → confirmed → shipped → delivered
 *                   pending_payment → expired (unpaid in time) → paid (a late payment, if the stock can be reserved again)
 * Pay on delivery:  placed → confirmed → shipped → delivered; never expires and may ship unpaid. Its
 *                   payment is not a status: the delivered transition records it (`paidAt`), because the
 *                   courier takes the money at the door.
 * cancelled, expired (unless paid late) and refunded are final; refund_pending follows money received.
 */
import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  pending_payment = 'pending_payment',
  placed = 'placed',
  paid = 'paid',
  confirmed = 'confirmed',
  shipped = 'shipped',
  delivered = 'delivered',
  expired = 'expired',
  cancelled = 'cancelled',
  refund_pending = 'refund_pending',
  refunded = 'refunded',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description:
    'pending_payment: waits for an online payment (expires unpaid); placed: pay on delivery, waits for the shop; paid; confirmed by the shop; shipped; delivered; expired (unpaid in time); cancelled; refund_pending; refunded.',
});

export enum PaymentMethod {
  online = 'online',
  on_delivery = 'on_delivery',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'online: paid before the shop ships (the default); on_delivery: cash or card to the courier or at pickup.' });

/** Who moved an order. */
export enum OrderActor {
  customer = 'customer',
  shop = 'shop',
  /** The server itself, e.g. the expiry job. */
  system = 'system',
  /** The payment provider's confirmation. */
  payment = 'payment',
}
registerEnumType(OrderActor, { name: 'OrderActor', description: 'Who changed an order’s status: the customer, the shop, the server (expiry) or the payment provider.' });

export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  by: readonly OrderActor[];
  /** reserve: the order takes its units again; release: its units go back on sale. */
  stock?: 'reserve' | 'release';
  /** The money is in: the order's paidAt is set. */
  paid?: boolean;
}

const { customer, shop, system, payment } = OrderActor;
const S = OrderStatus;

/** Every legal move, per payment method. Anything not listed is illegal. */
export const TRANSITIONS: Record<PaymentMethod, readonly Transition[]> = {
  online: [
    { from: S.pending_payment, to: S.paid, by: [payment], paid: true },
    { from: S.pending_payment, to: S.expired, by: [system], stock: 'release' },
    { from: S.pending_payment, to: S.cancelled, by: [customer, shop], stock: 'release' },
    { from: S.expired, to: S.paid, by: [payment], stock: 'reserve', paid: true },
    { from: S.paid, to: S.confirmed, by: [shop] },
    { from: S.paid, to: S.refund_pending, by: [shop], stock: 'release' },
    { from: S.confirmed, to: S.shipped, by: [shop] },
    { from: S.confirmed, to: S.refund_pending, by: [shop], stock: 'release' },
    { from: S.shipped, to: S.delivered, by: [shop] },
    // Goods that come back after delivery return to stock by an admin adjustment once they are on the shelf.
    { from: S.delivered, to: S.refund_pending, by: [shop] },
    { from: S.refund_pending, to: S.refunded, by: [shop, payment] },
  ],
  on_delivery: [
    { from: S.placed, to: S.confirmed, by: [shop] },
    { from: S.placed, to: S.cancelled, by: [customer, shop], stock: 'release' },
    { from: S.confirmed, to: S.shipped, by: [shop] },
    { from: S.confirmed, to: S.cancelled, by: [customer, shop], stock: 'release' },
    { from: S.shipped, to: S.delivered, by: [shop], paid: true },
    { from: S.delivered, to: S.refund_pending, by: [shop] },
    { from: S.refund_pending, to: S.refunded, by: [shop] },
  ],
};

/** An order's status history is a path through the table, which has no cycles: at most one entry per status. */
export const MAX_STATUS_CHANGES = Object.keys(OrderStatus).length;

/** The status an order starts in; placing it reserves its stock. */
export function initialStatus(method: PaymentMethod): OrderStatus {
  return method === PaymentMethod.online ? S.pending_payment : S.placed;
}

/** The legal move from → to for this payment method and actor, or undefined when it is illegal. */
export function transitionFor(method: PaymentMethod, from: OrderStatus, to: OrderStatus, actor: OrderActor): Transition | undefined {
  return TRANSITIONS[method].find((t) => t.from === from && t.to === to && t.by.includes(actor));
}

/**
 * Orders that hold stock on the shopper's word alone (not paid, not yet accepted by the shop): the
 * ones MAX_UNPAID_ORDERS_PER_USER caps.
 */
export const UNPAID_HOLD_STATUSES: readonly OrderStatus[] = [S.pending_payment, S.placed];
