/**
 * The cart page island: lines from the shared store, refreshed against the API in ONE variants(ids:)
 * query, with plain notices for changed prices and stock. Labels arrive as props (no i18next here).
 */
import { useStore } from '@nanostores/react';
import { GraphQLClient } from 'graphql-request';
import { useEffect, useMemo, useState } from 'react';
import { cartVariantsDocument } from '../../lib/graphql/operations';
import type { CartVariantsQuery, Locale } from '../../lib/graphql/generated/graphql';
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import { MAX_QUANTITY } from './cart';
import { lineNotices, orderableTotal, type FreshVariant, type LineNotice } from './cart-refresh';
import { $cart, cartActions, startCart } from './cart.store';

export interface CartLabels {
  empty: string; continue: string; quantity: string; decrease: string; increase: string; remove: string; total: string; signIn: string;
  priceChanged: string; onlyLeft: string; soldOut: string; unavailable: string; checking: string; checkFailed: string; width: string;
  items: Record<string, string>;
}
interface Props { lang: Lang; labels: CartLabels; homeHref: string; signInHref: string; productHref: string }

type Fresh = CartVariantsQuery['variants'][number];

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function endpoint(): string {
  const base = (import.meta.env.PUBLIC_API_URL ?? '').replace(/\/+$/, '');
  return `${base || window.location.origin}/graphql`;
}

export default function CartIsland({ lang, labels, homeHref, signInHref, productHref }: Props) {
  useEffect(() => startCart(), []);
  const lines = useStore($cart);
  const [fresh, setFresh] = useState<Map<string, Fresh & FreshVariant>>();
  const [state, setState] = useState<'idle' | 'checking' | 'failed'>('idle');
  const ids = useMemo(() => [...new Set(lines.map((l) => l.variantId))].sort().join(','), [lines]);

  useEffect(() => {
    if (!ids) return;
    let cancelled = false;
    setState('checking');
    new GraphQLClient(endpoint())
      .request(cartVariantsDocument, { ids: ids.split(','), locale: lang as Locale })
      .then((data) => {
        if (cancelled) return;
        setFresh(new Map(data.variants.map((v) => [v.id, v])));
        setState('idle');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => { cancelled = true; };
  }, [ids, lang]);

  if (!lines.length) {
    return (
      <div className="cart-empty">
        <p>{labels.empty}</p>
        <a href={homeHref}>{labels.continue}</a>
      </div>
    );
  }

  const notice = (n: LineNotice) => {
    switch (n.kind) {
      case 'priceChanged': return fill(labels.priceChanged, { old: formatPrice(n.was, lang), new: formatPrice(n.now, lang) });
      case 'onlyLeft': return fill(labels.onlyLeft, { count: n.count });
      case 'soldOut': return labels.soldOut;
      case 'unavailable': return labels.unavailable;
    }
  };
  const count = lines.reduce((s, l) => s + l.quantity, 0);
  const countText = fill(labels.items[new Intl.PluralRules(lang).select(count)] ?? labels.items.other ?? '{count}', { count });

  return (
    <div className="cart">
      <p className="count" aria-live="polite">{state === 'checking' ? labels.checking : state === 'failed' ? labels.checkFailed : countText}</p>
      <ul className="lines">
        {lines.map((line) => {
          const current = fresh?.get(line.variantId);
          const notices = fresh ? lineNotices(line, current) : [];
          const name = current?.product.name ?? line.name;
          const variant = current ? `${current.colourName}, ${current.materialName}, ${fill(labels.width, { mm: current.widthMm })}` : line.variantLabel;
          const price = current?.price ?? line.price;
          const image = line.image;
          const max = current ? Math.max(1, Math.min(MAX_QUANTITY, current.stock)) : MAX_QUANTITY;
          const inputId = `qty-${line.variantId}`;
          return (
            <li key={line.variantId} className="line" data-variant-id={line.variantId}>
              {image && <img src={image} alt="" width={80} height={100} loading="lazy" />}
              <div className="info">
                <a href={productHref.replace('__slug__', current?.product.slug ?? line.productSlug)}>{name}</a>
                <div className="variant">{variant}</div>
                <div className="price">{formatPrice(price, lang)}</div>
                {notices.map((n) => <p key={n.kind} className={`notice ${n.kind}`} role="status">{notice(n)}</p>)}
              </div>
              <div className="qty">
                <button type="button" className="secondary" aria-label={`${labels.decrease}: ${name}`} onClick={() => cartActions.setQuantity(line.variantId, line.quantity - 1)} disabled={line.quantity <= 1}>−</button>
                <label className="visually-hidden" htmlFor={inputId}>{`${labels.quantity}: ${name}`}</label>
                <input id={inputId} type="number" inputMode="numeric" min={1} max={max} value={line.quantity} onChange={(e) => { const n = Number(e.currentTarget.value); if (n >= 1) cartActions.setQuantity(line.variantId, n); }} />
                <button type="button" className="secondary" aria-label={`${labels.increase}: ${name}`} onClick={() => cartActions.setQuantity(line.variantId, line.quantity + 1)} disabled={line.quantity >= max}>+</button>
                <button type="button" className="secondary" onClick={() => cartActions.remove(line.variantId)}>{labels.remove}<span className="visually-hidden">: {name}</span></button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="total"><strong>{labels.total}: <span data-cart-total>{formatPrice(orderableTotal(lines, fresh), lang)}</span></strong></p>
      <a className="button" href={signInHref}>{labels.signIn}</a>
    </div>
  );
}
