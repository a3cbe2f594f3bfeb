/**
 * The shop's delivery methods and prices as seed data (tiyn). The owner edits them later in the admin;
 * orders keep the price they were placed at.
 */
import type { LocalizedText } from '../../i18n/locale.js';
import { DeliveryKind } from '../../orders/delivery-method.entity.js';

export interface SeedDeliveryMethod {
  code: string;
  kind: DeliveryKind;
  name: LocalizedText;
  description: LocalizedText;
  city: LocalizedText | null;
  price: number;
  requiresAddress: boolean;
  requiresPostalCode: boolean;
}

const ALMATY: LocalizedText = { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' };
const ASTANA: LocalizedText = { ru: 'Астана', kk: 'Астана', en: 'Astana' };

export const seedDeliveryMethods: SeedDeliveryMethod[] = [
  {
    code: 'pickup-almaty',
    kind: DeliveryKind.pickup,
    name: { ru: 'Самовывоз в Алматы', kk: 'Алматыдан өзі алып кету', en: 'Pickup in Almaty' },
    description: {
      ru: 'пр. Абая, 52, ежедневно 10:00–20:00. Заказ готов в течение 2 часов.',
      kk: 'Абай даңғылы, 52, күн сайын 10:00–20:00. Тапсырыс 2 сағат ішінде дайын болады.',
      en: '52 Abay Ave, daily 10:00–20:00. Ready within 2 hours.',
    },
    city: ALMATY,
    price: 0,
    requiresAddress: false,
    requiresPostalCode: false,
  },
  {
    code: 'courier-almaty',
    kind: DeliveryKind.courier,
    name: { ru: 'Курьер по Алматы', kk: 'Алматы бойынша курьер', en: 'Courier in Almaty' },
    description: { ru: 'На следующий день, с 10:00 до 21:00.', kk: 'Келесі күні, 10:00-ден 21:00-ге дейін.', en: 'Next day, 10:00–21:00.' },
    city: ALMATY,
    price: 150_000,
    requiresAddress: true,
    requiresPostalCode: false,
  },
  {
    code: 'courier-astana',
    kind: DeliveryKind.courier,
    name: { ru: 'Курьер по Астане', kk: 'Астана бойынша курьер', en: 'Courier in Astana' },
    description: { ru: '1–2 дня, с 10:00 до 21:00.', kk: '1–2 күн, 10:00-ден 21:00-ге дейін.', en: '1–2 days, 10:00–21:00.' },
    city: ASTANA,
    price: 200_000,
    requiresAddress: true,
    requiresPostalCode: false,
  },
  {
    code: 'kazpost',
    kind: DeliveryKind.post,
    name: { ru: 'Казпочта по Казахстану', kk: 'Қазпошта, бүкіл Қазақстан бойынша', en: 'Kazpost across Kazakhstan' },
    description: {
      ru: '3–10 дней до отделения или до двери; нужен почтовый индекс.',
      kk: 'Бөлімшеге немесе есікке дейін 3–10 күн; пошта индексі қажет.',
      en: '3–10 days to a post office or the door; needs a postal code.',
    },
    city: null,
    price: 250_000,
    requiresAddress: true,
    requiresPostalCode: true,
  },
];
