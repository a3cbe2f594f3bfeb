import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from '../graphql/limits.js';
import { PageInfo } from '../graphql/pagination.js';
import { Money } from '../graphql/scalars.js';
import { Locale } from '../i18n/locale.js';
import { DeliveryMethodView } from './delivery-method.types.js';
import type { Order } from './order.entity.js';
import { MAX_LINES } from './order-request.js';
import { MAX_STATUS_CHANGES, OrderActor, OrderStatus, PaymentMethod, transitionFor } from './order-status.js';

export enum OrderLineProblem {
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_ENOUGH_STOCK = 'NOT_ENOUGH_STOCK',
}
registerEnumType(OrderLineProblem, {
  name: 'OrderLineProblem',
  description: 'UNAVAILABLE: the variant is unknown or no longer sold; NOT_ENOUGH_STOCK: fewer units than asked can be ordered (see `available`).',
});

@ObjectType({ description: 'A cart line priced now.' })
export class OrderPreviewLine {
  @Field(() => ID)
  variantId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Null when the variant is UNAVAILABLE.' })
  sku!: string | null;

  @Field(() => String, { nullable: true, description: 'In the requested locale; null when the variant is UNAVAILABLE.' })
  productName!: string | null;

  @Field(() => Money, { nullable: true, description: 'Today’s price; null when the variant is UNAVAILABLE.' })
  unitPrice!: number | null;

  @Field(() => Money, { nullable: true })
  lineTotal!: number | null;

  @Field(() => Int, { description: 'Units that can be ordered now (0 when UNAVAILABLE).' })
  available!: number;

  @Field(() => OrderLineProblem, { nullable: true, description: 'Null when the line can be ordered as it is.' })
  problem!: OrderLineProblem | null;
}

@ObjectType({ description: 'What a cart costs now, priced by the server; placeOrder charges exactly this total or answers CONFLICT.' })
export class OrderPreview {
  @Cost({ maxItems: MAX_LINES })
  @Field(() => [OrderPreviewLine], { description: 'In the order they were sent.' })
  lines!: OrderPreviewLine[];

  @Field(() => Money, { description: 'Lines that have a price (every line but UNAVAILABLE ones), at the quantities asked.' })
  subtotal!: number;

  @Field(() => Money, { description: '0 until a delivery method is chosen.' })
  deliveryPrice!: number;

  @Field(() => Money)
  total!: number;

  @Field(() => DeliveryMethodView, { nullable: true })
  deliveryMethod!: DeliveryMethodView | null;

  @Field(() => Boolean, { description: 'Every line can be ordered as it is.' })
  orderable!: boolean;
}

@ObjectType('OrderLine', { description: 'A line as it was sold: SKU, name (in the order’s locale) and price are snapshots.' })
export class OrderLineView {
  @Field(() => ID)
  variantId!: string;

  @Field(() => String)
  sku!: string;

  @Field(() => String)
  productName!: string;

  @Field(() => Money)
  unitPrice!: number;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  lineTotal!: number;
}

@ObjectType('OrderStatusChange')
export class OrderStatusChangeView {
  @Field(() => OrderStatus, { nullable: true, description: 'Null for the first entry, when the order was placed.' })
  from!: OrderStatus | null;

  @Field(() => OrderStatus)
  to!: OrderStatus;

  @Field(() => OrderActor)
  actor!: OrderActor;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('OrderDelivery')
export class OrderDeliveryView {
  @Field(() => DeliveryMethodView)
  method!: DeliveryMethodView;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;
}

@ObjectType('Order', { description: 'A shopper’s order, as its owner sees it. Money is KZT in tiyn.' })
export class OrderView {
  @Field(() => String, { description: 'Public number, e.g. T1-2026-000123.' })
  number!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => PaymentMethod)
  paymentMethod!: PaymentMethod;

  @Field(() => Locale, { description: 'The language the order was placed in; line names and messages use it.' })
  locale!: Locale;

  @Field(() => String)
  contactName!: string;

  @Field(() => String, { description: '+7 and ten digits.' })
  contactPhone!: string;

  @Field(() => OrderDeliveryView)
  delivery!: OrderDeliveryView;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Cost({ maxItems: MAX_LINES })
  @Field(() => [OrderLineView])
  lines!: OrderLineView[];

  @Field(() => Money)
  subtotal!: number;

  @Field(() => Money)
  deliveryPrice!: number;

  @Field(() => Money)
  total!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'An unpaid online order expires at this time and its items go back on sale.' })
  paymentDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the money came in (online, or to the courier on delivery).' })
  paidAt!: Date | null;

  @Cost({ maxItems: MAX_STATUS_CHANGES })
  @Field(() => [OrderStatusChangeView], { description: 'Oldest first.' })
  statusHistory!: OrderStatusChangeView[];

  @Field(() => Boolean, { description: 'The shopper may cancel it now (cancelMyOrder): not paid and not shipped.' })
  canCancel!: boolean;

  /** Needs the order's lines, status changes and delivery method loaded. */
  static of(order: Order): OrderView {
    return Object.assign(new OrderView(), {
      number: order.number,
      status: order.status,
      paymentMethod: order.paymentMethod,
      locale: order.locale,
      contactName: order.contactName,
      contactPhone: order.contactPhone,
      delivery: { method: DeliveryMethodView.of(order.deliveryMethod), city: order.deliveryCity ?? null, address: order.deliveryAddress ?? null, postalCode: order.deliveryPostalCode ?? null },
      comment: order.comment ?? null,
      lines: order.lines.getItems().map((line) => ({
        variantId: String(line.variant.id),
        sku: line.sku,
        productName: line.productName,
        unitPrice: line.unitPrice,
        quantity: line.quantity,
        lineTotal: line.lineTotal,
      })),
      subtotal: order.subtotal,
      deliveryPrice: order.deliveryPrice,
      total: order.total,
      createdAt: order.createdAt,
      paymentDueAt: order.paymentDueAt ?? null,
      paidAt: order.paidAt ?? null,
      statusHistory: order.statusChanges.getItems().map((change) => ({ from: change.fromStatus ?? null, to: change.toStatus, actor: change.actor, at: change.at })),
      canCancel: transitionFor(order.paymentMethod, order.status, OrderStatus.cancelled, OrderActor.customer) !== undefined,
    });
  }
}

@ObjectType()
export class OrderEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => OrderView)
  node!: OrderView;
}

@ObjectType({ description: 'A page of the signed-in shopper’s orders, newest first (Relay connection).' })
export class OrderConnection {
  @Cost({ isPage: true })
  @Field(() => [OrderEdge])
  edges!: OrderEdge[];

  @Cost({ isPage: true })
  @Field(() => [OrderView], { description: 'The nodes of `edges`, for clients that need no cursors.' })
  nodes!: OrderView[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All of the shopper’s orders.' })
  totalCount!: number;
}
