/**
 * The one cart store for every page: a nanostores atom persisted in localStorage and kept in sync
 * across tabs through the `storage` event. Plain scripts and the React island both import it.
 */
import { atom, computed } from 'nanostores';
import { browserStorage } from '../../lib/storage';
import { STORAGE_KEY, addLine, itemCount, parseCart, removeLine, setQuantity, type CartLine } from './cart';

export const $cart = atom<CartLine[]>([]);
export const $cartCount = computed($cart, itemCount);

let started = false;

/** Loads the stored cart once per page and starts persisting and cross-tab syncing; where storage is blocked the cart lives in memory. */
export function startCart(storage: Storage | undefined = browserStorage('local'), events: Pick<Window, 'addEventListener'> | undefined = globalThis.window): void {
  if (started || !storage) return;
  started = true;
  $cart.set(parseCart(storage.getItem(STORAGE_KEY)));
  $cart.listen((lines) => {
    const raw = JSON.stringify(lines);
    if (storage.getItem(STORAGE_KEY) !== raw) storage.setItem(STORAGE_KEY, raw);
  });
  events?.addEventListener('storage', (event) => {
    const e = event as StorageEvent;
    if (e.key === STORAGE_KEY || e.key === null) $cart.set(parseCart(storage.getItem(STORAGE_KEY)));
  });
}

export const cartActions = {
  add: (line: Omit<CartLine, 'quantity'>, quantity = 1) => $cart.set(addLine($cart.get(), line, quantity)),
  setQuantity: (variantId: string, quantity: number) => $cart.set(setQuantity($cart.get(), variantId, quantity)),
  remove: (variantId: string) => $cart.set(removeLine($cart.get(), variantId)),
};

/** For tests. */
export function resetCartForTests(): void {
  started = false;
  $cart.set([]);
}
