import { describe, expect, it } from 'vitest';
import { RESOURCES, useT, pluralForms } from './t';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const withoutPlural = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('UI strings', () => {
  it('every locale has the same keys (ignoring plural suffixes)', () => {
    expect(withoutPlural(keys(RESOURCES.kk))).toEqual(withoutPlural(keys(RESOURCES.ru)));
    expect(withoutPlural(keys(RESOURCES.en))).toEqual(withoutPlural(keys(RESOURCES.ru)));
  });

  it('every plural key has each form its language needs', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const all = keys(RESOURCES[lang]);
      const plural = withoutPlural(all.filter((k) => /_(one|other)$/.test(k)));
      for (const key of plural) {
        for (const form of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) expect(all, `${lang} ${key}_${form}`).toContain(`${key}_${form}`);
      }
    }
  });

  it('uses Russian one/few/many forms', () => {
    const t = useT('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => t('product.count', { count }))).toEqual([
      '1 товар', '2 товара', '5 товаров', '11 товаров', '21 товар', '22 товара', '25 товаров',
    ]);
  });

  it('uses Kazakh one/other with the noun unchanged', () => {
    const t = useT('kk');
    expect(t('product.count', { count: 1 })).toBe('1 тауар');
    expect(t('product.count', { count: 5 })).toBe('5 тауар');
    expect(t('cart.items', { count: 21 })).toBe('21 тауар');
  });

  it('hands browser scripts the plural forms with a {count} placeholder', () => {
    expect(pluralForms('ru', 'product.count')).toEqual({ one: '{count} товар', few: '{count} товара', many: '{count} товаров', other: '{count} товара' });
    expect(pluralForms('kk', 'product.count')).toEqual({ one: '{count} тауар', other: '{count} тауар' });
  });
});
