/**
 * The checkout's browser strings for one locale, made at build time (i18next never ships) and rendered
 * into one data attribute. {name}-style slots are filled in the browser (fillTemplate).
 */
import { useT } from '../../i18n/t';
import type { Lang } from '../../paths';
import type { Field } from './checkout';

const SLOTS = { count: '{count}', number: '{number}' } as unknown as Record<string, number>;
const FIELDS: readonly Field[] = ['name', 'phone', 'method', 'city', 'address', 'postalCode', 'comment'];
const MESSAGES = ['form', 'lines', 'outOfStock', 'priceChanged', 'alreadyPlaced', 'openOrder', 'unpaidLimit', 'rateLimited', 'signedOut', 'failed', 'previewFailed'] as const;

export interface CheckoutLabels {
  fields: Record<Field, string>;
  messages: Record<(typeof MESSAGES)[number], string>;
  free: string; deliveryChoose: string; deliveryFailed: string; place: string; placing: string; confirmTotal: string; retry: string;
  soldOut: string; onlyLeft: string; unavailable: string; tooMany: string; fixRemove: string; fixSetQuantity: string;
  profile: string; signIn: string;
}

export function checkoutLabels(lang: Lang): CheckoutLabels {
  const t = useT(lang);
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, t(`checkout.errors.${f}`)])) as Record<Field, string>,
    messages: Object.fromEntries(MESSAGES.map((m) => [m, t(`checkout.errors.${m}`, SLOTS)])) as CheckoutLabels['messages'],
    free: t('checkout.free'), deliveryChoose: t('checkout.deliveryChoose'), deliveryFailed: t('checkout.deliveryFailed'), place: t('checkout.place'), placing: t('checkout.placing'),
    confirmTotal: t('checkout.confirmTotal'), retry: t('checkout.retry'),
    soldOut: t('checkout.soldOut'), onlyLeft: t('checkout.onlyLeft', SLOTS), unavailable: t('checkout.unavailable'), tooMany: t('checkout.tooMany', SLOTS),
    fixRemove: t('checkout.fixRemove'), fixSetQuantity: t('checkout.fixSetQuantity', SLOTS),
    profile: t('profile.title'), signIn: t('auth.signIn'),
  };
}
