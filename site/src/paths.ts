/** The one place that builds site URLs. Every page URL ends with a slash (directory-style build output). */
export const LOCALES = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LOCALES)[number];

/** getStaticPaths of a page that exists once per locale and needs no data. */
export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
export const DEFAULT_LOCALE: Lang = 'ru';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  category: (lang: Lang, category: string) => `/${lang}/c/${category}/`,
  facet: (lang: Lang, category: string, facet: string, value: string) => `/${lang}/c/${category}/${facet}/${value}/`,
  product: (lang: Lang, slug: string) => `/${lang}/p/${slug}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  allProducts: (lang: Lang) => `/${lang}/catalog/`,
  cart: (lang: Lang) => `/${lang}/cart/`,
  /** The sign-in page; `next` is where to return afterwards (a same-origin path). */
  signIn: (lang: Lang, next?: string) => `/${lang}/sign-in/${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  /** Where Telegram (or the simulator) sends widget data back. */
  authCallback: (lang: Lang) => `/${lang}/auth/telegram/`,
  profile: (lang: Lang) => `/${lang}/profile/`,
  checkout: (lang: Lang) => `/${lang}/checkout/`,
  /** One of the signed-in shopper's orders: one static page per locale that reads the number from the query. */
  order: (lang: Lang, number?: string) => `/${lang}/orders/${number ? `?number=${encodeURIComponent(number)}` : ''}`,
  /** Page n of a listing (a category, a facet page, all products): page 1 keeps the listing's own URL. */
  listingPage: (listing: string, page: number) => (page > 1 ? `${listing}${pageSegment(page)}/` : listing),
};

/** What follows a listing's URL on its page n ("page/2"), the rest parameter of a paginated route; none on page 1. */
export function pageSegment(page: number): string | undefined {
  return page > 1 ? `page/${page}` : undefined;
}

/** The same page in another language: slugs are shared by all locales, only the prefix changes. */
export function switchLocale(path: string, lang: Lang): string {
  const match = /^\/(ru|kk|en)(\/.*)?$/.exec(path);
  return `/${lang}${match ? (match[2] ?? '/') : '/'}`;
}

/** Absolute URL for canonical/hreflang/sitemap; siteUrl has no trailing slash. */
export function absolute(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + path;
}
