/**
 * What orders tell people through the notifications outbox, queued in the order's own transaction: the
 * owner hears of every new order and of customers' cancellations; the customer hears of each status
 * their order enters, in the order's language, only if they let the bot write to them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { DEFAULT_LOCALE, translate, type Locale, type LocalizedText } from '../i18n/locale.js';
import { formatTenge } from '../i18n/money.js';
import { enqueue } from '../notifications/notification.service.js';
import { MAX_MESSAGE_LENGTH } from '../notifications/outbox-message.entity.js';
import { notifyOwner } from '../users/owner-notifications.js';
import type { Order } from './order.entity.js';
import type { OrderLine } from './order-line.entity.js';
import type { OrderStatusChange } from './order-status-change.entity.js';
import type { User } from '../users/user.entity.js';
import { SHOP_TIME_ZONE } from './order-number.js';
import { OrderStatus, PaymentMethod } from './order-status.js';

const STATUS_TEXT: Record<OrderStatus, LocalizedText> = {
  pending_payment: { ru: 'ожидает оплаты', kk: 'төлемді күтуде', en: 'awaiting payment' },
  placed: { ru: 'принят, оплата при получении', kk: 'қабылданды, төлем алған кезде', en: 'placed, to be paid on delivery' },
  paid: { ru: 'оплачен', kk: 'төленді', en: 'paid' },
  confirmed: { ru: 'подтверждён магазином', kk: 'дүкен растады', en: 'confirmed by the shop' },
  shipped: { ru: 'передан в доставку', kk: 'жеткізуге жіберілді', en: 'shipped' },
  delivered: { ru: 'доставлен', kk: 'жеткізілді', en: 'delivered' },
  expired: { ru: 'отменён: оплата не поступила вовремя', kk: 'күшін жойды: төлем уақытында түспеді', en: 'cancelled: the payment did not arrive in time' },
  cancelled: { ru: 'отменён', kk: 'күшін жойды', en: 'cancelled' },
  refund_pending: { ru: 'оформляем возврат денег', kk: 'ақшаны қайтаруды рәсімдеп жатырмыз', en: 'refund in progress' },
  refunded: { ru: 'деньги возвращены', kk: 'ақша қайтарылды', en: 'refunded' },
};

const ORDER_WORD: LocalizedText = { ru: 'Заказ', kk: 'Тапсырыс', en: 'Order' };
const TOTAL_WORD: LocalizedText = { ru: 'Сумма', kk: 'Сомасы', en: 'Total' };
const PAY_BY: LocalizedText = { ru: 'Оплатите до', kk: 'Төлем мерзімі', en: 'Please pay by' };

const t = (text: LocalizedText, locale: Locale) => translate(text, locale).text;

function clock(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-KZ`, { timeZone: SHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** The customer's message for the status their order just entered, in the order's language. */
export function customerStatusText(order: Order): string {
  const { locale } = order;
  const lines = [`${t(ORDER_WORD, locale)} ${order.number}: ${t(STATUS_TEXT[order.status], locale)}.`, `${t(TOTAL_WORD, locale)}: ${formatTenge(order.total, locale)}.`];
  if (order.status === OrderStatus.pending_payment && order.paymentDueAt) lines.push(`${t(PAY_BY, locale)} ${clock(order.paymentDueAt, locale)}.`);
  return lines.join('\n');
}

/** The owner's "new order" message: who, how it is paid and delivered, every line and the total. In Russian, the owner's language. */
export function ownerNewOrderText(order: Order, lines: readonly OrderLine[], deliveryName: string): string {
  const ru = DEFAULT_LOCALE;
  const destination = [order.deliveryCity, order.deliveryAddress, order.deliveryPostalCode].filter(Boolean).join(', ');
  const text = [
    `🛍 Новый заказ ${order.number} — ${formatTenge(order.total, ru)}`,
    order.paymentMethod === PaymentMethod.online ? 'Оплата онлайн (ждёт оплаты)' : 'Оплата при получении',
    `${order.contactName}, ${order.contactPhone}`,
    `${deliveryName}${destination ? `: ${destination}` : ''}`,
    ...lines.map((line) => `• ${line.productName} (${line.sku}) × ${line.quantity} = ${formatTenge(line.lineTotal, ru)}`),
    `Доставка: ${formatTenge(order.deliveryPrice, ru)}`,
    // The shopper's lines are quoted, so none of them reads as one of ours ("Оплата получена").
    ...(order.comment ? [`Комментарий: ${order.comment.split('\n').map((line, i) => (i ? `» ${line}`.trimEnd() : line)).join('\n')}`] : []),
  ].join('\n');
  // Names are snapshots of free text: clip rather than let a very long order abort its own transaction.
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

/** Queues the owner's "new order" and the customer's first status message, in the order's transaction. */
export async function announceNewOrder(tx: EntityManager, config: Config, order: Order, lines: readonly OrderLine[], customer: User, placed: OrderStatusChange): Promise<void> {
  await notifyOwner(tx, config, `order-new:${order.id}`, ownerNewOrderText(order, lines, t(order.deliveryMethod.name, DEFAULT_LOCALE)));
  await announceStatus(tx, order, customer, placed);
}

/** Queues the customer's message for the status `change` moved the order into, if the bot may write to them. */
export async function announceStatus(tx: EntityManager, order: Order, customer: User, change: OrderStatusChange): Promise<void> {
  if (!customer.allowsWriteToPm) return;
  await enqueue(tx, { chatId: customer.telegramId, text: customerStatusText(order), dedupeKey: `order-status:${change.id}` });
}

/** Tells the owner a customer cancelled, so nothing is packed for nobody. */
export async function announceCustomerCancellation(tx: EntityManager, config: Config, order: Order): Promise<void> {
  await notifyOwner(tx, config, `order-cancelled:${order.id}`, `❌ Покупатель отменил заказ ${order.number} (${formatTenge(order.total, DEFAULT_LOCALE)}).`);
}
