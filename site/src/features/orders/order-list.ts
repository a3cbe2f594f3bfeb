/** The profile's order list (components/OrderList.astro): pages of `myOrders`, appended by "show more". */
import type { MyOrdersQuery } from '../../lib/graphql/generated/graphql';
import { myOrdersOperation } from '../../lib/graphql/operations';
import { runOperation } from '../../lib/graphql/request';
import { formatPrice } from '../../lib/money';
import type { Lang } from '../../paths';
import type { OrderLabels } from './order-labels';
import { formatDate, itemCountText, setBadgeTone, statusTone } from './order-view';

type OrderSummary = MyOrdersQuery['myOrders']['nodes'][number];

/** Fills the list in `root` with the shopper's first page of orders and wires "show more". */
export function mountOrderList(root: HTMLElement): void {
  const lang = root.dataset.lang as Lang;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as OrderLabels;
  const get = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const list = get<HTMLUListElement>('[data-orders]');
  const template = get<HTMLTemplateElement>('template[data-order-template]');
  const more = get<HTMLButtonElement>('[data-orders-more]');
  const failed = get('[data-orders-failed]');
  let after: string | null = null;

  function card(order: OrderSummary): HTMLElement {
    const li = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    li.querySelector<HTMLAnchorElement>('[data-link]')!.href = (root.dataset.orderHref ?? '').replace('__number__', encodeURIComponent(order.number));
    li.querySelector('[data-number]')!.textContent = order.number;
    setBadgeTone(li.querySelector('.order-status')!, statusTone(order.status));
    li.querySelector('[data-status]')!.textContent = labels.status[order.status];
    const date = li.querySelector('time')!;
    date.dateTime = order.createdAt;
    date.textContent = formatDate(order.createdAt, labels.dates);
    li.querySelector('[data-count]')!.textContent = itemCountText(order.lines, labels.items, lang);
    li.querySelector('[data-total]')!.textContent = formatPrice(order.total, lang);
    return li;
  }

  async function loadPage(): Promise<void> {
    const fromMore = document.activeElement === more;
    more.setAttribute('aria-disabled', 'true');
    failed.hidden = true;
    try {
      const { data } = await runOperation(myOrdersOperation, { after });
      if (!data) throw new Error('no orders');
      const page = data.myOrders;
      const cards = page.nodes.map(card);
      list.append(...cards);
      after = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      get('[data-orders-empty]').hidden = page.totalCount > 0;
      // After "show more", the keyboard continues at the first new order rather than at the vanished button.
      if (fromMore && more.hidden) cards[0]?.querySelector('a')?.focus();
    } catch {
      failed.hidden = false;
    } finally {
      get('[data-orders-loading]').hidden = true;
      more.removeAttribute('aria-disabled');
    }
  }

  more.addEventListener('click', () => {
    if (!more.getAttribute('aria-disabled')) void loadPage();
  });
  get('[data-orders-retry]').addEventListener('click', () => void loadPage());
  void loadPage();
}
