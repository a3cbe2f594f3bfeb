/**
 * The checkout page (components/CheckoutForm.astro): shows the state that fits the shopper (signed out,
 * empty cart, the form), keeps a server-priced preview of the cart and the chosen delivery in view, and
 * places the order with the total the shopper saw under one idempotency key per attempt (idempotency.ts).
 */
import type { PreviewOrderQuery } from '../../lib/graphql/generated/graphql';
import { deliveryMethodsOperation, placeOrderOperation, previewOrderOperation } from '../../lib/graphql/operations';
import { runOperation, type OperationResult } from '../../lib/graphql/request';
import { formatPrice } from '../../lib/money';
import { browserStorage } from '../../lib/storage';
import type { Lang } from '../../paths';
import { displayName } from '../auth/auth';
import { $viewer } from '../auth/viewer.store';
import type { CartLine } from '../cart/cart';
import { fillTemplate } from '../cart/cart-refresh';
import { $cart, cartActions, startCart } from '../cart/cart.store';
import { JUST_PLACED_KEY } from '../orders/order-view';
import { addressFields, lineFix, missingFields, orderLines, placeOrderInput, previewNotice, problemOf, type DeliveryMethod, type Field, type FormValues, type LineNotice, type Preview, type Problem } from './checkout';
import type { CheckoutLabels } from './checkout-labels';
import { IdempotencyKey } from './idempotency';

const PREVIEW_DELAY_MS = 250;

const root = document.querySelector<HTMLElement>('[data-checkout]')!;
const lang = root.dataset.lang as Lang;
const labels = JSON.parse(root.dataset.labels ?? '{}') as CheckoutLabels;
const form = root.querySelector<HTMLFormElement>('[data-checkout-form]')!;
const get = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
const methodList = get<HTMLElement>('[data-methods]');
const methodsLoading = get<HTMLElement>('[data-methods-loading]');
const methodTemplate = get<HTMLTemplateElement>('template[data-method-template]');
const lineList = get<HTMLUListElement>('[data-lines]');
const lineTemplate = get<HTMLTemplateElement>('template[data-line-template]');
const summary = get<HTMLElement>('[data-summary]');
const subtotal = get<HTMLElement>('[data-subtotal]');
const deliveryPrice = get<HTMLElement>('[data-delivery-price]');
const total = get<HTMLElement>('[data-total]');
const previewStatus = get<HTMLElement>('[data-preview-status]');
const message = get<HTMLElement>('[data-message]');
const placeButton = get<HTMLButtonElement>('[data-place]');

const key = new IdempotencyKey(browserStorage('session'));

let methods: DeliveryMethod[] = [];
let methodsRequested = false;
/** The last preview the API gave, and the request (lines and method) it answers. */
let preview: Preview | undefined;
let previewFor = '';
/** A problem the API found with one line or the whole cart while previewing (the preview itself then failed). */
let previewProblem: Problem | undefined;
/** Lines placeOrder refused for stock, until a new preview speaks for them. */
const stockProblems = new Map<string, LineNotice>();
/** The preview request in flight, so a click waits for it rather than asking twice. */
let inflight: { request: string; done: Promise<void> } | undefined;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewSeq = 0;
/** The shown total changed under the shopper (CONFLICT price_changed): the button asks to confirm it. */
let confirming = false;
let placing = false;
let placed = false;

const lines = (): CartLine[] => $cart.get();
const chosenMethod = (): DeliveryMethod | undefined => methods.find((m) => m.code === formValues().method);
const requestKey = () => JSON.stringify([orderLines(lines()), formValues().method]);
/** The API has answered for exactly what is on the screen (with a preview, or with a line it refuses). */
const answered = () => previewFor === requestKey();
const freshPreview = () => (answered() && !previewProblem ? preview : undefined);

function formValues(): FormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    name: text('name'), phone: text('phone'), method: text('method'), city: text('city'), address: text('address'), postalCode: text('postalCode'), comment: text('comment'),
    paymentMethod: text('paymentMethod') === 'on_delivery' ? 'on_delivery' : 'online',
  };
}

function setState(state: 'loading' | 'signedOut' | 'empty' | 'ready'): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-when]')) section.hidden = section.dataset.when !== state;
}

function render(): void {
  if (placed) return;
  const viewer = $viewer.get();
  if (viewer.status !== 'signedIn') return setState(viewer.status);
  if (lines().length === 0) return setState('empty');
  setState('ready');
  const name = form.elements.namedItem('name') as HTMLInputElement;
  if (!name.value) name.value = displayName(viewer.user);
  if (!methodsRequested) void loadMethods();
  renderLines();
  renderTotals();
  schedulePreview();
}

// --- delivery methods ---

async function loadMethods(): Promise<void> {
  methodsRequested = true;
  try {
    const { data } = await runOperation(deliveryMethodsOperation, { locale: lang });
    methods = data?.deliveryMethods ?? [];
  } catch {
    methods = [];
  }
  if (!methods.length) {
    methodsLoading.replaceChildren(labels.deliveryFailed, ' ', retryButton(() => void loadMethods()));
    return;
  }
  methodsLoading.hidden = true;
  methodList.replaceChildren(...methods.map(methodOption));
}

function methodOption(method: DeliveryMethod): HTMLElement {
  const option = (methodTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const input = option.querySelector('input')!;
  input.value = method.code;
  option.querySelector('[data-name]')!.textContent = method.name;
  option.querySelector('[data-description]')!.textContent = method.description;
  option.querySelector('[data-price]')!.textContent = method.price ? formatPrice(method.price, lang) : labels.free;
  return option;
}

function showAddressFields(): void {
  const shown = addressFields(chosenMethod());
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-address-field]')) wrapper.hidden = !shown[wrapper.dataset.addressField as keyof typeof shown];
}

// --- preview ---

function schedulePreview(): void {
  if (answered() || !lines().length) return;
  clearTimeout(previewTimer);
  summary.setAttribute('aria-busy', 'true');
  previewTimer = setTimeout(() => void runPreview(), PREVIEW_DELAY_MS);
}

/** Prices the cart as it is now; resolves when the answer for the newest request is in. */
function runPreview(): Promise<void> {
  clearTimeout(previewTimer);
  const request = requestKey();
  if (inflight?.request === request) return inflight.done;
  const seq = ++previewSeq;
  const method = formValues().method;
  summary.setAttribute('aria-busy', 'true');
  const done = (async () => {
    let result: OperationResult<PreviewOrderQuery> | undefined;
    try {
      result = await runOperation(previewOrderOperation, { lines: orderLines(lines()), deliveryMethod: method || null, locale: lang });
    } catch {
      result = undefined;
    }
    if (seq !== previewSeq) return;
    inflight = undefined;
    summary.removeAttribute('aria-busy');
    const data = result?.data?.previewOrder;
    if (data) {
      preview = data;
      previewFor = request;
      previewProblem = undefined;
      stockProblems.clear();
      confirming = false;
      previewStatus.replaceChildren();
    } else {
      const problem = result ? problemOf(result.errors?.[0]) : undefined;
      if (problem?.kind === 'line' || problem?.kind === 'lines') {
        previewProblem = problem;
        previewFor = request;
        previewStatus.replaceChildren();
      } else {
        showPreviewFailure();
      }
    }
    renderLines();
    renderTotals();
  })();
  inflight = { request, done };
  return done;
}

/** Asks again for what is on the screen, even though the API answered for it before. */
function refreshPreview(): void {
  previewFor = '';
  void runPreview();
}

function retryButton(retry: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary size-sm';
  button.textContent = labels.retry;
  button.addEventListener('click', retry);
  return button;
}

function showPreviewFailure(): void {
  previewStatus.replaceChildren(labels.messages.previewFailed, ' ', retryButton(() => void runPreview()));
}

/** A preview for exactly what is on the screen, fetching one if the last is stale. */
async function currentPreview(): Promise<Preview | undefined> {
  if (!answered()) await runPreview();
  return freshPreview();
}

// --- rendering the summary ---

function noticeOf(line: CartLine, index: number): LineNotice | undefined {
  const fromStock = stockProblems.get(line.variantId);
  if (fromStock) return fromStock;
  if (previewProblem?.kind === 'line' && previewProblem.index === index && answered()) return previewProblem.notice;
  const priced = preview?.lines.find((l) => l.variantId === line.variantId);
  return priced ? previewNotice(priced) : undefined;
}

function noticeText(notice: LineNotice): string {
  switch (notice.kind) {
    case 'unavailable': return labels.unavailable;
    case 'soldOut': return labels.soldOut;
    case 'onlyLeft': return fillTemplate(labels.onlyLeft, { count: notice.count });
    case 'tooMany': return fillTemplate(labels.tooMany, { count: notice.count });
  }
}

function renderLines(): void {
  const items = lines().map((line, index) => {
    const li = (lineTemplate.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    li.dataset.variantId = line.variantId;
    const priced = preview?.lines.find((l) => l.variantId === line.variantId);
    const unitPrice = priced?.unitPrice ?? line.price;
    const name = li.querySelector<HTMLElement>('[data-name]')!;
    name.id = `checkout-line-${line.variantId}`;
    name.textContent = priced?.productName ?? line.name;
    li.querySelector('[data-meta]')!.textContent = [line.variantLabel, `${line.quantity} × ${formatPrice(unitPrice, lang)}`].filter(Boolean).join(' · ');
    li.querySelector('[data-line-total]')!.textContent = formatPrice(priced?.lineTotal ?? unitPrice * line.quantity, lang);
    const image = li.querySelector<HTMLImageElement>('[data-image]')!;
    if (line.image) {
      // A photo the shop has since replaced leaves the grey frame rather than a broken image.
      image.addEventListener('error', () => (image.hidden = true));
      image.src = line.image;
      image.hidden = false;
    }
    const notice = noticeOf(line, index);
    li.classList.toggle('problem', Boolean(notice));
    if (notice) {
      const text = li.querySelector<HTMLElement>('[data-notice]')!;
      text.hidden = false;
      text.dataset.kind = notice.kind;
      text.textContent = noticeText(notice);
      const fix = lineFix(notice);
      const button = li.querySelector<HTMLButtonElement>('[data-fix]')!;
      button.hidden = false;
      button.textContent = fix.kind === 'remove' ? labels.fixRemove : fillTemplate(labels.fixSetQuantity, { count: fix.quantity });
      button.setAttribute('aria-describedby', name.id);
      button.addEventListener('click', () => {
        stockProblems.delete(line.variantId);
        if (fix.kind === 'remove') cartActions.remove(line.variantId);
        else cartActions.setQuantity(line.variantId, fix.quantity);
        placeButton.focus();
      });
    }
    return li;
  });
  lineList.replaceChildren(...items);
}

function renderTotals(): void {
  const method = chosenMethod();
  const fresh = freshPreview();
  subtotal.textContent = fresh ? formatPrice(fresh.subtotal, lang) : '—';
  const delivery = fresh?.deliveryPrice ?? method?.price ?? 0;
  deliveryPrice.textContent = !method ? labels.deliveryChoose : delivery ? formatPrice(delivery, lang) : labels.free;
  total.textContent = fresh ? formatPrice(fresh.total, lang) : '—';
  if (!placing) placeButton.textContent = confirming ? labels.confirmTotal : labels.place;
}

// --- field errors ---

function control(field: Field): HTMLElement {
  return field === 'method' ? methodList : (form.elements.namedItem(field) as HTMLElement);
}

function setFieldError(field: Field, text: string | undefined): void {
  const error = root.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!;
  const target = control(field);
  const described = new Set((target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  error.hidden = !text;
  error.textContent = text ?? '';
  if (text) {
    target.setAttribute('aria-invalid', 'true');
    described.add(error.id);
  } else {
    target.removeAttribute('aria-invalid');
    described.delete(error.id);
  }
  if (described.size) target.setAttribute('aria-describedby', [...described].join(' '));
  else target.removeAttribute('aria-describedby');
}

function focusField(field: Field): void {
  const target = field === 'method' ? (methodList.querySelector<HTMLInputElement>('input:checked') ?? methodList.querySelector<HTMLInputElement>('input')) : control(field);
  target?.focus();
}

function showFieldErrors(fields: Field[]): void {
  for (const field of fields) setFieldError(field, labels.fields[field]);
  say(labels.messages.form);
  if (fields[0]) focusField(fields[0]);
}

/** The bar's message: text, and a link after it when the shopper has somewhere to go. */
function say(text: string, link?: { href: string; label: string }): void {
  const parts: (string | Node)[] = [text];
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.label;
    parts.push(' ', a);
  }
  message.replaceChildren(...(text ? parts : []));
}

// --- placing the order ---

function setPlacing(on: boolean): void {
  placing = on;
  // aria-disabled, not disabled: the button keeps the keyboard focus, and a second tap is ignored here.
  if (on) placeButton.setAttribute('aria-disabled', 'true');
  else placeButton.removeAttribute('aria-disabled');
  placeButton.textContent = on ? labels.placing : confirming ? labels.confirmTotal : labels.place;
}

async function placeOrder(): Promise<void> {
  if (placing) return;
  say('');
  const values = formValues();
  const method = chosenMethod();
  const missing = missingFields(values, method);
  if (missing.length) return showFieldErrors(missing);
  setPlacing(true);
  try {
    const priced = await currentPreview();
    if (!priced) return say(previewProblem ? labels.messages.lines : labels.messages.previewFailed);
    if (!priced.orderable) {
      // Stock may have come back since: the next press finds out.
      refreshPreview();
      return say(labels.messages.lines);
    }
    const ordered = lines();
    let result;
    try {
      result = await runOperation(placeOrderOperation, { input: placeOrderInput(values, ordered, method, priced.total), idempotencyKey: key.current(), locale: lang });
    } catch {
      result = undefined;
    }
    const number = result?.data?.placeOrder.number;
    if (number) return placedOrder(number, ordered);
    const problem = problemOf(result?.errors?.[0]);
    key.settle(problem.kind);
    handleProblem(problem);
  } finally {
    if (!placed) setPlacing(false);
  }
}

function placedOrder(number: string, ordered: CartLine[]): void {
  placed = true;
  key.settle('placed');
  try {
    browserStorage('session')?.setItem(JUST_PLACED_KEY, number);
  } catch {
    // the thank-you line is a nicety
  }
  // Only what was ordered leaves the cart: a line added in another tab meanwhile stays.
  for (const line of ordered) cartActions.remove(line.variantId);
  location.assign(orderHref(number));
}

function orderHref(number: string): string {
  return (root.dataset.orderHref ?? '').replace('__number__', encodeURIComponent(number));
}

function handleProblem(problem: Problem): void {
  const messages = labels.messages;
  switch (problem.kind) {
    case 'field':
      return showFieldErrors([problem.field]);
    case 'line':
    case 'lines':
      previewProblem = problem;
      previewFor = requestKey();
      renderLines();
      renderTotals();
      return say(messages.lines);
    case 'outOfStock':
      stockProblems.set(problem.variantId, problem.notice);
      renderLines();
      refreshPreview();
      return say(messages.outOfStock);
    case 'priceChanged':
      preview = problem.preview;
      previewFor = requestKey();
      previewProblem = undefined;
      confirming = true;
      renderLines();
      renderTotals();
      return say(messages.priceChanged);
    case 'alreadyPlaced':
      return say(fillTemplate(messages.alreadyPlaced, { number: problem.number }), { href: orderHref(problem.number), label: messages.openOrder });
    case 'unpaidLimit':
      return say(fillTemplate(messages.unpaidLimit, { count: problem.limit }), { href: root.dataset.profileHref ?? '', label: labels.profile });
    case 'rateLimited':
      return say(messages.rateLimited);
    case 'signedOut':
      return say(messages.signedOut, { href: root.dataset.signInHref ?? '', label: labels.signIn });
    case 'failed':
      return say(messages.failed);
  }
}

// --- wiring ---

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void placeOrder();
});
form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  const field = target.name as Field;
  if (root.querySelector(`[data-error-for="${field}"]:not([hidden])`)) setFieldError(field, undefined);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name !== 'method') return;
  showAddressFields();
  renderTotals();
  schedulePreview();
});

startCart();
$viewer.subscribe(render);
$cart.listen(render);
