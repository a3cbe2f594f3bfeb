import { describe, expect, it } from 'vitest';
import { formatPrice, tengeDecimal } from './money';

describe('formatPrice', () => {
  it('prints whole tenge with no-break spaces and ₸ in Russian and Kazakh', () => {
    expect(formatPrice(1_599_000, 'ru')).toBe('15\u00a0990\u00a0₸');
    expect(formatPrice(1_599_000, 'kk')).toBe('15\u00a0990\u00a0₸');
  });
  it('prints the narrow tenge sign in English', () => {
    expect(formatPrice(1_599_000, 'en')).toBe('₸15,990');
  });
  it('rounds tiyn to whole tenge', () => {
    expect(formatPrice(99_950, 'ru')).toBe('1\u00a0000\u00a0₸');
  });
  it('gives schema.org a decimal amount', () => {
    expect(tengeDecimal(1_599_000)).toBe('15990.00');
  });
});
