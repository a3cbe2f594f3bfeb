/** Compares cart lines with the API's current variants: what the cart page and the cart sheet show and tell the shopper. */
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import { MAX_QUANTITY, type CartLine } from './cart';
import type { CartLabels } from './cart-labels';

export interface FreshVariant { id: string; price: number; stock: number; inStock: boolean }
export type LineNotice =
  | { kind: 'priceChanged'; was: number; now: number }
  | { kind: 'onlyLeft'; count: number }
  | { kind: 'soldOut' }
  | { kind: 'unavailable' };

export function lineNotices(line: CartLine, fresh: FreshVariant | undefined): LineNotice[] {
  if (!fresh) return [{ kind: 'unavailable' }];
  const notices: LineNotice[] = [];
  if (fresh.price !== line.price) notices.push({ kind: 'priceChanged', was: line.price, now: fresh.price });
  if (!fresh.inStock || fresh.stock <= 0) notices.push({ kind: 'soldOut' });
  else if (fresh.stock < line.quantity) notices.push({ kind: 'onlyLeft', count: fresh.stock });
  return notices;
}

/** Total in tiyn at current prices, leaving out lines that cannot be ordered. */
export function orderableTotal(lines: readonly CartLine[], fresh: Map<string, FreshVariant> | undefined): number {
  return lines.reduce((sum, line) => {
    if (!fresh) return sum + line.price * line.quantity;
    const v = fresh.get(line.variantId);
    if (!v || !v.inStock || v.stock <= 0) return sum;
    return sum + v.price * Math.min(line.quantity, v.stock);
  }, 0);
}

/** The variant as the API describes it now, in the page's language. */
export interface FreshDetails extends FreshVariant { colourName: string; materialName: string; widthMm: number; product: { slug: string; name: string } }

export interface LineView { name: string; variant: string; price: number; slug: string; max: number }

/** What a line shows: the API's current name, variant and price when known, else what was stored; and the most the shopper may order. */
export function lineView(line: CartLine, fresh: FreshDetails | undefined, widthLabel: string): LineView {
  if (!fresh) return { name: line.name, variant: line.variantLabel, price: line.price, slug: line.productSlug, max: MAX_QUANTITY };
  return {
    name: fresh.product.name,
    variant: `${fresh.colourName}, ${fresh.materialName}, ${fillTemplate(widthLabel, { mm: fresh.widthMm })}`,
    price: fresh.price,
    slug: fresh.product.slug,
    max: Math.max(1, Math.min(MAX_QUANTITY, fresh.stock)),
  };
}

/** Fills {slot}s of a build-time label; a slot without a value becomes empty. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function noticeText(notice: LineNotice, labels: Pick<CartLabels, 'priceChanged' | 'onlyLeft' | 'soldOut' | 'unavailable'>, lang: Lang): string {
  switch (notice.kind) {
    case 'priceChanged': return fillTemplate(labels.priceChanged, { old: formatPrice(notice.was, lang), new: formatPrice(notice.now, lang) });
    case 'onlyLeft': return fillTemplate(labels.onlyLeft, { count: notice.count });
    case 'soldOut': return labels.soldOut;
    case 'unavailable': return labels.unavailable;
  }
}

/** "3 товара": the locale's plural form of the item count. */
export function countText(count: number, forms: Record<string, string>, lang: Lang): string {
  return fillTemplate(forms[new Intl.PluralRules(lang).select(count)] ?? forms.other ?? '{count}', { count });
}
