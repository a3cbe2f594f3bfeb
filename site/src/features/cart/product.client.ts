/** Product page: the variant picker updates price and stock, and the add-to-cart button writes to the shared cart store. */
import { cartActions, startCart } from './cart.store';

startCart();
const buy = document.querySelector<HTMLElement>('[data-buy]');
const button = buy?.querySelector<HTMLButtonElement>('[data-add-to-cart]');
if (buy && button) {
  const priceNow = document.querySelector<HTMLElement>('[data-price-now]');
  const priceWas = document.querySelector<HTMLElement>('[data-price-was]');
  const stock = document.querySelector<HTMLElement>('[data-stock]');
  const status = buy.querySelector<HTMLElement>('[data-added-status]')!;
  const radios = [...buy.querySelectorAll<HTMLInputElement>('input[name="variant"]')];
  const chosen = () => radios.find((r) => r.checked) ?? radios[0];

  const show = () => {
    const r = chosen();
    if (!r) return;
    if (priceNow) priceNow.textContent = r.dataset.priceText ?? '';
    if (priceWas) {
      priceWas.hidden = !r.dataset.wasText;
      priceWas.querySelector('[data-was-value]')!.textContent = r.dataset.wasText ?? '';
    }
    if (stock) {
      stock.textContent = r.dataset.stockText ?? '';
      stock.className = `stock ${r.dataset.stockState}`;
    }
    button.disabled = r.dataset.stockState === 'out';
    status.textContent = '';
  };
  for (const r of radios) r.addEventListener('change', show);
  button.hidden = false;
  show();

  button.addEventListener('click', () => {
    const r = chosen();
    if (!r || button.disabled) return;
    cartActions.add({
      variantId: r.value,
      productSlug: button.dataset.productSlug!,
      name: button.dataset.name!,
      variantLabel: r.dataset.label ?? '',
      price: Number(r.dataset.price),
      image: button.dataset.image || undefined,
    });
    status.textContent = status.dataset.addedText ?? '';
  });
}
