import { registerEnumType } from 'type-graphql';

/** Shopper-facing languages. Russian is the reference language every text must have. */
export enum Locale {
  ru = 'ru',
  kk = 'kk',
  en = 'en',
}
export const DEFAULT_LOCALE = Locale.ru;
export const LOCALES = Object.values(Locale);

registerEnumType(Locale, { name: 'Locale', description: 'Shopper language: ru (default and fallback), kk, en.' });

/** A shopper-visible text in every locale; stored as one jsonb column. */
export interface LocalizedText {
  ru: string;
  kk: string;
  en: string;
}

export interface Translation {
  text: string;
  /** The locale the text is really in: the requested one, or ru when that translation is missing. */
  locale: Locale;
}

export function translate(text: LocalizedText, locale: Locale): Translation {
  const wanted = text[locale]?.trim();
  if (wanted) return { text: wanted, locale };
  return { text: text[DEFAULT_LOCALE], locale: DEFAULT_LOCALE };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as string[]).includes(value);
}

/** Picks the first supported language of an Accept-Language header, honouring q-weights. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const language = tag.toLowerCase().split('-')[0] ?? '';
      // "kz" is the country code, but browsers and people use it for Kazakh too.
      return { language: language === 'kz' ? 'kk' : language, weight: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return ranked.map((entry) => entry.language).find(isLocale);
}
