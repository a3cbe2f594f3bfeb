import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY } from '../../../../server/src/orders/order-request.js';
import { ORDER_MAX_QUANTITY, addressFields, lineFix, missingFields, placeOrderInput, previewNotice, problemOf, type DeliveryMethod, type FormValues, type PreviewLine } from './checkout';

const method = (overrides: Partial<DeliveryMethod>): DeliveryMethod => ({
  code: 'courier-almaty', kind: 'courier', name: 'Courier', description: '', city: 'Almaty', price: 150_000, requiresAddress: true, requiresPostalCode: false, ...overrides,
});
const pickup = method({ code: 'pickup-almaty', kind: 'pickup', price: 0, requiresAddress: false });
const courier = method({});
const post = method({ code: 'kazpost', kind: 'post', city: null, requiresPostalCode: true });
const values = (overrides: Partial<FormValues> = {}): FormValues => ({
  name: 'Айгерім', phone: '8 701 123 45 67', method: 'courier-almaty', city: '', address: 'Абая 1', postalCode: '', comment: '', paymentMethod: 'online', ...overrides,
});
const line = (overrides: Partial<PreviewLine>): PreviewLine => ({ variantId: '1', quantity: 2, productName: 'Tie', unitPrice: 100, lineTotal: 200, available: 5, problem: null, ...overrides });

describe('checkout form', () => {
  it('asks for the address only when the method delivers to one, and for the city only when the method has none', () => {
    expect(addressFields(pickup)).toEqual({ city: false, address: false, postalCode: false });
    expect(addressFields(courier)).toEqual({ city: false, address: true, postalCode: false });
    expect(addressFields(post)).toEqual({ city: true, address: true, postalCode: true });
    expect(addressFields(undefined)).toEqual({ city: false, address: false, postalCode: false });
  });

  it('lists the empty required fields for the chosen method, leaving formats to the server', () => {
    expect(missingFields(values({ name: ' ', phone: '' }), courier)).toEqual(['name', 'phone']);
    expect(missingFields(values({ address: '' }), pickup)).toEqual([]);
    expect(missingFields(values({ address: '' }), post)).toEqual(['city', 'address', 'postalCode']);
    expect(missingFields(values({ phone: '12' }), undefined)).toEqual(['method']);
  });

  it('sends the address fields only for a method that reads them, and the total the shopper saw', () => {
    const filled = values({ method: 'pickup-almaty', city: 'Алматы', postalCode: '050000', comment: '  ' });
    expect(placeOrderInput(filled, [{ variantId: '7', quantity: 2, name: 'x' } as never], pickup, 300_000)).toEqual({
      lines: [{ variantId: '7', quantity: 2 }],
      contact: { name: 'Айгерім', phone: '8 701 123 45 67' },
      delivery: { method: 'pickup-almaty', city: null, address: null, postalCode: null },
      paymentMethod: 'online',
      comment: null,
      expectedTotal: 300_000,
    });
    expect(placeOrderInput(values({ method: 'kazpost', city: 'Семей', postalCode: '071400', comment: 'call me' }), [], post, 1).delivery).toEqual({ method: 'kazpost', city: 'Семей', address: 'Абая 1', postalCode: '071400' });
  });
});

describe('line problems', () => {
  it('offers to remove what cannot be had and to cut a line down to what can', () => {
    expect(previewNotice(line({}))).toBeUndefined();
    expect(previewNotice(line({ problem: 'UNAVAILABLE', available: 0 }))).toEqual({ kind: 'unavailable' });
    expect(previewNotice(line({ problem: 'NOT_ENOUGH_STOCK', available: 0 }))).toEqual({ kind: 'soldOut' });
    expect(previewNotice(line({ problem: 'NOT_ENOUGH_STOCK', available: 3 }))).toEqual({ kind: 'onlyLeft', count: 3 });
    expect(lineFix({ kind: 'soldOut' })).toEqual({ kind: 'remove' });
    expect(lineFix({ kind: 'unavailable' })).toEqual({ kind: 'remove' });
    expect(lineFix({ kind: 'onlyLeft', count: 3 })).toEqual({ kind: 'setQuantity', quantity: 3 });
    expect(lineFix({ kind: 'tooMany', count: 10 })).toEqual({ kind: 'setQuantity', quantity: 10 });
  });

  it('caps a line at the server’s own limit', () => {
    expect(ORDER_MAX_QUANTITY).toBe(MAX_QUANTITY);
  });
});

describe('API answers', () => {
  const error = (extensions: Record<string, unknown>) => ({ extensions });

  it('marks the form field a BAD_USER_INPUT names, or the line', () => {
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'contact.phone' }))).toEqual({ kind: 'field', field: 'phone' });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'delivery.postalCode' }))).toEqual({ kind: 'field', field: 'postalCode' });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'deliveryMethod' }))).toEqual({ kind: 'field', field: 'method' });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'lines[2].quantity' }))).toEqual({ kind: 'line', index: 2, notice: { kind: 'tooMany', count: ORDER_MAX_QUANTITY } });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'lines[0].variantId' }))).toEqual({ kind: 'line', index: 0, notice: { kind: 'unavailable' } });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'lines' }))).toEqual({ kind: 'lines' });
    expect(problemOf(error({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' }))).toEqual({ kind: 'failed' });
  });

  it('reads stock, conflicts, limits and sessions', () => {
    expect(problemOf(error({ code: 'OUT_OF_STOCK', variantId: '9', available: 1 }))).toEqual({ kind: 'outOfStock', variantId: '9', notice: { kind: 'onlyLeft', count: 1 } });
    expect(problemOf(error({ code: 'OUT_OF_STOCK', variantId: '9', available: 0 }))).toEqual({ kind: 'outOfStock', variantId: '9', notice: { kind: 'soldOut' } });
    const preview = { lines: [], subtotal: 1, deliveryPrice: 0, total: 1, orderable: true };
    expect(problemOf(error({ code: 'CONFLICT', reason: 'price_changed', preview }))).toEqual({ kind: 'priceChanged', preview });
    expect(problemOf(error({ code: 'CONFLICT', reason: 'idempotency_key_reused', number: 'T1-2026-000001' }))).toEqual({ kind: 'alreadyPlaced', number: 'T1-2026-000001' });
    expect(problemOf(error({ code: 'CONFLICT', reason: 'unpaid_order_limit', limit: 3 }))).toEqual({ kind: 'unpaidLimit', limit: 3 });
    expect(problemOf(error({ code: 'CONFLICT', reason: 'illegal_transition' }))).toEqual({ kind: 'failed' });
    expect(problemOf(error({ code: 'RATE_LIMITED', retryAfterSeconds: 60 }))).toEqual({ kind: 'rateLimited' });
    expect(problemOf(error({ code: 'UNAUTHENTICATED' }))).toEqual({ kind: 'signedOut' });
    expect(problemOf(error({ code: 'INTERNAL' }))).toEqual({ kind: 'failed' });
    expect(problemOf(undefined)).toEqual({ kind: 'failed' });
  });
});
