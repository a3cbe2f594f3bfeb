/** Build-time UI strings: one i18next instance per locale over ru/kk/en.json. Never imported by browser code. */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../paths';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const RESOURCES = { ru, kk, en } as const;
const cache = new Map<Lang, TFunction>();

export function useT(lang: Lang): TFunction {
  let t = cache.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ lng: lang, fallbackLng: false, resources: { [lang]: { translation: RESOURCES[lang] } }, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
    t = instance.t;
    cache.set(lang, t);
  }
  return t;
}

/** Plural forms of a key for browser scripts that count on their own (Intl.PluralRules picks the form). */
export function pluralForms(lang: Lang, key: string): Record<string, string> {
  const t = useT(lang);
  const forms: Record<string, string> = {};
  for (const form of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
    forms[form] = t(`${key}_${form}`, { count: '{count}' as unknown as number, defaultValue: '' }) || t(`${key}_other`, { count: '{count}' as unknown as number });
  }
  return forms;
}
