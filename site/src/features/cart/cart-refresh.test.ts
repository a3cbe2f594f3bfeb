import { describe, expect, it } from 'vitest';
import type { CartLine } from './cart';
import { lineNotices, orderableTotal } from './cart-refresh';

const line = (variantId: string, quantity: number, price: number): CartLine => ({ variantId, quantity, price, productSlug: 'p', name: 'Tie', variantLabel: '' });

describe('cart refresh', () => {
  it('tells the shopper about a changed price, scarce stock, a sold-out or withdrawn variant', () => {
    expect(lineNotices(line('a', 1, 100), { id: 'a', price: 120, stock: 5, inStock: true })).toEqual([{ kind: 'priceChanged', was: 100, now: 120 }]);
    expect(lineNotices(line('a', 3, 100), { id: 'a', price: 100, stock: 2, inStock: true })).toEqual([{ kind: 'onlyLeft', count: 2 }]);
    expect(lineNotices(line('a', 1, 100), { id: 'a', price: 100, stock: 0, inStock: false })).toEqual([{ kind: 'soldOut' }]);
    expect(lineNotices(line('a', 1, 100), undefined)).toEqual([{ kind: 'unavailable' }]);
    expect(lineNotices(line('a', 2, 100), { id: 'a', price: 100, stock: 2, inStock: true })).toEqual([]);
  });

  it('totals at current prices and available quantities', () => {
    const fresh = new Map([
      ['a', { id: 'a', price: 150, stock: 1, inStock: true }],
      ['b', { id: 'b', price: 100, stock: 0, inStock: false }],
    ]);
    expect(orderableTotal([line('a', 3, 100), line('b', 1, 100), line('c', 1, 100)], fresh)).toBe(150);
    expect(orderableTotal([line('a', 3, 100)], undefined)).toBe(300);
  });
});
