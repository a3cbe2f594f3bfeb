import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY, type CartLine } from './cart';
import { countText, fillTemplate, lineNotices, lineView, noticeText, orderableTotal } from './cart-refresh';

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

describe('cart line view', () => {
  const fresh = { id: 'a', price: 150, stock: 3, inStock: true, colourName: 'Көк', materialName: 'Жібек', widthMm: 80, product: { slug: 'navy', name: 'Көк галстук' } };

  it('shows the API’s current name, variant and price, and caps the quantity at the stock', () => {
    expect(lineView(line('a', 1, 100), fresh, 'Ені {mm} мм')).toEqual({ name: 'Көк галстук', variant: 'Көк, Жібек, Ені 80 мм', price: 150, slug: 'navy', max: 3 });
    expect(lineView(line('a', 1, 100), { ...fresh, stock: 0, inStock: false }, '{mm}').max).toBe(1);
    expect(lineView(line('a', 1, 100), { ...fresh, stock: 500 }, '{mm}').max).toBe(MAX_QUANTITY);
  });

  it('falls back to what was stored while the API has not answered', () => {
    expect(lineView({ ...line('a', 2, 100), variantLabel: 'Navy, 8 cm' }, undefined, '{mm}')).toEqual({ name: 'Tie', variant: 'Navy, 8 cm', price: 100, slug: 'p', max: MAX_QUANTITY });
  });

  it('words notices and counts in the page’s language', () => {
    const labels = { priceChanged: 'было {old}, стало {new}', onlyLeft: 'Осталось {count}', soldOut: 'нет', unavailable: 'снят' };
    expect(noticeText({ kind: 'priceChanged', was: 100_00, now: 120_00 }, labels, 'ru')).toBe('было 100\u00a0₸, стало 120\u00a0₸');
    expect(noticeText({ kind: 'onlyLeft', count: 2 }, labels, 'ru')).toBe('Осталось 2');
    const forms = { one: '{count} товар', few: '{count} товара', many: '{count} товаров', other: '{count} товара' };
    expect([1, 3, 5, 21].map((n) => countText(n, forms, 'ru'))).toEqual(['1 товар', '3 товара', '5 товаров', '21 товар']);
    expect(fillTemplate('{a} и {b}', { a: 1 })).toBe('1 и ');
  });
});
