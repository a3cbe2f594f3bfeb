import type { EntityManager } from '@mikro-orm/postgresql';

/** Variants whose stock is not the sum of their stock movements; empty while the ledger holds. */
export async function ledgerMismatches(em: EntityManager): Promise<{ id: number; stock: number; ledger: number }[]> {
  return em.execute(
    `select v.id, v.stock, coalesce(sum(m.delta), 0)::int as ledger
     from product_variant v left join stock_movement m on m.variant_id = v.id
     group by v.id having v.stock <> coalesce(sum(m.delta), 0)`,
  );
}

/** Current stock of one variant. */
export async function stockOf(em: EntityManager, variantId: number): Promise<number> {
  const [row] = await em.execute<{ stock: number }[]>('select stock from product_variant where id = ?', [variantId]);
  return row!.stock;
}

/** Row counts of everything placing an order writes, to show a failed attempt wrote nothing. */
export async function orderFootprint(em: EntityManager): Promise<Record<string, number>> {
  const [row] = await em.execute<Record<string, number>[]>(
    `select (select count(*)::int from shop_order) as orders, (select count(*)::int from order_line) as lines,
            (select count(*)::int from order_status_change) as changes, (select count(*)::int from stock_movement) as movements,
            (select count(*)::int from outbox_message) as messages, (select coalesce(sum(stock), 0)::int from product_variant) as stock`,
  );
  return row!;
}
