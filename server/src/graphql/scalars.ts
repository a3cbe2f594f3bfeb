import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from './errors.js';

function toMinorUnits(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new AppError('BAD_USER_INPUT', 'Money must be a non-negative integer number of tiyn (1 ₸ = 100 tiyn)');
  }
  return value;
}

/** Integer minor units (tiyn) of Kazakhstani tenge; 15 990 ₸ is 1599000. Never a float. */
export const Money = new GraphQLScalarType<number, number>({
  name: 'Money',
  description: 'An amount of KZT in tiyn (minor units, 1 ₸ = 100 tiyn) as a non-negative integer; 15 990 ₸ is 1599000. Always KZT.',
  serialize: (value) => toMinorUnits(value),
  parseValue: (value) => toMinorUnits(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new AppError('BAD_USER_INPUT', 'Money must be an integer number of tiyn');
    return toMinorUnits(Number(ast.value));
  },
});
