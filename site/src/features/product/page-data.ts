/**
 * What the product page hands its script: every variant with the names, photo and gallery slide it shows,
 * and the few labels the script writes. Built by product-page.ts at build time (i18n stays out of the browser),
 * read back by product.client.ts from data attributes.
 */
import type { ChoosableVariant, OptionKey, OptionState, StockLabels } from './variant-choice';

export interface PageVariant extends ChoosableVariant {
  sku: string;
  price: number;
  compareAtPrice: number | null;
  /** Its colour, width and material as the option legends show them. */
  names: Record<OptionKey, string>;
  /** The cart line's description, e.g. "Navy, Silk, Width 80 mm". */
  label: string;
  /** The gallery photo of its colour, or -1 when the product has none of that colour. */
  slide: number;
  /** The smallest file of that photo (or the product's first), for the cart line. */
  image: string;
}

export interface PageLabels {
  stock: StockLabels;
  /** For an option value that exists in no variant with the other current options. */
  unavailable: string;
  added: string;
  /**
   * Every price of the page as the build formatted it (tiyn → text). Browsers format some locales their own
   * way (Chromium writes kk tenge as "₸ 16,990", the build "16 990 ₸"), so the script formats only an
   * amount the build never saw, a live price that changed since.
   */
  prices: Record<string, string>;
}

/** The hidden part of an option's accessible name that says why it is struck through. */
export function optionNote(state: OptionState, labels: PageLabels): string {
  return state === 'available' ? '' : ` — ${state === 'soldOut' ? labels.stock.soldOut : labels.unavailable}`;
}
