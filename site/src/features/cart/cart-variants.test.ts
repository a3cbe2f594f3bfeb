import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CartVariantsDocument } from '../../lib/graphql/generated/graphql';
import { cartVariantsOperation } from './cart-variants';

describe('cart variants request', () => {
  it('sends exactly the operation codegen typed', () => {
    expect(print(parse(cartVariantsOperation.query))).toBe(print(CartVariantsDocument));
  });
});
