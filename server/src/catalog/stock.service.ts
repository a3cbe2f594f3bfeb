/**
 * The one home of stock. `product_variant.stock` means "units available to order now" wherever it is
 * read: a reservation takes its units off at once, and giving them back adds them again. Every change
 * writes a stock movement in the same transaction, so a variant's movements always sum to its stock.
 *
 * Concurrency: a reservation is one conditional UPDATE per line (`stock >= quantity` checked by the row
 * update itself, never read first and written later), so any number of buyers on any number of servers
 * can never take more than there is. Lines are updated in ascending variant id, so two carts sharing
 * variants lock them in the same order and cannot deadlock.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import { sql, type Sql } from '../db/sql.js';
import { StockMovement, StockMovementReason } from './stock-movement.entity.js';

export interface StockLine {
  variantId: number;
  /** A positive integer. */
  quantity: number;
}

/** What an order holds: reserved by `reserveStock`, given back by `releaseStock`. */
export interface Reservation {
  orderId: number;
  lines: readonly StockLine[];
}

/** The one rule for "in stock": some unit can be ordered now. */
export function isInStock(stock: number): boolean {
  return stock > 0;
}

/** `isInStock` for SQL, over a stock column such as sql`v.stock`. */
export function inStockSql(stock: Sql): Sql {
  return sql`${stock} > 0`;
}

/**
 * Takes the reservation's units off stock inside the caller's transaction, all or nothing: a line that
 * cannot be served throws OUT_OF_STOCK (variantId, available) and the caller's rollback undoes the lines
 * before it. Throws unless `tx` is inside a transaction.
 */
export async function reserveStock(tx: EntityManager, reservation: Reservation): Promise<void> {
  const lines = inLockOrder(tx, reservation, 'reserveStock');
  for (const { variantId, quantity } of lines) {
    const { affectedRows } = await tx.execute<{ affectedRows: number }>(
      'update product_variant set stock = stock - ? where id = ? and stock >= ?',
      [quantity, variantId, quantity],
      'run',
    );
    if (affectedRows === 0) {
      const [row] = await tx.execute<{ stock: number }[]>('select stock from product_variant where id = ?', [variantId]);
      throw outOfStock(variantId, row?.stock ?? 0);
    }
  }
  await record(tx, reservation.orderId, lines, -1, StockMovementReason.orderReserved);
}

/**
 * Gives a reservation's units back inside the caller's transaction. The caller guarantees it runs once
 * per reservation (orders guard it by their status change in the same transaction).
 */
export async function releaseStock(tx: EntityManager, reservation: Reservation): Promise<void> {
  const lines = inLockOrder(tx, reservation, 'releaseStock');
  for (const { variantId, quantity } of lines) {
    await tx.execute('update product_variant set stock = stock + ? where id = ?', [quantity, variantId], 'run');
  }
  await record(tx, reservation.orderId, lines, 1, StockMovementReason.orderReleased);
}

/**
 * Opens the ledger of every variant that has none yet with an 'initial' movement of its whole stock;
 * runs after variants are created with stock (the seed), so the ledger sums to the stock from the start.
 */
export async function recordOpeningStock(tx: EntityManager): Promise<void> {
  await tx.execute(
    `insert into stock_movement (variant_id, delta, reason)
     select v.id, v.stock, ? from product_variant v
     where v.stock <> 0 and not exists (select 1 from stock_movement m where m.variant_id = v.id)`,
    [StockMovementReason.initial],
  );
}

/** OUT_OF_STOCK for a variant; `available` is what could be ordered instead (0 when it is not sold at all). */
export function outOfStock(variantId: number, available: number): AppError {
  return new AppError('OUT_OF_STOCK', available > 0 ? `Only ${available} left of variant ${variantId}` : `Variant ${variantId} cannot be ordered now`, {
    variantId: String(variantId),
    available,
  });
}

function inLockOrder(tx: EntityManager, { lines }: Reservation, operation: string): StockLine[] {
  if (!tx.isInTransaction()) throw new Error(`${operation} must run inside the transaction of the order it serves (em.transactional)`);
  for (const { quantity } of lines) {
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`stock quantities are positive integers, got ${quantity}`);
  }
  return [...lines].sort((a, b) => a.variantId - b.variantId);
}

async function record(tx: EntityManager, orderId: number, lines: StockLine[], sign: 1 | -1, reason: StockMovementReason): Promise<void> {
  if (!lines.length) return;
  await tx.insertMany(
    StockMovement,
    lines.map(({ variantId, quantity }) => ({ variant: variantId, order: orderId, delta: sign * quantity, reason })),
  );
}
