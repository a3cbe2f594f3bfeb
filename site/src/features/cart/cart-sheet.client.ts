/**
 * The cart sheet's behaviour, loaded on first use (see cart-sheet.ts): it renders the shared store into the
 * markup of components/CartSheet.astro, bounds each stepper by the stock the one variants request reports,
 * and keeps keyboard focus on a sensible control when a line disappears under it.
 */
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import { itemCount, type CartLine } from './cart';
import type { CartLabels } from './cart-labels';
import { countText, fillTemplate, lineNotices, lineView, noticeText, orderableTotal } from './cart-refresh';
import { fetchCartVariants, type FreshLine } from './cart-variants';
import { $cart, cartActions, startCart } from './cart.store';

type SheetLabels = Pick<CartLabels, 'increaseOf' | 'decreaseOf' | 'removeOf' | 'quantityOf' | 'width' | 'priceChanged' | 'onlyLeft' | 'soldOut' | 'unavailable' | 'checkFailed' | 'items'>;

interface Row {
  li: HTMLLIElement;
  image: HTMLImageElement;
  name: HTMLAnchorElement;
  variant: HTMLElement;
  notice: HTMLElement;
  stepper: HTMLElement;
  decrease: HTMLButtonElement;
  increase: HTMLButtonElement;
  quantity: HTMLOutputElement;
  price: HTMLElement;
  remove: HTMLButtonElement;
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cart-sheet]')!;
const lang = dialog.dataset.lang as Lang;
const labels = JSON.parse(dialog.dataset.labels ?? '{}') as SheetLabels;
const productHref = dialog.dataset.productHref ?? '';
const list = dialog.querySelector<HTMLUListElement>('[data-cart-sheet-lines]')!;
const template = dialog.querySelector<HTMLTemplateElement>('template[data-cart-sheet-line]')!;
const empty = dialog.querySelector<HTMLElement>('[data-cart-sheet-empty]')!;
const summary = dialog.querySelector<HTMLElement>('[data-cart-sheet-summary]')!;
const subtotal = dialog.querySelector<HTMLElement>('[data-cart-sheet-subtotal]')!;
const count = dialog.querySelector<HTMLElement>('[data-cart-sheet-count]')!;
const status = dialog.querySelector<HTMLElement>('[data-cart-sheet-status]')!;
const continueButton = dialog.querySelector<HTMLButtonElement>('[data-cart-sheet-continue]')!;

const rows = new Map<string, Row>();
let fresh: Map<string, FreshLine> | undefined;
let freshFor = '';
let returnFocus: HTMLElement | undefined;

function createRow(variantId: string): Row {
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  li.dataset.variantId = variantId;
  const get = <T extends Element>(selector: string) => li.querySelector<T>(selector)!;
  return {
    li,
    image: get('[data-image]'),
    name: get('[data-name]'),
    variant: get('[data-variant]'),
    notice: get('[data-notice]'),
    stepper: get('[data-stepper]'),
    decrease: get('[data-step="-1"]'),
    increase: get('[data-step="1"]'),
    quantity: get('[data-quantity]'),
    price: get('[data-price]'),
    remove: get('[data-remove]'),
  };
}

/** aria-disabled rather than disabled: a focused stepper that reaches its bound keeps the keyboard focus. */
function setEnabled(button: HTMLButtonElement, enabled: boolean): void {
  if (enabled) button.removeAttribute('aria-disabled');
  else button.setAttribute('aria-disabled', 'true');
}

function updateRow(row: Row, line: CartLine): void {
  const current = fresh?.get(line.variantId);
  const view = lineView(line, current, labels.width);
  const named = { name: view.name };
  if (line.image && row.image.getAttribute('src') !== line.image) row.image.src = line.image;
  row.image.hidden = !line.image;
  row.name.textContent = view.name;
  row.name.href = productHref.replace('__slug__', view.slug);
  row.variant.textContent = view.variant;
  const notice = fresh ? lineNotices(line, current)[0] : undefined;
  row.notice.hidden = !notice;
  row.notice.textContent = notice ? noticeText(notice, labels, lang) : '';
  if (notice) row.notice.dataset.kind = notice.kind;
  row.stepper.setAttribute('aria-label', fillTemplate(labels.quantityOf, named));
  row.decrease.setAttribute('aria-label', fillTemplate(labels.decreaseOf, named));
  row.increase.setAttribute('aria-label', fillTemplate(labels.increaseOf, named));
  row.remove.setAttribute('aria-label', fillTemplate(labels.removeOf, named));
  row.increase.dataset.max = String(view.max);
  setEnabled(row.decrease, line.quantity > 1);
  setEnabled(row.increase, line.quantity < view.max);
  row.quantity.value = String(line.quantity);
  row.price.textContent = formatPrice(view.price, lang);
}

function render(lines: readonly CartLine[]): void {
  lines.forEach((line, index) => {
    let row = rows.get(line.variantId);
    if (!row) {
      row = createRow(line.variantId);
      rows.set(line.variantId, row);
    }
    updateRow(row, line);
    if (list.children[index] !== row.li) list.insertBefore(row.li, list.children[index] ?? null);
  });
  const kept = new Set(lines.map((l) => l.variantId));
  for (const [id, row] of rows) {
    if (kept.has(id)) continue;
    row.li.remove();
    rows.delete(id);
  }
  list.hidden = !lines.length;
  empty.hidden = lines.length > 0;
  summary.hidden = !lines.length;
  subtotal.textContent = formatPrice(orderableTotal(lines, fresh), lang);
  count.textContent = `(${countText(itemCount(lines), labels.items, lang)})`;
  if (dialog.open) void refresh(lines);
}

/** One variants request per open sheet and set of lines: a quantity change asks nothing. */
async function refresh(lines: readonly CartLine[]): Promise<void> {
  const ids = [...new Set(lines.map((l) => l.variantId))].sort();
  const key = ids.join(',');
  if (!ids.length || key === freshFor) return;
  freshFor = key;
  try {
    const answer = await fetchCartVariants(ids, lang);
    if (freshFor !== key) return;
    fresh = answer;
    status.textContent = '';
    render($cart.get());
  } catch {
    if (freshFor === key) freshFor = '';
    status.textContent = labels.checkFailed;
  }
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-step], button[data-remove]');
  const li = button?.closest<HTMLLIElement>('li[data-variant-id]');
  if (!button || !li) return;
  const variantId = li.dataset.variantId!;
  const line = $cart.get().find((l) => l.variantId === variantId);
  if (!line) return;
  if (button.hasAttribute('data-step')) {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const next = line.quantity + Number(button.dataset.step);
    cartActions.setQuantity(variantId, Math.min(next, Number(button.dataset.max ?? next)));
    return;
  }
  // The removed line takes the focused button with it: hand focus to the next line's remove button, else the previous one's, else the empty state.
  const index = [...list.children].indexOf(li);
  cartActions.remove(variantId);
  const neighbour = list.children[index] ?? list.children[index - 1];
  (neighbour?.querySelector<HTMLButtonElement>('[data-remove]') ?? continueButton).focus();
});

dialog.addEventListener('close', () => {
  if (returnFocus?.isConnected) returnFocus.focus();
  returnFocus = undefined;
  // The next opening asks the API again: stock may have moved while the sheet was shut.
  freshFor = '';
});

startCart();
$cart.subscribe(render);

/** Opens the sheet with the current lines; focus goes back to `opener` when it closes. */
export function open(opener?: HTMLElement): void {
  returnFocus = opener;
  if (!dialog.open) dialog.showModal();
  void refresh($cart.get());
}
