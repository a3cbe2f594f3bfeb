import type { LocalizedText } from '../../i18n/locale.js';

/** Translations of the attribute values the seed catalog uses (the data files keep English codes). */
export const ATTRIBUTE_VALUES: Record<string, LocalizedText> = {
  Italy: { ru: 'Италия', kk: 'Италия', en: 'Italy' },
  Kazakhstan: { ru: 'Казахстан', kk: 'Қазақстан', en: 'Kazakhstan' },
  Mongolia: { ru: 'Монголия', kk: 'Моңғолия', en: 'Mongolia' },
  Turkey: { ru: 'Турция', kk: 'Түркия', en: 'Turkey' },
  'United Kingdom': { ru: 'Великобритания', kk: 'Ұлыбритания', en: 'United Kingdom' },
  Uzbekistan: { ru: 'Узбекистан', kk: 'Өзбекстан', en: 'Uzbekistan' },
  'dry-clean': { ru: 'Только химчистка', kk: 'Тек химиялық тазалау', en: 'Dry clean only' },
  'hand-wash': { ru: 'Ручная стирка', kk: 'Қолмен жуу', en: 'Hand wash' },
  elastic: { ru: 'На резинке', kk: 'Резеңкемен', en: 'Elastic band' },
  'pre-tied': { ru: 'Готовый узел', kk: 'Дайын түйін', en: 'Pre-tied' },
  'self-tie': { ru: 'Завязывается самостоятельно', kk: 'Өзіңіз байлайсыз', en: 'Self-tie' },
  'hand-finished': { ru: 'Ручная отделка', kk: 'Қолмен әрленген', en: 'Hand-finished' },
  'hand-knitted': { ru: 'Ручная вязка', kk: 'Қолмен тоқылған', en: 'Hand-knitted' },
  'three-fold': { ru: 'Три сложения', kk: 'Үш қатпарлы', en: 'Three-fold' },
  'bow tie, tie, pocket square': { ru: 'Бабочка, галстук, нагрудный платок', kk: 'Көбелек галстук, галстук, төс орамал', en: 'Bow tie, tie, pocket square' },
  'knitted tie, pocket square': { ru: 'Вязаный галстук, нагрудный платок', kk: 'Тоқылған галстук, төс орамал', en: 'Knitted tie, pocket square' },
  'three ties': { ru: 'Три галстука', kk: 'Үш галстук', en: 'Three ties' },
  'tie, pocket square': { ru: 'Галстук, нагрудный платок', kk: 'Галстук, төс орамал', en: 'Tie, pocket square' },
  'tie, pocket square, cufflinks': { ru: 'Галстук, нагрудный платок, запонки', kk: 'Галстук, төс орамал, жең түймелері', en: 'Tie, pocket square, cufflinks' },
};

export function localizeAttributeValue(value: string): LocalizedText {
  return ATTRIBUTE_VALUES[value] ?? { ru: value, kk: value, en: value };
}
