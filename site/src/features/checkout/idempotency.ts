/**
 * The idempotency key of one checkout attempt. placeOrder returns the order a key already placed instead
 * of placing another, so the key is made once and resent on every retry, reload and double tap, and kept
 * in sessionStorage (per tab) so a reload mid-request still finds it. A key under which no order exists
 * can be reused with a changed request (the server only remembers keys that placed an order), so the one
 * reason to drop it is that an order now exists under it.
 */
import type { Problem } from './checkout';

export const KEY_STORAGE = 't1eup.checkout.key';

/** Answers after which an order exists under the key: the next attempt is a new order and needs a new key. */
export function orderExistsAfter(outcome: 'placed' | Problem['kind']): boolean {
  return outcome === 'placed' || outcome === 'alreadyPlaced';
}

export class IdempotencyKey {
  /** Where storage is blocked (a third-party frame), the key lives as long as the page. */
  private memory: string | undefined;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly create: () => string = () => crypto.randomUUID(),
  ) {}

  /** The key of the current attempt, made on first use. */
  current(): string {
    let key = this.read();
    if (!key) {
      key = this.create();
      this.write(key);
    }
    return key;
  }

  /** Drops the key once an order exists under it; keeps it for a retry otherwise. */
  settle(outcome: 'placed' | Problem['kind']): void {
    if (!orderExistsAfter(outcome)) return;
    this.memory = undefined;
    try {
      this.storage?.removeItem(KEY_STORAGE);
    } catch {
      // blocked storage: the memory copy is already gone
    }
  }

  private read(): string | undefined {
    try {
      return this.storage?.getItem(KEY_STORAGE) ?? this.memory;
    } catch {
      return this.memory;
    }
  }

  private write(key: string): void {
    this.memory = key;
    try {
      this.storage?.setItem(KEY_STORAGE, key);
    } catch {
      // quota or blocked storage: the memory copy serves this page
    }
  }
}
