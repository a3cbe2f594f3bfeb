import type { EntityManager } from '@mikro-orm/postgresql';
import { ORDER_NUMBER_SEQUENCE } from './order.entity.js';

/** The shop's clock for what a shopper reads: Kazakhstan has one time zone, UTC+5, since 2024. */
export const SHOP_TIME_ZONE = 'Asia/Almaty';

const YEAR = new Intl.DateTimeFormat('en', { timeZone: SHOP_TIME_ZONE, year: 'numeric' });

/** What order numbers look like: T1-2026-000123 (the counter grows past six digits when it must). */
export const ORDER_NUMBER = /^T1-\d{4}-\d{6,}$/;

/** T1-<year in Kazakhstan>-<the counter, six digits at least>. */
export function formatOrderNumber(counter: number, at: Date): string {
  return `T1-${YEAR.format(at)}-${String(counter).padStart(6, '0')}`;
}

/** The next number from the shop-wide sequence: unique across servers; a rolled-back order leaves a gap. */
export async function nextOrderNumber(tx: EntityManager, at: Date): Promise<string> {
  const [row] = await tx.execute<{ counter: string }[]>(`select nextval('${ORDER_NUMBER_SEQUENCE}')::text as counter`);
  return formatOrderNumber(Number(row!.counter), at);
}
