import type { Lang } from '../paths';

// kk uses ru-KZ's pattern on purpose: Kazakh shops write "15 990 ₸" as Russian ones do, and Chromium's
// ICU data formats kk-KZ as "₸ 15,990" while Node's gives "15 990 ₸", so a price formatted in the browser
// would differ from the one the build wrote.
const INTL_LOCALE: Record<Lang, string> = { ru: 'ru-KZ', kk: 'ru-KZ', en: 'en' };
const formatters = new Map<Lang, Intl.NumberFormat>();

/** Formats an amount in tiyn as whole tenge the way Kazakh shops show it: "15 990 ₸" (U+00A0) in ru/kk, "₸15,990" in en. */
export function formatPrice(tiyn: number, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(lang, formatter);
  }
  return formatter.format(Math.round(tiyn / 100));
}

/** Decimal tenge for schema.org offers ("15990.00"). */
export function tengeDecimal(tiyn: number): string {
  return (tiyn / 100).toFixed(2);
}
