/**
 * Product page: keeps price, stock, SKU, option states, the gallery and the add-to-cart button in step with
 * the chosen variant, over markup from components/ProductBuyBox.astro. Price and stock baked in by the build
 * are only the first paint: on load they are re-read from the API, and an add to cart waits for that answer.
 */
import { cartActions, startCart } from '../cart/cart.store';
import { stockState } from '../catalog/stock';
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import { fetchAvailability } from './availability';
import { startGallery } from './gallery';
import { optionNote, type PageLabels, type PageVariant } from './page-data';
import { OPTIONS, defaultVariant, discountPercent, optionState, pickOption, stockText, type OptionKey } from './variant-choice';

startCart();
const root = document.querySelector<HTMLElement>('[data-product]');
if (root) {
  const variants = JSON.parse(root.dataset.variants ?? '[]') as PageVariant[];
  const labels = JSON.parse(root.dataset.labels ?? '{}') as PageLabels;
  const lang = root.dataset.lang as Lang;
  const galleryRoot = document.querySelector<HTMLElement>('[data-gallery]');
  const gallery = galleryRoot && startGallery(galleryRoot);
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const priceLine = one<HTMLElement>('.price-line');
  const barPrice = one<HTMLElement>('.bar-price');
  const stock = one<HTMLElement>('[data-stock]');
  const button = one<HTMLButtonElement>('[data-add-to-cart]');
  const status = one<HTMLElement>('[data-added-status]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const price = (tiyn: number) => labels.prices[tiyn] ?? formatPrice(tiyn, lang);

  let current = variants.find((v) => v.id === root.dataset.selected) ?? variants[0]!;
  let touched = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  // Only what changed is written: rewriting the same text into a live region makes screen readers repeat it.
  const write = (el: Element, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };
  const setText = (selector: string, text: string) => root.querySelectorAll(selector).forEach((el) => write(el, text));
  const setHidden = (selector: string, hidden: boolean) => {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) el.hidden = hidden;
  };

  const render = () => {
    for (const radio of radios) {
      const key = radio.name as OptionKey;
      const state = optionState(variants, current, key, radio.value);
      radio.checked = String(current[key]) === radio.value;
      const label = radio.closest('label')!;
      label.classList.toggle('unavailable', state !== 'available');
      write(label.querySelector('[data-note]')!, optionNote(state, labels));
    }
    for (const key of OPTIONS) setText(`[data-chosen="${key}"]`, current.names[key]);
    const discount = discountPercent(current.price, current.compareAtPrice);
    for (const line of [priceLine, barPrice]) line.classList.toggle('on-sale', discount > 0);
    setText('[data-price-now], [data-bar-price]', price(current.price));
    setText('[data-was-value], [data-bar-was]', discount ? price(current.compareAtPrice!) : '');
    setHidden('[data-price-was], [data-bar-was], [data-sale]', !discount);
    setText('[data-sale-value]', `−${discount}%`);
    setText('[data-stock]', stockText(current.stock, labels.stock, lang));
    stock.className = `stock ${stockState(current.stock)}`;
    setText('[data-sku]', current.sku);
    button.disabled = stockState(current.stock) === 'out';
  };

  const choose = (next: PageVariant) => {
    const colourChanged = next.colour !== current.colour;
    current = next;
    render();
    if (colourChanged && next.slide >= 0) gallery?.show(next.slide);
  };

  for (const radio of radios) {
    radio.addEventListener('change', () => {
      touched = true;
      status.textContent = '';
      const next = pickOption(variants, current, radio.name as OptionKey, radio.value);
      if (next) choose(next);
    });
  }

  // A failed check (offline) leaves the build's values: the cart re-checks every line before checkout anyway.
  const live = fetchAvailability(variants.map((v) => v.id)).then(
    (fresh) => {
      for (const v of variants) Object.assign(v, fresh.get(v.id) ?? { stock: 0 });
      // Until the shopper picks, the page shows what it would open on had it been built just now.
      choose(touched ? current : (defaultVariant(variants) ?? current));
    },
    () => undefined,
  );

  button.addEventListener('click', async () => {
    await live;
    if (stockState(current.stock) === 'out') return;
    cartActions.add({ variantId: current.id, productSlug: root.dataset.slug!, name: root.dataset.name!, variantLabel: current.label, price: current.price, image: current.image || undefined });
    status.textContent = labels.added;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), 4000);
  });

  render();
}
