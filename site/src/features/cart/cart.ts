/** Pure cart rules shared by the add-to-cart script, the header badge and the React cart island. */
export interface CartLine {
  variantId: string;
  quantity: number;
  /** What the shopper saw when adding, to show names offline and to notice price changes. */
  productSlug: string;
  name: string;
  variantLabel: string;
  price: number;
  image?: string;
}

export const MAX_QUANTITY = 99;
export const STORAGE_KEY = 't1eup.cart.v1';

const clampQuantity = (n: number) => Math.max(1, Math.min(MAX_QUANTITY, Math.floor(n)));

export function addLine(lines: CartLine[], line: Omit<CartLine, 'quantity'>, quantity = 1): CartLine[] {
  const existing = lines.find((l) => l.variantId === line.variantId);
  if (existing) return lines.map((l) => (l === existing ? { ...l, ...line, quantity: clampQuantity(l.quantity + quantity) } : l));
  return [...lines, { ...line, quantity: clampQuantity(quantity) }];
}

export function setQuantity(lines: CartLine[], variantId: string, quantity: number): CartLine[] {
  if (!Number.isFinite(quantity) || quantity < 1) return removeLine(lines, variantId);
  return lines.map((l) => (l.variantId === variantId ? { ...l, quantity: clampQuantity(quantity) } : l));
}

export function removeLine(lines: CartLine[], variantId: string): CartLine[] {
  return lines.filter((l) => l.variantId !== variantId);
}

export function itemCount(lines: readonly CartLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0);
}

/** Reads stored JSON defensively: anything malformed becomes an empty cart rather than a broken page. */
export function parseCart(raw: string | null | undefined): CartLine[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (l): l is CartLine =>
        typeof l === 'object' && l !== null && typeof l.variantId === 'string' && Number.isInteger(l.quantity) && l.quantity > 0 && typeof l.name === 'string' && typeof l.price === 'number',
    ).map((l) => ({ ...l, quantity: clampQuantity(l.quantity) }));
  } catch {
    return [];
  }
}
