/** Compares cart lines with the API's current variants: what the cart page must tell the shopper. */
import type { CartLine } from './cart';

export interface FreshVariant { id: string; price: number; stock: number; inStock: boolean }
export type LineNotice =
  | { kind: 'priceChanged'; was: number; now: number }
  | { kind: 'onlyLeft'; count: number }
  | { kind: 'soldOut' }
  | { kind: 'unavailable' };

export function lineNotices(line: CartLine, fresh: FreshVariant | undefined): LineNotice[] {
  if (!fresh) return [{ kind: 'unavailable' }];
  const notices: LineNotice[] = [];
  if (fresh.price !== line.price) notices.push({ kind: 'priceChanged', was: line.price, now: fresh.price });
  if (!fresh.inStock || fresh.stock <= 0) notices.push({ kind: 'soldOut' });
  else if (fresh.stock < line.quantity) notices.push({ kind: 'onlyLeft', count: fresh.stock });
  return notices;
}

/** Total in tiyn at current prices, leaving out lines that cannot be ordered. */
export function orderableTotal(lines: CartLine[], fresh: Map<string, FreshVariant> | undefined): number {
  return lines.reduce((sum, line) => {
    if (!fresh) return sum + line.price * line.quantity;
    const v = fresh.get(line.variantId);
    if (!v || !v.inStock || v.stock <= 0) return sum;
    return sum + v.price * Math.min(line.quantity, v.stock);
  }, 0);
}
