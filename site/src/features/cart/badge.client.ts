/**
 * The header's cart link on every page: its live count over the shared nanostores cart, and the cart sheet
 * on a plain click. Without JavaScript, with a modifier key or on the cart page it stays a link to the cart page.
 */
import { hasCartSheet, loadCartSheet, openCartSheet } from './cart-sheet';
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

const link = document.querySelector<HTMLAnchorElement>('a[data-cart-link]');
if (link && hasCartSheet()) {
  link.setAttribute('aria-haspopup', 'dialog');
  const intent = () => void loadCartSheet().catch(() => undefined);
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) link.addEventListener(type, intent, { once: true, passive: true });
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openCartSheet(link).catch(() => location.assign(link.href));
  });
}
