/**
 * The order page (components/OrderDetails.astro): reads `?number=`, shows the shopper's order from
 * `myOrder`, and cancels it after a confirm step while the API says it may (`canCancel`).
 */
import type { MyOrderQuery } from '../../lib/graphql/generated/graphql';
import { cancelMyOrderOperation, myOrderOperation } from '../../lib/graphql/operations';
import { runOperation } from '../../lib/graphql/request';
import { formatPrice } from '../../lib/money';
import { browserStorage } from '../../lib/storage';
import type { Lang } from '../../paths';
import { $viewer } from '../auth/viewer.store';
import { fillTemplate } from '../cart/cart-refresh';
import type { OrderLabels } from './order-labels';
import { JUST_PLACED_KEY, formatDateTime, formatDeadline, formatPhone, setBadgeTone, statusTone } from './order-view';

type Order = MyOrderQuery['myOrder'];
type State = 'loading' | 'signedOut' | 'notFound' | 'failed' | 'ready';

const root = document.querySelector<HTMLElement>('[data-order]')!;
const lang = root.dataset.lang as Lang;
const labels = JSON.parse(root.dataset.labels ?? '{}') as OrderLabels;
const get = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const title = document.querySelector<HTMLElement>('[data-order-title]');
const number = new URLSearchParams(location.search).get('number') ?? '';
const message = get('[data-message]');
const cancelBox = get('[data-cancel]');
const cancelStart = get<HTMLButtonElement>('[data-cancel-start]');
const cancelConfirm = get('[data-cancel-confirm]');
const cancelYes = get<HTMLButtonElement>('[data-cancel-yes]');
const cancelNo = get<HTMLButtonElement>('[data-cancel-no]');

let order: Order | undefined;
let requested = false;

function setState(state: State): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-when]')) section.hidden = section.dataset.when !== state;
}

function text(selector: string, value: string): void {
  get(selector).textContent = value;
}

async function load(): Promise<void> {
  requested = true;
  if (!number) return setState('notFound');
  setState('loading');
  try {
    const { data, errors } = await runOperation(myOrderOperation, { number, locale: lang });
    const code = errors?.[0]?.extensions?.code;
    if (data?.myOrder) {
      order = data.myOrder;
      return render();
    }
    // A malformed number is BAD_USER_INPUT; to the shopper it is just as missing as another's order.
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return setState('notFound');
    if (code === 'UNAUTHENTICATED') return setState('signedOut');
    setState('failed');
  } catch {
    setState('failed');
  }
}

function render(): void {
  if (!order) return;
  const o = order;
  const numbered = fillTemplate(labels.numbered, { number: o.number });
  if (title) title.textContent = numbered;
  document.title = document.title.replace(/^[^—]+/, `${numbered} `);
  renderThanks(o.number);

  const badge = get('.order-status');
  setBadgeTone(badge, statusTone(o.status));
  text('[data-status]', labels.status[o.status]);
  text('[data-placed-at]', fillTemplate(labels.placedAt, { date: formatDateTime(o.createdAt, labels.dates) }));

  const due = o.status === 'pending_payment' && o.paymentDueAt;
  get('[data-due]').hidden = !due;
  if (due) text('[data-due-time]', fillTemplate(labels.payBy, { time: formatDeadline(due, new Date(), labels.dates) }));

  const lineTemplate = get<HTMLTemplateElement>('[data-line-template]');
  get('[data-lines]').replaceChildren(...o.lines.map((line) => {
    const li = (lineTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    li.querySelector('[data-name]')!.textContent = line.productName;
    li.querySelector('[data-meta]')!.textContent = `${line.quantity} × ${formatPrice(line.unitPrice, lang)}`;
    li.querySelector('[data-sku]')!.textContent = fillTemplate(labels.sku, { sku: line.sku });
    li.querySelector('[data-line-total]')!.textContent = formatPrice(line.lineTotal, lang);
    return li;
  }));
  text('[data-subtotal]', formatPrice(o.subtotal, lang));
  text('[data-delivery-price]', o.deliveryPrice ? formatPrice(o.deliveryPrice, lang) : labels.free);
  text('[data-total]', formatPrice(o.total, lang));

  const { method, city, address, postalCode } = o.delivery;
  text('[data-method]', method.name);
  text('[data-destination]', method.kind === 'pickup' ? method.description : [postalCode, city, address].filter(Boolean).join(', '));
  text('[data-contact-name]', o.contactName);
  text('[data-contact-phone]', formatPhone(o.contactPhone));
  text('[data-payment]', o.paymentMethod === 'online' ? labels.paymentOnline : labels.paymentOnDelivery);
  text('[data-paid]', o.paidAt ? fillTemplate(labels.paidAt, { date: formatDateTime(o.paidAt, labels.dates) }) : o.paymentMethod === 'on_delivery' ? labels.onDeliveryText : '');
  get('[data-comment-row]').hidden = !o.comment;
  text('[data-comment]', o.comment ?? '');

  const eventTemplate = get<HTMLTemplateElement>('[data-event-template]');
  get('[data-history]').replaceChildren(...o.statusHistory.map((change) => {
    const li = (eventTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    li.querySelector('[data-change]')!.textContent = change.from ? `${labels.status[change.from]} → ${labels.status[change.to]}` : `${labels.created}: ${labels.status[change.to]}`;
    const at = li.querySelector('time')!;
    at.dateTime = change.at;
    at.textContent = formatDateTime(change.at, labels.dates);
    li.querySelector('[data-actor]')!.textContent = labels.actor[change.actor];
    return li;
  }));

  cancelBox.hidden = !o.canCancel;
  setState('ready');
}

/** The thank-you line shows once, on the page the checkout just sent this tab to. */
function renderThanks(placed: string): void {
  let justPlaced = false;
  try {
    const storage = browserStorage('session');
    justPlaced = storage?.getItem(JUST_PLACED_KEY) === placed;
    if (justPlaced) storage?.removeItem(JUST_PLACED_KEY);
  } catch {
    // blocked storage: no thank-you line
  }
  // Shown on the first rendering only: once the order has moved on (cancelled here), thanks would read oddly.
  get('[data-thanks]').hidden = !justPlaced;
  if (justPlaced) text('[data-thanks-text]', fillTemplate(labels.thanks, { number: placed }));
}

function showConfirm(open: boolean): void {
  cancelConfirm.hidden = !open;
  cancelStart.hidden = open;
  if (open) {
    text('[data-cancel-question]', fillTemplate(labels.cancelConfirm, { number: order?.number ?? number }));
    // The safe answer takes the focus: Enter pressed twice must not cancel.
    cancelNo.focus();
  } else {
    cancelStart.focus();
  }
}

async function cancel(): Promise<void> {
  if (!order || cancelYes.getAttribute('aria-disabled')) return;
  cancelYes.setAttribute('aria-disabled', 'true');
  message.textContent = labels.cancelling;
  try {
    const { data, errors } = await runOperation(cancelMyOrderOperation, { number: order.number, locale: lang });
    if (data?.cancelMyOrder) {
      order = { ...order, ...data.cancelMyOrder };
      render();
      message.textContent = labels.cancelled;
      // The button under the focus is gone: the title, right above the new status, takes it.
      title?.setAttribute('tabindex', '-1');
      title?.focus();
      return;
    }
    if (errors?.[0]?.extensions?.code === 'CONFLICT') {
      // Paid or shipped meanwhile: show the order as it is now.
      await load();
      message.textContent = labels.cancelConflict;
      return;
    }
    message.textContent = labels.cancelFailed;
  } catch {
    message.textContent = labels.cancelFailed;
  } finally {
    cancelYes.removeAttribute('aria-disabled');
    if (order && !order.canCancel) cancelConfirm.hidden = true;
  }
}

cancelStart.addEventListener('click', () => showConfirm(true));
cancelNo.addEventListener('click', () => showConfirm(false));
cancelYes.addEventListener('click', () => void cancel());
get('[data-retry]').addEventListener('click', () => void load());

$viewer.subscribe((viewer) => {
  if (viewer.status === 'signedOut') setState('signedOut');
  else if (viewer.status === 'signedIn' && !requested) void load();
});
