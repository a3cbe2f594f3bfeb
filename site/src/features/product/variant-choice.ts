/**
 * The product page's variant choice as pure rules, shared by the build (first paint) and the page script:
 * which variant is shown first, where a shopper's pick lands, how each option looks next to the current
 * choice, and the stock line. Whether stock is "few" or "out" is decided by features/catalog/stock.ts.
 */
import { stockState } from '../catalog/stock';

/** The three ways a tie varies, as the variant fields that hold them. */
export const OPTIONS = ['colour', 'widthMm', 'material'] as const;
export type OptionKey = (typeof OPTIONS)[number];

export interface ChoosableVariant {
  id: string;
  colour: string;
  material: string;
  widthMm: number;
  stock: number;
}

/** An option value next to the current choice: orderable, sold out in this combination, or no such combination. */
export type OptionState = 'available' | 'soldOut' | 'missing';

const orderable = (v: ChoosableVariant) => stockState(v.stock) !== 'out';
const valueOf = (v: ChoosableVariant, key: OptionKey) => String(v[key]);

/** The variant a page opens on: the first orderable one in catalog order, else the first. */
export function defaultVariant<V extends ChoosableVariant>(variants: V[]): V | undefined {
  return variants.find(orderable) ?? variants[0];
}

/**
 * Where picking `key = value` lands: an orderable variant with that value keeping as many of the other
 * current options as possible; only when none is orderable, the closest sold-out one (so its photo and
 * "sold out" still show). Ties go to catalog order. Undefined when no variant has the value.
 */
export function pickOption<V extends ChoosableVariant>(variants: V[], current: V, key: OptionKey, value: string): V | undefined {
  const others = OPTIONS.filter((k) => k !== key);
  let best: V | undefined;
  let bestScore = -1;
  for (const v of variants) {
    if (valueOf(v, key) !== value) continue;
    const kept = others.filter((k) => valueOf(v, k) === valueOf(current, k)).length;
    const score = (orderable(v) ? OPTIONS.length : 0) + kept;
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/** How `key = value` looks while `current` is chosen: the variant that differs from it only there decides. */
export function optionState<V extends ChoosableVariant>(variants: V[], current: V, key: OptionKey, value: string): OptionState {
  const match = variants.find((v) => valueOf(v, key) === value && OPTIONS.every((k) => k === key || valueOf(v, k) === valueOf(current, k)));
  return !match ? 'missing' : orderable(match) ? 'available' : 'soldOut';
}

export interface StockLabels {
  inStock: string;
  /** Plural forms of "only {count} left" by Intl.PluralRules category (i18n/t.ts pluralForms). */
  fewLeft: Record<string, string>;
  soldOut: string;
}

/** The stock line under the price: "In stock", "Only 2 left" or "Sold out". */
export function stockText(stock: number, labels: StockLabels, lang: string): string {
  const state = stockState(stock);
  if (state === 'out') return labels.soldOut;
  if (state === 'ok') return labels.inStock;
  const form = labels.fewLeft[new Intl.PluralRules(lang).select(stock)] ?? labels.fewLeft.other ?? '';
  return form.replace('{count}', String(stock));
}

/** Whole percent off the compare-at price, 0 when not on sale. */
export function discountPercent(price: number, compareAtPrice: number | null | undefined): number {
  return compareAtPrice && compareAtPrice > price ? Math.round((1 - price / compareAtPrice) * 100) : 0;
}
