/**
 * Combines category facets in the browser: facet links (which lead to pre-built single-facet pages
 * without JavaScript) become toggles over the cards' data-v variant lists. On a single-facet page a
 * toggle goes to the category page with the combination in the query string.
 */
import { decodeVariants, formatSelection, matches, parseSelection, toggle, type Facet, type Selection } from './facets';

const listing = document.querySelector<HTMLElement>('[data-listing]');
if (listing) {
  const base = listing.dataset.base!;
  const isBase = listing.dataset.isBase === 'true';
  const links = [...listing.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const cards = [...listing.querySelectorAll<HTMLElement>('[data-products] > li')].map((el) => ({ el, variants: decodeVariants(el.dataset.v ?? '') }));
  const count = listing.querySelector<HTMLElement>('[data-count]')!;
  const forms = JSON.parse(count.dataset.forms ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(document.documentElement.lang);
  const empty = listing.querySelector<HTMLElement>('[data-empty]')!;
  const reset = listing.querySelector<HTMLAnchorElement>('[data-reset]')!;

  const current = (): Selection => {
    const selection: Selection = {};
    for (const a of links) if (a.getAttribute('aria-current') === 'true') (selection[a.dataset.facet as Facet] ??= []).push(a.dataset.value!);
    return selection;
  };

  const apply = (selection: Selection) => {
    let shown = 0;
    for (const card of cards) {
      const visible = matches(card.variants, selection);
      card.el.hidden = !visible;
      if (visible) shown++;
    }
    for (const a of links) {
      if (selection[a.dataset.facet as Facet]?.includes(a.dataset.value!)) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    count.textContent = (forms[rules.select(shown)] ?? forms.other ?? '{count}').replace('{count}', String(shown));
    empty.hidden = shown > 0;
    reset.hidden = !formatSelection(selection);
  };

  for (const a of links) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const next = toggle(current(), a.dataset.facet as Facet, a.dataset.value!);
      if (!isBase) {
        location.href = base + formatSelection(next);
        return;
      }
      history.replaceState(null, '', base + formatSelection(next));
      apply(next);
    });
  }
  reset.addEventListener('click', (event) => {
    if (!isBase) return;
    event.preventDefault();
    history.replaceState(null, '', base);
    apply({});
  });
  if (isBase && location.search) apply(parseSelection(location.search));
  const panel = listing.querySelector<HTMLDetailsElement>('[data-filters]');
  if (panel && (matchMedia('(min-width: 48rem)').matches || location.search)) panel.open = true;
}
