import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LOCALE_ARG, useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { Cost } from '../graphql/limits.js';
import { Locale, translate } from '../i18n/locale.js';
import { activeDeliveryMethods } from './delivery-method.service.js';
import { DeliveryMethodView, MAX_DELIVERY_METHODS } from './delivery-method.types.js';

@Resolver(() => DeliveryMethodView)
export class DeliveryMethodResolver {
  @Cost({ queriesDatabase: true, maxItems: MAX_DELIVERY_METHODS })
  @Query(() => [DeliveryMethodView], { description: `How orders can reach the shopper, in the shop's order; at most ${MAX_DELIVERY_METHODS}.` })
  async deliveryMethods(@Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined, @Ctx() ctx: RequestContext): Promise<DeliveryMethodView[]> {
    useLocaleArgument(ctx, locale);
    return (await activeDeliveryMethods(ctx.em)).map(DeliveryMethodView.of);
  }

  @FieldResolver(() => String)
  name(@Root() method: DeliveryMethodView, @Ctx() ctx: RequestContext): string {
    return translate(method.name, ctx.locale).text;
  }

  @FieldResolver(() => String, { description: 'How long it takes; for pickup, where and when.' })
  description(@Root() method: DeliveryMethodView, @Ctx() ctx: RequestContext): string {
    return translate(method.description, ctx.locale).text;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The one city the method serves; null when the shopper names it (post).' })
  city(@Root() method: DeliveryMethodView, @Ctx() ctx: RequestContext): string | null {
    return method.city ? translate(method.city, ctx.locale).text : null;
  }
}
