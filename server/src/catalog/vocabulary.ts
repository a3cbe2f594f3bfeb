import { registerEnumType } from 'type-graphql';
import type { LocalizedText } from '../i18n/locale.js';

/** The colours and materials the shop sells: fixed codes for filters, with shopper-facing names. */
export const COLOUR_NAMES = {
  black: { ru: 'Чёрный', kk: 'Қара', en: 'Black' },
  navy: { ru: 'Тёмно-синий', kk: 'Қою көк', en: 'Navy' },
  blue: { ru: 'Синий', kk: 'Көк', en: 'Blue' },
  burgundy: { ru: 'Бордовый', kk: 'Күрең қызыл', en: 'Burgundy' },
  red: { ru: 'Красный', kk: 'Қызыл', en: 'Red' },
  green: { ru: 'Зелёный', kk: 'Жасыл', en: 'Green' },
  grey: { ru: 'Серый', kk: 'Сұр', en: 'Grey' },
  silver: { ru: 'Серебристый', kk: 'Күміс түсті', en: 'Silver' },
  gold: { ru: 'Золотистый', kk: 'Алтын түсті', en: 'Gold' },
  pink: { ru: 'Розовый', kk: 'Қызғылт', en: 'Pink' },
  purple: { ru: 'Фиолетовый', kk: 'Күлгін', en: 'Purple' },
  brown: { ru: 'Коричневый', kk: 'Қоңыр', en: 'Brown' },
  ivory: { ru: 'Слоновая кость', kk: 'Піл сүйегі түсті', en: 'Ivory' },
  teal: { ru: 'Бирюзовый', kk: 'Көгілдір жасыл', en: 'Teal' },
} as const satisfies Record<string, LocalizedText>;

export const MATERIAL_NAMES = {
  silk: { ru: 'Шёлк', kk: 'Жібек', en: 'Silk' },
  wool: { ru: 'Шерсть', kk: 'Жүн', en: 'Wool' },
  cotton: { ru: 'Хлопок', kk: 'Мақта', en: 'Cotton' },
  linen: { ru: 'Лён', kk: 'Зығыр', en: 'Linen' },
  polyester: { ru: 'Полиэстер', kk: 'Полиэстер', en: 'Polyester' },
  'knit-silk': { ru: 'Вязаный шёлк', kk: 'Тоқылған жібек', en: 'Knitted silk' },
  cashmere: { ru: 'Кашемир', kk: 'Кашемир', en: 'Cashmere' },
} as const satisfies Record<string, LocalizedText>;

export type Colour = keyof typeof COLOUR_NAMES;
export type Material = keyof typeof MATERIAL_NAMES;

/** GraphQL enum names must be identifiers, so `knit-silk` is exposed as KNIT_SILK. */
function enumFrom<T extends string>(codes: readonly T[]): Record<string, T> {
  return Object.fromEntries(codes.map((code) => [code.toUpperCase().replace(/-/g, '_'), code]));
}

export const Colour = enumFrom(Object.keys(COLOUR_NAMES) as Colour[]);
export const Material = enumFrom(Object.keys(MATERIAL_NAMES) as Material[]);

registerEnumType(Colour, { name: 'Colour', description: 'Main colour of a variant.' });
registerEnumType(Material, { name: 'Material', description: 'Fabric of a variant.' });
