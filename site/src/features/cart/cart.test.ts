import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUANTITY, STORAGE_KEY, addLine, itemCount, parseCart, removeLine, setQuantity } from './cart';
import { $cart, $cartCount, cartActions, resetCartForTests, startCart } from './cart.store';

const line = (variantId: string, price = 1_000_000) => ({ variantId, productSlug: 'p', name: 'Tie', variantLabel: 'Navy', price });

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

describe('cart rules', () => {
  it('adding the same variant twice increases its quantity', () => {
    const lines = addLine(addLine([], line('a')), line('a'), 2);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(3);
    expect(itemCount(addLine(lines, line('b')))).toBe(4);
  });
  it('quantity stays between 1 and the maximum; 0 removes the line', () => {
    const lines = addLine([], line('a'));
    expect(setQuantity(lines, 'a', 500)[0]!.quantity).toBe(MAX_QUANTITY);
    expect(setQuantity(lines, 'a', 0)).toEqual([]);
    expect(removeLine(lines, 'a')).toEqual([]);
  });
  it('treats malformed storage as an empty cart', () => {
    expect(parseCart('not json')).toEqual([]);
    expect(parseCart('{"a":1}')).toEqual([]);
    expect(parseCart(JSON.stringify([line('a'), { variantId: 1 }]).replace('"price"', '"quantity":2,"price"'))).toHaveLength(1);
  });
});

describe('cart store', () => {
  beforeEach(() => resetCartForTests());

  it('persists to storage and follows changes made in another tab', () => {
    const storage = new MemoryStorage();
    const listeners: ((e: unknown) => void)[] = [];
    storage.setItem(STORAGE_KEY, JSON.stringify([{ ...line('a'), quantity: 2 }]));
    startCart(storage as unknown as Storage, { addEventListener: (_: string, l: (e: unknown) => void) => listeners.push(l) } as never);
    expect($cartCount.get()).toBe(2);

    cartActions.add(line('b'));
    expect(parseCart(storage.getItem(STORAGE_KEY))).toHaveLength(2);

    storage.data.set(STORAGE_KEY, JSON.stringify([{ ...line('c'), quantity: 5 }]));
    listeners.forEach((l) => l({ key: STORAGE_KEY }));
    expect($cart.get().map((l) => l.variantId)).toEqual(['c']);
    expect($cartCount.get()).toBe(5);
  });
});
