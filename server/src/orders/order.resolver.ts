import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LOCALE_ARG, requireViewer, useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { Cost } from '../graphql/limits.js';
import { Locale } from '../i18n/locale.js';
import { CheckoutService, PLACE_ORDER_STATEMENTS } from './checkout.service.js';
import { OrderLineInput, PlaceOrderInput } from './order.inputs.js';
import { OrderConnection, OrderPreview, OrderView } from './order.types.js';
import { CANCEL_ORDER_STATEMENTS, OrderLifecycleService } from './order-lifecycle.service.js';
import { QUOTE_STATEMENTS } from './order-pricing.js';
import { ORDER_READ_STATEMENTS, OrderReads } from './order-reads.js';
import { MAX_LINES } from './order-request.js';

@Resolver()
export class OrderResolver {
  @Cost({ statements: QUOTE_STATEMENTS })
  @Query(() => OrderPreview, { description: `Prices a cart (1–${MAX_LINES} lines) at today's prices and stock, with each line's problem and the totals; no sign-in needed, nothing is held.` })
  previewOrder(
    @Arg('lines', () => [OrderLineInput]) lines: OrderLineInput[],
    @Arg('deliveryMethod', () => String, { nullable: true, description: 'A DeliveryMethod code; without one the delivery price is 0.' }) deliveryMethod: string | undefined,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderPreview> {
    useLocaleArgument(ctx, locale);
    return new CheckoutService(ctx.em, ctx.config).preview(lines, deliveryMethod, ctx.locale);
  }

  @Authorized()
  @Cost({ statements: PLACE_ORDER_STATEMENTS })
  @Mutation(() => OrderView, {
    description:
      'Places an order at the prices previewOrder showed, reserving its stock; the locale sets the language of its line names and messages. Errors: BAD_USER_INPUT (extensions.field), OUT_OF_STOCK (variantId, available), CONFLICT (reason: price_changed with the new preview, idempotency_key_reused, unpaid_order_limit), RATE_LIMITED. Repeating it with the same idempotencyKey returns the same order.',
  })
  async placeOrder(
    @Arg('input', () => PlaceOrderInput) input: PlaceOrderInput,
    @Arg('idempotencyKey', () => String, { description: 'A new random key (a UUID) per order the shopper means to place; resend the same key when retrying.' }) idempotencyKey: string,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderView> {
    useLocaleArgument(ctx, locale);
    const order = await new CheckoutService(ctx.em, ctx.config).placeOrder(requireViewer(ctx).user, input, idempotencyKey, { locale: ctx.locale, clientIp: ctx.clientIp });
    return OrderView.of(order);
  }

  @Authorized()
  @Cost({ statements: ORDER_READ_STATEMENTS.page })
  @Query(() => OrderConnection, { description: 'The signed-in shopper’s orders, newest first, in pages of at most 100.' })
  myOrders(
    @Arg('first', () => Int, { nullable: true, defaultValue: 24 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderConnection> {
    useLocaleArgument(ctx, locale);
    return new OrderReads(ctx.em).myOrders(requireViewer(ctx).user, first, after);
  }

  @Authorized()
  @Cost({ statements: ORDER_READ_STATEMENTS.order })
  @Query(() => OrderView, { description: 'One of the signed-in shopper’s orders by number; NOT_FOUND for any other.' })
  myOrder(
    @Arg('number', () => String) number: string,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderView> {
    useLocaleArgument(ctx, locale);
    return new OrderReads(ctx.em).myOrder(requireViewer(ctx).user, number);
  }

  @Authorized()
  @Cost({ statements: CANCEL_ORDER_STATEMENTS })
  @Mutation(() => OrderView, { description: 'Cancels one of the signed-in shopper’s orders while it is unpaid and not shipped (Order.canCancel) and puts its items back on sale; CONFLICT otherwise.' })
  async cancelMyOrder(
    @Arg('number', () => String) number: string,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderView> {
    useLocaleArgument(ctx, locale);
    return OrderView.of(await new OrderLifecycleService(ctx.em, ctx.config).cancelMyOrder(requireViewer(ctx).user, number));
  }
}
