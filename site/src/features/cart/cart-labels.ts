/**
 * The cart's browser strings for one locale, made at build time (i18next never ships): the cart page passes
 * them to its island as props, the cart sheet reads them from one data attribute. Placeholders stay as
 * {name}-style slots that fillTemplate (cart-refresh.ts) fills in the browser.
 */
import { pluralForms, useT } from '../../i18n/t';
import type { Lang } from '../../paths';

export interface CartLabels {
  empty: string; continue: string; quantity: string; decrease: string; increase: string; remove: string; total: string; checkout: string;
  priceChanged: string; onlyLeft: string; soldOut: string; unavailable: string; checking: string; checkFailed: string; width: string;
  /** "Increase quantity of {name}" and its kin: a stepper's name says which line it changes. */
  increaseOf: string; decreaseOf: string; removeOf: string; quantityOf: string;
  items: Record<string, string>;
}

const SLOTS = { count: '{count}', old: '{old}', new: '{new}', mm: '{mm}', name: '{name}' } as unknown as Record<string, number>;

export function cartLabels(lang: Lang): CartLabels {
  const t = useT(lang);
  return {
    empty: t('cart.empty'), continue: t('cart.continue'), quantity: t('cart.quantity'), decrease: t('cart.decrease'), increase: t('cart.increase'),
    remove: t('cart.remove'), total: t('cart.total'), checkout: t('cart.checkout'), priceChanged: t('cart.priceChanged', SLOTS),
    onlyLeft: t('cart.onlyLeft', SLOTS), soldOut: t('cart.soldOut'), unavailable: t('cart.unavailable'), checking: t('cart.checking'),
    checkFailed: t('cart.checkFailed'), width: t('product.width', SLOTS),
    increaseOf: t('cart.increaseOf', SLOTS), decreaseOf: t('cart.decreaseOf', SLOTS), removeOf: t('cart.removeOf', SLOTS), quantityOf: t('cart.quantityOf', SLOTS),
    items: pluralForms(lang, 'cart.items'),
  };
}
