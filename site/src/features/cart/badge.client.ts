/** Header cart badge on every page: a few hundred bytes over the shared nanostores cart. */
import { $cartCount, startCart } from './cart.store';

startCart();
const badge = document.querySelector<HTMLElement>('[data-cart-count]');
const label = document.querySelector<HTMLElement>('[data-cart-count-label]');
$cartCount.subscribe((count) => {
  if (badge) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }
  if (label) label.textContent = count ? (label.dataset.label ?? '').replace('{count}', String(count)) : '';
});
