import type { EntityManager } from '@mikro-orm/postgresql';
import { writeDeliveryMethods } from '../../src/db/seed/seed.js';

/** The seed's delivery methods: pickup-almaty (free), courier-almaty, courier-astana, kazpost. */
export function seedDelivery(em: EntityManager): Promise<void> {
  return em.transactional((tx) => writeDeliveryMethods(tx));
}

export const ORDER_FIELDS = `number status paymentMethod locale contactName contactPhone comment subtotal deliveryPrice total createdAt paymentDueAt paidAt canCancel
  delivery { method { code name price } city address postalCode }
  lines { variantId sku productName unitPrice quantity lineTotal }
  statusHistory { from to actor at }`;

export const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!, $key: String!, $locale: Locale) {
  placeOrder(input: $input, idempotencyKey: $key, locale: $locale) { ${ORDER_FIELDS} }
}`;

export const PREVIEW_ORDER = `query Preview($lines: [OrderLineInput!]!, $method: String, $locale: Locale) {
  previewOrder(lines: $lines, deliveryMethod: $method, locale: $locale) {
    subtotal deliveryPrice total orderable deliveryMethod { code price }
    lines { variantId quantity sku productName unitPrice lineTotal available problem }
  }
}`;

export interface OrderData {
  number: string;
  status: string;
  total: number;
  subtotal: number;
  deliveryPrice: number;
  contactPhone: string;
  canCancel: boolean;
  locale: string;
  paymentDueAt: string | null;
  paidAt: string | null;
  delivery: { method: { code: string }; city: string | null; address: string | null; postalCode: string | null };
  lines: { variantId: string; sku: string; productName: string; unitPrice: number; quantity: number; lineTotal: number }[];
  statusHistory: { from: string | null; to: string; actor: string }[];
}

/** A valid placeOrder input for these lines: pickup, a typed phone, the total the caller says it saw. */
export function orderInput(lines: { variantId: number | string; quantity: number }[], expectedTotal: number, overrides: Record<string, unknown> = {}) {
  return {
    lines: lines.map((line) => ({ variantId: String(line.variantId), quantity: line.quantity })),
    contact: { name: 'Айгерім Сейітова', phone: '8 701 123 45 67' },
    delivery: { method: 'pickup-almaty' },
    expectedTotal,
    ...overrides,
  };
}
