import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Money } from '../graphql/scalars.js';
import { Colour, Material } from './vocabulary.js';
import type { Colour as ColourCode, Material as MaterialCode } from './vocabulary.js';

export enum ProductSort {
  NEWEST = 'NEWEST',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(ProductSort, {
  name: 'ProductSort',
  description: 'Order of a product list. Prices compare each product by its cheapest variant; names by the requested locale.',
});

@InputType({ description: 'Inclusive bounds in tiyn; either may be omitted.' })
export class MoneyRangeInput {
  @Field(() => Money, { nullable: true })
  min?: number;

  @Field(() => Money, { nullable: true })
  max?: number;
}

@InputType({ description: 'Inclusive bounds in millimetres; either may be omitted.' })
export class WidthRangeInput {
  @Field(() => Int, { nullable: true })
  min?: number;

  @Field(() => Int, { nullable: true })
  max?: number;
}

@InputType({
  description:
    'Narrows a product list. Variant conditions (colour, width, material, price, inStock) must all hold for the same variant; list values are alternatives.',
})
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Category slug; products of its sub-categories are included.' })
  category?: string;

  @Field(() => [Colour], { nullable: true })
  colour?: ColourCode[];

  @Field(() => WidthRangeInput, { nullable: true })
  width?: WidthRangeInput;

  @Field(() => [Material], { nullable: true })
  material?: MaterialCode[];

  @Field(() => MoneyRangeInput, { nullable: true })
  priceRange?: MoneyRangeInput;

  @Field(() => Boolean, { nullable: true, description: 'true: only products with a variant in stock.' })
  inStock?: boolean;

  @Field(() => Boolean, { nullable: true })
  featured?: boolean;
}
