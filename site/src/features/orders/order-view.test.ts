import { describe, expect, it } from 'vitest';
import { datePatterns, formatDate, formatDateTime, formatDeadline, formatPhone, itemCountText, setBadgeTone, statusTone } from './order-view';
import { orderLabels } from './order-labels';

const ZONE = 'Asia/Almaty';

describe('order display', () => {
  it('gives each status a badge tone: attention while it waits, dark when it ended unfulfilled, green when delivered', () => {
    expect(statusTone('pending_payment')).toBe('new');
    expect(statusTone('placed')).toBe('new');
    expect(statusTone('shipped')).toBe('neutral');
    expect(statusTone('delivered')).toBe('ok');
    expect(statusTone('cancelled')).toBe('soldout');
    expect(statusTone('expired')).toBe('soldout');
  });

  it('swaps a badge’s tone class and keeps its other classes', () => {
    const classes = new Set(['ui-badge', 'tone-neutral', 'order-status']);
    const badge = { classList: { [Symbol.iterator]: () => [...classes][Symbol.iterator](), remove: (c: string) => classes.delete(c), add: (c: string) => classes.add(c) } } as unknown as Element;
    setBadgeTone(badge, 'soldout');
    expect([...classes].sort()).toEqual(['order-status', 'tone-soldout', 'ui-badge']);
  });

  it('prints a stored phone the way Kazakh shops do', () => {
    expect(formatPhone('+77011234567')).toBe('+7 701 123 4567');
    expect(formatPhone('+7701123456')).toBe('+7701123456');
  });

  it('takes each language’s date formats from full ICU at build time, as patterns a browser without the data can fill', () => {
    // ICU puts a narrow no-break space (U+202F) before the year's abbreviation.
    expect(datePatterns('ru')).toMatchObject({ date: '{d} {M} {y}\u202fг.', dateTime: '{d} {M} {y}\u202fг. в {h}:{m}', time: '{h}:{m}' });
    expect(datePatterns('kk')).toMatchObject({ date: '{y}\u202fж. {d} {M}', time: '{h}:{m}' });
    expect(datePatterns('ru').months[11]).toBe('декабря');
    expect(datePatterns('kk').months).toContain('желтоқсан');
  });

  it('writes dates in the page’s language on the 24-hour clock, in the shopper’s time zone', () => {
    const at = '2026-12-01T09:35:00Z';
    expect(formatDate(at, datePatterns('ru'), ZONE)).toBe('1 декабря 2026\u202fг.');
    expect(formatDateTime(at, datePatterns('ru'), ZONE)).toBe('1 декабря 2026\u202fг. в 14:35');
    expect(formatDateTime(at, datePatterns('kk'), ZONE)).toBe('2026\u202fж. 1 желтоқсан, 14:35');
    expect(formatDateTime('2026-12-01T15:05:00Z', datePatterns('en'), ZONE)).toBe('December 1, 2026 at 20:05');
    expect(formatDateTime('2026-12-31T19:05:00Z', datePatterns('ru'), ZONE)).toBe('1 января 2027\u202fг. в 00:05');
  });

  it('gives a payment deadline as a time when it falls today and with its date otherwise', () => {
    const now = new Date('2026-12-01T09:05:00Z');
    expect(formatDeadline('2026-12-01T09:35:00Z', now, datePatterns('ru'), ZONE)).toBe('14:35');
    expect(formatDeadline('2026-12-01T19:10:00Z', now, datePatterns('kk'), ZONE)).toMatch(/желтоқсан.*00:10$/);
  });

  it('counts items with the locale’s plural forms', () => {
    const ru = orderLabels('ru').items;
    const kk = orderLabels('kk').items;
    expect([[{ quantity: 1 }], [{ quantity: 2 }], [{ quantity: 3 }, { quantity: 2 }], [{ quantity: 21 }]].map((lines) => itemCountText(lines, ru, 'ru'))).toEqual(['1 товар', '2 товара', '5 товаров', '21 товар']);
    expect(itemCountText([{ quantity: 5 }], kk, 'kk')).toBe('5 тауар');
    expect(itemCountText([{ quantity: 1 }], orderLabels('en').items, 'en')).toBe('1 item');
  });

  it('names every status and actor in every language', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const labels = orderLabels(lang);
      for (const text of [...Object.values(labels.status), ...Object.values(labels.actor)]) expect(text).not.toMatch(/^orders\./);
    }
    expect(orderLabels('kk').status.pending_payment).toBe('Төлемді күтуде');
    expect(orderLabels('ru').actor.shop).toBe('Магазин');
  });
});
