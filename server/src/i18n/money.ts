import { Locale } from './locale.js';

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount in tiyn as Kazakh shops write it, the same as the storefront (site/src/lib/money.ts):
 * "24 990 ₸" (no-break spaces) in ru and kk, "₸24,990" in en. Tiyn show only when there are some.
 */
export function formatTenge(tiyn: number, locale: Locale): string {
  const fraction = tiyn % 100 === 0 ? 0 : 2;
  const key = `${locale}:${fraction}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', minimumFractionDigits: fraction, maximumFractionDigits: fraction });
    formatters.set(key, formatter);
  }
  return formatter.format(tiyn / 100);
}
