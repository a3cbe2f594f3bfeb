/** How an order reads to its shopper: status badges, dates, phone and counts, shared by the order page and the profile list. */
import type { OrderStatus } from '../../lib/graphql/generated/graphql';
import type { Lang } from '../../paths';
import { countText } from '../cart/cart-refresh';

/** sessionStorage: the number of the order this tab just placed, so its page can say thank you once. */
export const JUST_PLACED_KEY = 't1eup.order.placed';

/** The tones of components/ui/Badge.astro. */
export type BadgeTone = 'neutral' | 'sale' | 'soldout' | 'new' | 'ok';

/**
 * Accent for what waits on the shopper or the shop, green once it is in their hands, dark for an order
 * that ended without them; the rest is in progress.
 */
const STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  pending_payment: 'new',
  placed: 'new',
  paid: 'neutral',
  confirmed: 'neutral',
  shipped: 'neutral',
  delivered: 'ok',
  expired: 'soldout',
  cancelled: 'soldout',
  refund_pending: 'neutral',
  refunded: 'neutral',
};

export function statusTone(status: OrderStatus): BadgeTone {
  return STATUS_TONES[status];
}

/** Gives a badge element (a clone of a rendered Badge) this tone, dropping the one it had. */
export function setBadgeTone(badge: Element, tone: BadgeTone): void {
  for (const name of [...badge.classList]) if (name.startsWith('tone-')) badge.classList.remove(name);
  badge.classList.add(`tone-${tone}`);
}

/** "+7 701 123 4567", as Kazakh shops print numbers; anything not +7 and ten digits stays as stored. */
export function formatPhone(e164: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return match ? `+7 ${match[1]} ${match[2]} ${match[3]}` : e164;
}

/** A locale's date formats with {y} {M} {d} {h} {m} slots, and its month names as they read in a date. */
export interface DatePatterns { date: string; dateTime: string; time: string; months: string[] }

// Kazakhstan reads the 24-hour clock in every language the shop speaks.
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' };
const SLOT: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { year: '{y}', month: '{M}', day: '{d}', hour: '{h}', minute: '{m}' };

/**
 * Build time (Node's full ICU): the page language's own formats, as slot patterns. Browsers format with
 * them rather than with their own Intl, because some ship without a language's data: Debian's Chromium
 * has no Kazakh months and writes "2026 M12 1" for `kk`.
 */
export function datePatterns(lang: Lang): DatePatterns {
  const sample = Date.UTC(2026, 10, 23, 13, 45);
  const pattern = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, options).formatToParts(sample).map((part) => SLOT[part.type] ?? part.value).join('');
  const months = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(lang, DATE).formatToParts(Date.UTC(2026, month, 15)).find((part) => part.type === 'month')!.value,
  );
  return { date: pattern(DATE), dateTime: pattern({ ...DATE, ...TIME }), time: pattern(TIME), months };
}

/** The calendar fields of a moment in a time zone (the shopper's own by default); en-US data is in every browser. */
function fields(iso: string, timeZone?: string): Record<'y' | 'M' | 'd' | 'h' | 'm', number> {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone }).formatToParts(new Date(iso));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { y: value('year'), M: value('month'), d: value('day'), h: value('hour'), m: value('minute') };
}

function fill(pattern: string, iso: string, months: string[], timeZone?: string): string {
  const f = fields(iso, timeZone);
  const slots: Record<string, string> = { y: String(f.y), M: months[f.M - 1] ?? String(f.M), d: String(f.d), h: String(f.h).padStart(2, '0'), m: String(f.m).padStart(2, '0') };
  return pattern.replace(/\{([yMdhm])\}/g, (_, slot: string) => slots[slot]!);
}

/** "1 декабря 2026 г." in the page's language, in the shopper's time zone. */
export function formatDate(iso: string, patterns: DatePatterns, timeZone?: string): string {
  return fill(patterns.date, iso, patterns.months, timeZone);
}

/** "1 декабря 2026 г. в 14:35". */
export function formatDateTime(iso: string, patterns: DatePatterns, timeZone?: string): string {
  return fill(patterns.dateTime, iso, patterns.months, timeZone);
}

/** The deadline as the shopper needs it: the time alone when it falls today, the date too otherwise. */
export function formatDeadline(iso: string, now: Date, patterns: DatePatterns, timeZone?: string): string {
  const day = (at: string) => {
    const f = fields(at, timeZone);
    return `${f.y}-${f.M}-${f.d}`;
  };
  const sameDay = day(iso) === day(now.toISOString());
  return fill(sameDay ? patterns.time : patterns.dateTime, iso, patterns.months, timeZone);
}

/** "3 товара": the units of every line, in the locale's plural form. */
export function itemCountText(lines: readonly { quantity: number }[], forms: Record<string, string>, lang: Lang): string {
  return countText(lines.reduce((sum, line) => sum + line.quantity, 0), forms, lang);
}
