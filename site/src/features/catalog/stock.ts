/** How a stock level is shown: a few left is worth telling the shopper. */
export const LOW_STOCK = 3;
export type StockState = 'ok' | 'low' | 'out';
export function stockState(stock: number): StockState {
  return stock <= 0 ? 'out' : stock <= LOW_STOCK ? 'low' : 'ok';
}
