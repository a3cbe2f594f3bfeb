import { describe, expect, it } from 'vitest';
import { IdempotencyKey, KEY_STORAGE } from './idempotency';

/** A Map-backed Storage: one instance stands for one tab's sessionStorage across reloads. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}
const counter = () => {
  let n = 0;
  return () => `key-${++n}`;
};

describe('the checkout’s idempotency key', () => {
  it('is made once and survives a reload of the page (a new script on the same tab storage)', () => {
    const storage = memoryStorage();
    const create = counter();
    const first = new IdempotencyKey(storage, create).current();
    expect(new IdempotencyKey(storage, create).current()).toBe(first);
    expect(storage.getItem(KEY_STORAGE)).toBe(first);
  });

  it.each(['failed', 'rateLimited', 'signedOut', 'field', 'line', 'outOfStock', 'priceChanged', 'unpaidLimit'] as const)('is resent after "%s": no order exists under it yet', (outcome) => {
    const key = new IdempotencyKey(memoryStorage(), counter());
    const first = key.current();
    key.settle(outcome);
    expect(key.current()).toBe(first);
  });

  it.each(['placed', 'alreadyPlaced'] as const)('is replaced after "%s": the next order is another order', (outcome) => {
    const storage = memoryStorage();
    const key = new IdempotencyKey(storage, counter());
    expect(key.current()).toBe('key-1');
    key.settle(outcome);
    expect(storage.getItem(KEY_STORAGE)).toBeNull();
    expect(key.current()).toBe('key-2');
  });

  it('lives in memory where storage is missing or throws', () => {
    const throwing = { getItem() { throw new Error('SecurityError'); }, setItem() { throw new Error('SecurityError'); }, removeItem() { throw new Error('SecurityError'); } } as unknown as Storage;
    for (const storage of [undefined, throwing]) {
      const key = new IdempotencyKey(storage, counter());
      expect(key.current()).toBe('key-1');
      expect(key.current()).toBe('key-1');
      key.settle('placed');
      expect(key.current()).toBe('key-2');
    }
  });

  it('defaults to a random UUID', () => {
    expect(new IdempotencyKey(memoryStorage()).current()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
