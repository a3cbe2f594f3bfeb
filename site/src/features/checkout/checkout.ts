/**
 * Checkout rules with no DOM: which form fields a delivery method asks for, what the request sends, and
 * what each API answer means for the shopper. Formats (phone, postal code, lengths) are the server's to
 * judge; its BAD_USER_INPUT names the field, and `problemOf` turns that into the field to mark.
 */
import type { DeliveryMethodsQuery, OrderLineInput, PaymentMethod, PlaceOrderInput, PreviewOrderQuery } from '../../lib/graphql/generated/graphql';

export type Preview = PreviewOrderQuery['previewOrder'];
export type PreviewLine = Preview['lines'][number];
export type DeliveryMethod = DeliveryMethodsQuery['deliveryMethods'][number];

/**
 * Most units of one variant an order takes: the server's MAX_QUANTITY (server/src/orders/order-request.ts;
 * checkout.test.ts fails when they differ). The cart allows more, so the checkout offers to cut a line down.
 */
export const ORDER_MAX_QUANTITY = 10;

/** The checkout form's fields, by the names of their inputs. */
export type Field = 'name' | 'phone' | 'method' | 'city' | 'address' | 'postalCode' | 'comment';

export interface FormValues {
  name: string;
  phone: string;
  method: string;
  city: string;
  address: string;
  postalCode: string;
  comment: string;
  paymentMethod: PaymentMethod;
}

/** Which address fields a method asks for: its own city when it has one, else the shopper names it (post). */
export function addressFields(method: DeliveryMethod | undefined): { city: boolean; address: boolean; postalCode: boolean } {
  const address = Boolean(method?.requiresAddress);
  return { city: address && !method?.city, address, postalCode: Boolean(method?.requiresPostalCode) };
}

/** Required fields left empty, for the chosen method; everything else about them is the server's to check. */
export function missingFields(values: FormValues, method: DeliveryMethod | undefined): Field[] {
  const shown = addressFields(method);
  const missing: Field[] = [];
  if (!values.name.trim()) missing.push('name');
  if (!values.phone.trim()) missing.push('phone');
  if (!method) missing.push('method');
  if (shown.city && !values.city.trim()) missing.push('city');
  if (shown.address && !values.address.trim()) missing.push('address');
  if (shown.postalCode && !values.postalCode.trim()) missing.push('postalCode');
  return missing;
}

export interface CartLineLike { variantId: string; quantity: number }

export function orderLines(lines: readonly CartLineLike[]): OrderLineInput[] {
  return lines.map(({ variantId, quantity }) => ({ variantId, quantity }));
}

/** The placeOrder input: address fields only where the method reads them, so a pickup order carries no stale address. */
export function placeOrderInput(values: FormValues, lines: readonly CartLineLike[], method: DeliveryMethod | undefined, expectedTotal: number): PlaceOrderInput {
  const shown = addressFields(method);
  const optional = (show: boolean, value: string) => (show && value.trim() ? value : null);
  return {
    lines: orderLines(lines),
    contact: { name: values.name, phone: values.phone },
    delivery: { method: values.method, city: optional(shown.city, values.city), address: optional(shown.address, values.address), postalCode: optional(shown.postalCode, values.postalCode) },
    paymentMethod: values.paymentMethod,
    comment: values.comment.trim() ? values.comment : null,
    expectedTotal,
  };
}

/** What makes a line unorderable as it is, and what the shopper can do about it. */
export type LineNotice = { kind: 'unavailable' } | { kind: 'soldOut' } | { kind: 'onlyLeft'; count: number } | { kind: 'tooMany'; count: number };
export type LineFix = { kind: 'remove' } | { kind: 'setQuantity'; quantity: number };

export function stockNotice(available: number): LineNotice {
  return available > 0 ? { kind: 'onlyLeft', count: available } : { kind: 'soldOut' };
}

export function previewNotice(line: PreviewLine): LineNotice | undefined {
  if (line.problem === 'UNAVAILABLE') return { kind: 'unavailable' };
  if (line.problem === 'NOT_ENOUGH_STOCK') return stockNotice(line.available);
  return undefined;
}

export function lineFix(notice: LineNotice): LineFix {
  return notice.kind === 'onlyLeft' || notice.kind === 'tooMany' ? { kind: 'setQuantity', quantity: notice.count } : { kind: 'remove' };
}

/** An API answer, as the checkout acts on it. */
export type Problem =
  | { kind: 'field'; field: Field }
  | { kind: 'line'; index: number; notice: LineNotice }
  /** The cart as a whole cannot be ordered (more lines than an order takes). */
  | { kind: 'lines' }
  | { kind: 'outOfStock'; variantId: string; notice: LineNotice }
  | { kind: 'priceChanged'; preview: Preview }
  | { kind: 'alreadyPlaced'; number: string }
  | { kind: 'unpaidLimit'; limit: number }
  | { kind: 'rateLimited' }
  | { kind: 'signedOut' }
  | { kind: 'failed' };

/** A GraphQL error as it arrives: the API puts what a client acts on in `extensions` (server/src/graphql/errors.ts). */
export interface ApiError { extensions?: Record<string, unknown> }

const SERVER_FIELDS: Record<string, Field> = {
  'contact.name': 'name',
  'contact.phone': 'phone',
  'delivery.method': 'method',
  deliveryMethod: 'method',
  'delivery.city': 'city',
  'delivery.address': 'address',
  'delivery.postalCode': 'postalCode',
  comment: 'comment',
};
const LINE_FIELD = /^lines\[(\d+)\]\.(variantId|quantity)$/;

/** The problem an error means; none of the known shapes (or no error at all, e.g. the network failed) is `failed`. */
export function problemOf(error: ApiError | undefined): Problem {
  const ext = error?.extensions ?? {};
  const text = (key: string) => (typeof ext[key] === 'string' ? (ext[key] as string) : '');
  switch (ext.code) {
    case 'BAD_USER_INPUT': {
      const field = text('field');
      if (SERVER_FIELDS[field]) return { kind: 'field', field: SERVER_FIELDS[field] };
      const line = LINE_FIELD.exec(field);
      if (line) return { kind: 'line', index: Number(line[1]), notice: line[2] === 'quantity' ? { kind: 'tooMany', count: ORDER_MAX_QUANTITY } : { kind: 'unavailable' } };
      return field === 'lines' ? { kind: 'lines' } : { kind: 'failed' };
    }
    case 'OUT_OF_STOCK':
      return { kind: 'outOfStock', variantId: text('variantId'), notice: stockNotice(typeof ext.available === 'number' ? ext.available : 0) };
    case 'CONFLICT':
      if (ext.reason === 'price_changed' && ext.preview) return { kind: 'priceChanged', preview: ext.preview as Preview };
      if (ext.reason === 'idempotency_key_reused') return { kind: 'alreadyPlaced', number: text('number') };
      if (ext.reason === 'unpaid_order_limit') return { kind: 'unpaidLimit', limit: typeof ext.limit === 'number' ? ext.limit : 0 };
      return { kind: 'failed' };
    case 'RATE_LIMITED':
      return { kind: 'rateLimited' };
    case 'UNAUTHENTICATED':
      return { kind: 'signedOut' };
    default:
      return { kind: 'failed' };
  }
}
