/**
 * Server-side pricing, the only kind: a cart's lines at today's prices and stock, the delivery price and
 * the totals. Clients send variant ids and quantities; no price they send is ever used.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogReader, type VariantForSale } from '../catalog/catalog-reader.js';
import type { StockLine } from '../catalog/stock.service.js';
import { translate, type Locale } from '../i18n/locale.js';
import type { DeliveryMethod } from './delivery-method.entity.js';
import { deliveryMethodByCode } from './delivery-method.service.js';
import { DeliveryMethodView } from './delivery-method.types.js';
import { OrderLineProblem, type OrderPreview, type OrderPreviewLine } from './order.types.js';

export interface Quote {
  preview: OrderPreview;
  /** The chosen method, when one was named. */
  method: DeliveryMethod | null;
}

/** Statements a quote runs: the variants, and the delivery method when one is named. */
export const QUOTE_STATEMENTS = 2;

/** Reads what the lines and the method cost now (in `em`'s transaction, if any) and prices them. */
export async function quoteCart(em: EntityManager, lines: StockLine[], method: { code: string; field: string } | null, locale: Locale): Promise<Quote> {
  const [variants, chosen] = await Promise.all([
    new CatalogReader(em).variantsForSale(lines.map((line) => line.variantId)),
    method ? deliveryMethodByCode(em, method.code, method.field) : null,
  ]);
  return { preview: priceCart(lines, variants, chosen, locale), method: chosen };
}

/** Prices lines against the variants as they are now; a line's problem says why it cannot be ordered as it is. */
export function priceCart(lines: StockLine[], variants: VariantForSale[], method: DeliveryMethod | null, locale: Locale): OrderPreview {
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  const priced = lines.map(({ variantId, quantity }): OrderPreviewLine => {
    const variant = byId.get(variantId);
    if (!variant?.published) {
      return { variantId: String(variantId), quantity, sku: null, productName: null, unitPrice: null, lineTotal: null, available: 0, problem: OrderLineProblem.UNAVAILABLE };
    }
    return {
      variantId: String(variantId),
      quantity,
      sku: variant.sku,
      productName: translate(variant.productName, locale).text,
      unitPrice: variant.price,
      lineTotal: variant.price * quantity,
      available: variant.stock,
      problem: variant.stock < quantity ? OrderLineProblem.NOT_ENOUGH_STOCK : null,
    };
  });
  const subtotal = priced.reduce((sum, line) => sum + (line.lineTotal ?? 0), 0);
  const deliveryPrice = method?.price ?? 0;
  return {
    lines: priced,
    subtotal,
    deliveryPrice,
    total: subtotal + deliveryPrice,
    deliveryMethod: method && DeliveryMethodView.of(method),
    orderable: priced.every((line) => line.problem === null),
  };
}
