/**
 * What a placeOrder request means once checked: every field validated and normalised (BAD_USER_INPUT
 * naming the field or line otherwise), and a hash of its canonical form, so a retry under the same
 * idempotency key is recognised however the shopper typed their phone the second time.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../graphql/errors.js';
import { rowIdFrom } from '../graphql/pagination.js';
import { translate, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { StockLine } from '../catalog/stock.service.js';
import type { OrderLineInput, PlaceOrderInput } from './order.inputs.js';
import { PaymentMethod } from './order-status.js';
import { normaliseKazakhPhone } from './phone.js';

/** Most units of one variant in an order. */
export const MAX_QUANTITY = 10;
/** Most lines (variants) in an order. */
export const MAX_LINES = 20;

const LIMITS = { name: 100, city: 100, address: 300, comment: 500 } as const;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
const POSTAL_CODE = /^\d{6}$/;

export interface OrderRequest {
  lines: StockLine[];
  contact: { name: string; phone: string };
  delivery: { method: string; city: string | null; address: string | null; postalCode: string | null };
  paymentMethod: PaymentMethod;
  comment: string | null;
  expectedTotal: number;
  locale: Locale;
  /** SHA-256 of the canonical request: lines by variant, texts trimmed, the phone normalised. */
  hash: string;
}

/** Cart lines as stock lines: 1–MAX_LINES of them, one per variant, quantities 1–MAX_QUANTITY. */
export function validateLines(lines: readonly OrderLineInput[]): StockLine[] {
  if (lines.length < 1) throw AppError.badInput('lines', 'an order needs at least one line');
  if (lines.length > MAX_LINES) throw AppError.badInput('lines', `an order holds at most ${MAX_LINES} lines`);
  const seen = new Set<number>();
  return lines.map(({ variantId: id, quantity }, index) => {
    const variantId = rowIdFrom(id);
    if (variantId === undefined) throw AppError.badInput(`lines[${index}].variantId`, `"${id}" is not a variant id`);
    if (seen.has(variantId)) throw AppError.badInput(`lines[${index}].variantId`, `variant ${variantId} appears on two lines`);
    seen.add(variantId);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      throw AppError.badInput(`lines[${index}].quantity`, `quantity must be between 1 and ${MAX_QUANTITY}`);
    }
    return { variantId, quantity };
  });
}

export function validateIdempotencyKey(key: string): string {
  if (!IDEMPOTENCY_KEY.test(key)) throw AppError.badInput('idempotencyKey', 'idempotencyKey must be 8–100 letters, digits or _ . : - (a UUID is ideal)');
  return key;
}

/** Checks and normalises a whole placeOrder request; the delivery address is checked against its method later (`destinationFor`). */
export function validateOrderRequest(input: PlaceOrderInput, locale: Locale): OrderRequest {
  const lines = validateLines(input.lines);
  const name = text(input.contact.name, 'contact.name', LIMITS.name);
  if (!name) throw AppError.badInput('contact.name', 'a name is required');
  const phone = normaliseKazakhPhone(input.contact.phone);
  if (!phone) throw AppError.badInput('contact.phone', 'a Kazakhstan phone number is required, e.g. +7 701 123 45 67');
  const postalCode = text(input.delivery.postalCode, 'delivery.postalCode', 6);
  if (postalCode && !POSTAL_CODE.test(postalCode)) throw AppError.badInput('delivery.postalCode', 'a postal code is six digits');
  const request: Omit<OrderRequest, 'hash'> = {
    lines,
    contact: { name, phone },
    delivery: {
      method: text(input.delivery.method, 'delivery.method', 64) ?? '',
      city: text(input.delivery.city, 'delivery.city', LIMITS.city),
      address: text(input.delivery.address, 'delivery.address', LIMITS.address),
      postalCode,
    },
    paymentMethod: input.paymentMethod ?? PaymentMethod.online,
    comment: text(input.comment, 'comment', LIMITS.comment, { keepLines: true }),
    expectedTotal: input.expectedTotal,
    locale,
  };
  const canonical = { ...request, lines: [...lines].sort((a, b) => a.variantId - b.variantId) };
  return { ...request, hash: createHash('sha256').update(JSON.stringify(canonical)).digest('hex') };
}

/** What a delivery method needs of the address, as the order stores it; BAD_USER_INPUT names a missing field. */
export interface DeliveryRequirements {
  requiresAddress: boolean;
  requiresPostalCode: boolean;
  city?: LocalizedText | null;
}

export function destinationFor(method: DeliveryRequirements, delivery: OrderRequest['delivery'], locale: Locale): { city: string | null; address: string | null; postalCode: string | null } {
  const ownCity = method.city ? translate(method.city, locale).text : null;
  // Pickup needs no address; one left over from an earlier choice in the form is not the shopper's intent.
  if (!method.requiresAddress) return { city: ownCity, address: null, postalCode: null };
  if (!delivery.address) throw AppError.badInput('delivery.address', 'this delivery method needs an address');
  const city = ownCity ?? delivery.city;
  if (!city) throw AppError.badInput('delivery.city', 'this delivery method needs a town or city');
  if (method.requiresPostalCode && !delivery.postalCode) throw AppError.badInput('delivery.postalCode', 'this delivery method needs a postal code');
  return { city, address: delivery.address, postalCode: delivery.postalCode };
}

/** Invisible format characters no name or address needs (zero-width space, word joiners, soft hyphen, BOM); dropped. */
const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;
/** Control characters left after whitespace is collapsed (a kept line break aside), and bidi overrides and isolates, which reorder what the shop reads next to them. */
const UNPRINTABLE = /[^\P{Cc}\n]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Trimmed text with inner whitespace runs collapsed (line breaks too, unless kept); null when empty;
 * BAD_USER_INPUT past `max` characters or holding a control or bidi character.
 */
function text(value: string | null | undefined, field: string, max: number, { keepLines = false } = {}): string | null {
  const clean = (value ?? '').replace(INVISIBLE, '').replace(keepLines ? /[^\S\n]+/g : /\s+/g, ' ').trim();
  if (UNPRINTABLE.test(clean)) {
    throw AppError.badInput(field, `${field} holds a control or text-direction character`);
  }
  if ([...clean].length > max) throw AppError.badInput(field, `${field} is at most ${max} characters`);
  return clean || null;
}
