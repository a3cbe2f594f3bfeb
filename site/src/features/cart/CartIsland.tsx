/**
 * The cart page island: lines from the shared store, refreshed against the API in ONE variants(ids:)
 * query, with plain notices for changed prices and stock. Labels arrive as props (no i18next here).
 */
import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useState } from 'react';
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import { itemCount } from './cart';
import type { CartLabels } from './cart-labels';
import { countText, lineNotices, lineView, noticeText, orderableTotal } from './cart-refresh';
import { fetchCartVariants, type FreshLine } from './cart-variants';
import { $cart, cartActions, startCart } from './cart.store';

interface Props { lang: Lang; labels: CartLabels; homeHref: string; checkoutHref: string; productHref: string }

export default function CartIsland({ lang, labels, homeHref, checkoutHref, productHref }: Props) {
  useEffect(() => startCart(), []);
  const lines = useStore($cart);
  const [fresh, setFresh] = useState<Map<string, FreshLine>>();
  const [state, setState] = useState<'idle' | 'checking' | 'failed'>('idle');
  const ids = useMemo(() => [...new Set(lines.map((l) => l.variantId))].sort().join(','), [lines]);

  useEffect(() => {
    if (!ids) return;
    let cancelled = false;
    setState('checking');
    fetchCartVariants(ids.split(','), lang)
      .then((variants) => {
        if (cancelled) return;
        setFresh(variants);
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

  const count = countText(itemCount(lines), labels.items, lang);

  return (
    <div className="cart">
      <p className="count" aria-live="polite">{state === 'checking' ? labels.checking : state === 'failed' ? labels.checkFailed : count}</p>
      <ul className="lines">
        {lines.map((line) => {
          const current = fresh?.get(line.variantId);
          const notices = fresh ? lineNotices(line, current) : [];
          const { name, variant, price, slug, max } = lineView(line, current, labels.width);
          const image = line.image;
          const inputId = `qty-${line.variantId}`;
          return (
            <li key={line.variantId} className="line" data-variant-id={line.variantId}>
              {image && <img src={image} alt="" width={80} height={100} loading="lazy" />}
              <div className="info">
                <a href={productHref.replace('__slug__', slug)}>{name}</a>
                <div className="variant">{variant}</div>
                <div className="price">{formatPrice(price, lang)}</div>
                {notices.map((n) => <p key={n.kind} className={`notice ${n.kind}`} role="status">{noticeText(n, labels, lang)}</p>)}
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
      <a className="button" href={checkoutHref}>{labels.checkout}</a>
    </div>
  );
}
