import { describe, expect, it } from 'vitest';
import { MAX_STATUS_CHANGES, OrderActor, OrderStatus, PaymentMethod, TRANSITIONS, initialStatus, transitionFor, type Transition } from './order-status.js';

/**
 * The whole machine, written out independently of the code: method, from → to, who may, and effects.
 * A change to TRANSITIONS must change this list too.
 */
const LEGAL = [
  'online: pending_payment → paid by payment [paid]',
  'online: pending_payment → expired by system [release]',
  'online: pending_payment → cancelled by customer,shop [release]',
  'online: expired → paid by payment [reserve,paid]',
  'online: paid → confirmed by shop []',
  'online: paid → refund_pending by shop [release]',
  'online: confirmed → shipped by shop []',
  'online: confirmed → refund_pending by shop [release]',
  'online: shipped → delivered by shop []',
  'online: delivered → refund_pending by shop []',
  'online: refund_pending → refunded by shop,payment []',
  'on_delivery: placed → confirmed by shop []',
  'on_delivery: placed → cancelled by customer,shop [release]',
  'on_delivery: confirmed → shipped by shop []',
  'on_delivery: confirmed → cancelled by customer,shop [release]',
  'on_delivery: shipped → delivered by shop [paid]',
  'on_delivery: delivered → refund_pending by shop []',
  'on_delivery: refund_pending → refunded by shop []',
];

const describeTransition = (method: PaymentMethod, t: Transition) =>
  `${method}: ${t.from} → ${t.to} by ${t.by.join(',')} [${[t.stock, t.paid && 'paid'].filter(Boolean).join(',')}]`;

const ALL_ACTORS = Object.values(OrderActor);
const METHODS = Object.values(PaymentMethod);

describe('order state machine', () => {
  it('allows exactly the legal transitions, for exactly the listed actors, with their stock and payment effects', () => {
    const table = METHODS.flatMap((method) => TRANSITIONS[method].map((t) => describeTransition(method, t)));
    expect(table.sort()).toEqual([...LEGAL].sort());
    for (const method of METHODS) {
      for (const t of TRANSITIONS[method]) {
        for (const actor of ALL_ACTORS) expect(transitionFor(method, t.from, t.to, actor) !== undefined, `${describeTransition(method, t)} as ${actor}`).toBe(t.by.includes(actor));
      }
    }
  });

  it.each([
    ['online', 'pending_payment', 'shipped', 'shop', 'skipping payment'],
    ['online', 'paid', 'cancelled', 'customer', 'a paid order cancelled by its shopper'],
    ['online', 'paid', 'cancelled', 'shop', 'a paid order cancelled without a refund'],
    ['online', 'confirmed', 'cancelled', 'customer', 'a confirmed online order cancelled by its shopper'],
    ['online', 'expired', 'cancelled', 'customer', 'an expired order cancelled again'],
    ['online', 'expired', 'pending_payment', 'payment', 'an expired order waiting again'],
    ['online', 'pending_payment', 'expired', 'customer', 'a shopper expiring an order'],
    ['online', 'pending_payment', 'paid', 'shop', 'the shop marking an online payment it did not receive'],
    ['online', 'pending_payment', 'placed', 'shop', 'switching payment kinds'],
    ['online', 'shipped', 'cancelled', 'shop', 'cancelling after shipping'],
    ['online', 'cancelled', 'paid', 'payment', 'reviving a cancelled order'],
    ['online', 'refunded', 'paid', 'payment', 'paying a refunded order'],
    ['online', 'delivered', 'shipped', 'shop', 'going backwards'],
    ['on_delivery', 'placed', 'paid', 'payment', 'an online payment for cash on delivery'],
    ['on_delivery', 'placed', 'expired', 'system', 'expiring cash on delivery'],
    ['on_delivery', 'shipped', 'cancelled', 'customer', 'cancelling what the courier carries'],
    ['on_delivery', 'placed', 'shipped', 'shop', 'shipping unconfirmed'],
    ['on_delivery', 'cancelled', 'confirmed', 'shop', 'reviving a cancelled order'],
  ] as const)('refuses %s: %s → %s by %s (%s)', (method, from, to, actor, _why) => {
    expect(transitionFor(PaymentMethod[method], OrderStatus[from], OrderStatus[to], OrderActor[actor])).toBeUndefined();
  });

  it('never moves an order out of cancelled or refunded, and out of expired only by a late payment', () => {
    for (const method of METHODS) {
      const leaving = (status: OrderStatus) => TRANSITIONS[method].filter((t) => t.from === status).map((t) => `${t.to} by ${t.by.join(',')}`);
      expect(leaving(OrderStatus.cancelled)).toEqual([]);
      expect(leaving(OrderStatus.refunded)).toEqual([]);
      expect(leaving(OrderStatus.expired)).toEqual(method === PaymentMethod.online ? ['paid by payment'] : []);
    }
  });

  it('starts online orders in pending_payment and pay-on-delivery ones in placed', () => {
    expect(initialStatus(PaymentMethod.online)).toBe(OrderStatus.pending_payment);
    expect(initialStatus(PaymentMethod.on_delivery)).toBe(OrderStatus.placed);
  });

  it('releases stock only while an order holds it unshipped, and reserves only after it let go: stock returns once on every path', () => {
    type Units = 'reserved' | 'released' | 'shipped';
    for (const method of METHODS) {
      // Placing reserves the units; shipping takes them out of the shop for good. Walk every path.
      const walk = (status: OrderStatus, units: Units, path: string): void => {
        for (const t of TRANSITIONS[method].filter((candidate) => candidate.from === status)) {
          const where = `${path} → ${t.to}`;
          if (t.stock === 'release') expect(units, `${where} releases units it does not hold`).toBe('reserved');
          if (t.stock === 'reserve') expect(units, `${where} reserves units it already holds`).toBe('released');
          if (t.to === OrderStatus.shipped) expect(units, `${where} ships units it does not hold`).toBe('reserved');
          walk(t.to, t.stock === 'release' ? 'released' : t.stock === 'reserve' ? 'reserved' : t.to === OrderStatus.shipped ? 'shipped' : units, where);
        }
      };
      walk(initialStatus(method), 'reserved', initialStatus(method));
    }
  });

  it('marks an order paid at most once on any path, and has no cycles, so a history never outgrows its cost cap', () => {
    for (const method of METHODS) {
      const longest = (status: OrderStatus, seen: OrderStatus[], paid: boolean): number => {
        expect(seen, `cycle through ${status}`).not.toContain(status);
        const next = TRANSITIONS[method].filter((t) => t.from === status);
        return 1 + Math.max(0, ...next.map((t) => {
          expect(paid && t.paid, `${describeTransition(method, t)} pays an order twice`).toBeFalsy();
          return longest(t.to, [...seen, status], paid || !!t.paid);
        }));
      };
      expect(longest(initialStatus(method), [], false)).toBeLessThanOrEqual(MAX_STATUS_CHANGES);
    }
  });
});
