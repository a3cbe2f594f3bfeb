import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../graphql/scalars.js';
import { PaymentMethod } from './order-status.js';
import { MAX_LINES, MAX_QUANTITY } from './order-request.js';

@InputType({ description: `One line of a cart: a variant and how many, 1–${MAX_QUANTITY}.` })
export class OrderLineInput {
  @Field(() => ID)
  variantId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class OrderContactInput {
  @Field(() => String, { description: 'Who receives the order, 1–100 characters.' })
  name!: string;

  @Field(() => String, { description: 'A Kazakhstan number as people type it ("8 701 123 45 67", "+7 (701) 123-45-67"); stored as +77011234567.' })
  phone!: string;
}

@InputType({ description: 'Where the order goes. Address fields are read only for methods that require them (see DeliveryMethod).' })
export class OrderDeliveryInput {
  @Field(() => String, { description: 'A DeliveryMethod code, e.g. courier-almaty.' })
  method!: string;

  @Field(() => String, { nullable: true, description: 'Town or city, for methods without a city of their own (post).' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Street, house, flat; up to 300 characters.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Six digits, for methods that require it.' })
  postalCode?: string | null;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => [OrderLineInput], { description: `1–${MAX_LINES} lines, one per variant.` })
  lines!: OrderLineInput[];

  @Field(() => OrderContactInput)
  contact!: OrderContactInput;

  @Field(() => OrderDeliveryInput)
  delivery!: OrderDeliveryInput;

  @Field(() => PaymentMethod, { nullable: true, defaultValue: PaymentMethod.online })
  paymentMethod?: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'A note for the shop, up to 500 characters.' })
  comment?: string | null;

  @Field(() => Money, { description: 'The total the shopper was shown (previewOrder). A different current total is CONFLICT price_changed with the new preview; nothing is charged by surprise.' })
  expectedTotal!: number;
}
