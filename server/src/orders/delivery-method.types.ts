import { Field, ObjectType } from 'type-graphql';
import { Money } from '../graphql/scalars.js';
import type { LocalizedText } from '../i18n/locale.js';
import { DeliveryKind, type DeliveryMethod } from './delivery-method.entity.js';

/** Most delivery methods `deliveryMethods` returns; query cost counts the list at this cap. */
export const MAX_DELIVERY_METHODS = 20;

@ObjectType('DeliveryMethod', { description: 'A way to receive an order, with its price. `name`, `description` and `city` are in the requested locale.' })
export class DeliveryMethodView {
  @Field(() => String, { description: 'What placeOrder and previewOrder take, e.g. courier-almaty.' })
  code!: string;

  @Field(() => DeliveryKind)
  kind!: DeliveryKind;

  @Field(() => Money)
  price!: number;

  @Field(() => Boolean, { description: 'The order needs delivery.address (and delivery.city when the method has no city of its own).' })
  requiresAddress!: boolean;

  @Field(() => Boolean, { description: 'The order needs a six-digit delivery.postalCode.' })
  requiresPostalCode!: boolean;

  name!: LocalizedText;
  description!: LocalizedText;
  city!: LocalizedText | null;

  static of(method: DeliveryMethod): DeliveryMethodView {
    return Object.assign(new DeliveryMethodView(), {
      code: method.code,
      kind: method.kind,
      price: method.price,
      requiresAddress: method.requiresAddress,
      requiresPostalCode: method.requiresPostalCode,
      name: method.name,
      description: method.description,
      city: method.city ?? null,
    });
  }
}
