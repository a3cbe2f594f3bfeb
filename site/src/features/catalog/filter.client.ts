/**
 * Combining facets in the browser, where that can be correct.
 *
 * Every facet value is a link to its pre-built single-facet page: that is the whole behaviour without
 * JavaScript, and also the behaviour in a category longer than one page. Combining needs every product of
 * the category in the document (the cards' data-v variant lists), and page 1 of a long category holds only
 * its first PAGE_SIZE cards; a per-category JSON of variants could say which products match, but showing
 * the ones on later pages would need their cards too, which is a client-side renderer, not a few KB.
 *
 * So the script acts only where the listing says the whole category fits on one page (data-combine): on
 * the category page a link becomes a toggle that filters the cards in place and keeps the selection in the
 * query string; on a single-facet page, which holds only that facet's cards, it leads to the category page
 * with the combination. Each value's count is recomputed from the same cards (facetCounts), so the counts,
 * the result count and the Filters button's number stay true after every toggle.
 */
import { decodeVariants, facetCounts, formatSelection, matches, parseSelection, selectionSize, toggle, type Facet, type Selection } from './facets';

const listing = document.querySelector<HTMLElement>('[data-listing][data-combine]');
if (listing) {
  const base = listing.dataset.base!;
  const isBase = listing.dataset.isBase === 'true';
  // The side panel and the phone's sheet hold the same options; both are kept in step.
  const options = [...document.querySelectorAll<HTMLElement>('li[data-facet]')].map((li) => ({
    li,
    facet: li.dataset.facet as Facet,
    value: li.dataset.value!,
    link: li.querySelector('a')!,
    count: li.querySelector<HTMLElement>('[data-facet-count]')!,
  }));
  const cards = [...listing.querySelectorAll<HTMLElement>('[data-products] > li')].map((el) => ({ el, variants: decodeVariants(el.dataset.v ?? '') }));
  const rules = new Intl.PluralRules(document.documentElement.lang);
  const plural = (el: HTMLElement | null, count: number) => {
    if (!el) return;
    const forms = JSON.parse(el.dataset.forms ?? '{}') as Record<string, string>;
    el.textContent = (forms[rules.select(count)] ?? forms.other ?? '{count}').replace('{count}', String(count));
  };
  const resultCount = listing.querySelector<HTMLElement>('[data-count]');
  const showButton = document.querySelector<HTMLElement>('[data-show]');
  const empty = listing.querySelector<HTMLElement>('[data-empty]')!;
  const resets = [...document.querySelectorAll<HTMLAnchorElement>('[data-reset]')];
  const active = listing.querySelector<HTMLElement>('[data-active]')!;
  const activeNumber = active.querySelector<HTMLElement>('[data-active-number]')!;
  const activeText = active.querySelector<HTMLElement>('[data-active-text]')!;
  let selection: Selection = parseSelection(isBase ? location.search : listing.dataset.selection ?? '');

  const apply = () => {
    let shown = 0;
    for (const card of cards) {
      const visible = matches(card.variants, selection);
      card.el.hidden = !visible;
      if (visible) shown++;
    }
    const counts = facetCounts(cards.map((c) => c.variants), selection);
    for (const o of options) {
      if (selection[o.facet]?.includes(o.value)) o.link.setAttribute('aria-current', 'true');
      else o.link.removeAttribute('aria-current');
      const count = counts[o.facet][o.value] ?? 0;
      o.count.textContent = String(count);
      o.li.toggleAttribute('data-zero', count === 0);
    }
    plural(resultCount, shown);
    plural(showButton, shown);
    empty.hidden = shown > 0;
    const size = selectionSize(selection);
    for (const reset of resets) reset.hidden = size === 0;
    active.hidden = size === 0;
    activeNumber.textContent = String(size);
    activeText.textContent = (activeText.dataset.template ?? '').replace('{count}', String(size));
  };

  for (const o of options) {
    o.link.addEventListener('click', (event) => {
      event.preventDefault();
      selection = toggle(selection, o.facet, o.value);
      if (!isBase) {
        location.href = base + formatSelection(selection);
        return;
      }
      history.replaceState(null, '', base + formatSelection(selection));
      apply();
    });
  }
  for (const reset of resets) {
    reset.addEventListener('click', (event) => {
      if (!isBase) return;
      event.preventDefault();
      selection = {};
      history.replaceState(null, '', base);
      apply();
    });
  }
  if (isBase && location.search) apply();
}
