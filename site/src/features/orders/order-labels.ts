/**
 * The order page's and the profile list's browser strings for one locale, made at build time (i18next
 * never ships): pages render them into one data attribute. {name}-style slots are filled in the browser.
 */
import { pluralForms, useT } from '../../i18n/t';
import type { OrderActor, OrderStatus } from '../../lib/graphql/generated/graphql';
import type { Lang } from '../../paths';
import { datePatterns, type DatePatterns } from './order-view';

const STATUSES: readonly OrderStatus[] = ['pending_payment', 'placed', 'paid', 'confirmed', 'shipped', 'delivered', 'expired', 'cancelled', 'refund_pending', 'refunded'];
const ACTORS: readonly OrderActor[] = ['customer', 'shop', 'system', 'payment'];
const SLOTS = { count: '{count}', number: '{number}', date: '{date}', time: '{time}', sku: '{sku}' } as unknown as Record<string, number>;

export interface OrderLabels {
  status: Record<OrderStatus, string>;
  actor: Record<OrderActor, string>;
  items: Record<string, string>;
  dates: DatePatterns;
  numbered: string; placedAt: string; created: string; payBy: string; paidAt: string; sku: string; free: string;
  paymentOnline: string; paymentOnDelivery: string; onDeliveryText: string; thanks: string;
  cancelConfirm: string; cancelling: string; cancelled: string; cancelFailed: string; cancelConflict: string;
}

export function orderLabels(lang: Lang): OrderLabels {
  const t = useT(lang);
  return {
    status: Object.fromEntries(STATUSES.map((s) => [s, t(`orders.status.${s}`)])) as Record<OrderStatus, string>,
    actor: Object.fromEntries(ACTORS.map((a) => [a, t(`orders.actor.${a}`)])) as Record<OrderActor, string>,
    items: pluralForms(lang, 'orders.items'),
    dates: datePatterns(lang),
    numbered: t('orders.numbered', SLOTS), placedAt: t('orders.placedAt', SLOTS), created: t('orders.created'), payBy: t('orders.payBy', SLOTS),
    paidAt: t('orders.paidAt', SLOTS), sku: t('orders.sku', SLOTS), free: t('orders.free'),
    paymentOnline: t('orders.paymentOnline'), paymentOnDelivery: t('orders.paymentOnDelivery'), onDeliveryText: t('orders.onDeliveryText'), thanks: t('orders.thanks', SLOTS),
    cancelConfirm: t('orders.cancelConfirm', SLOTS), cancelling: t('orders.cancelling'), cancelled: t('orders.cancelled'),
    cancelFailed: t('orders.cancelFailed'), cancelConflict: t('orders.cancelConflict'),
  };
}
