/**
 * Runs Pagefind (loaded on demand from /pagefind/) for ?q= and shows the results as product cards: clones
 * of the page's result template, so the markup and its styles stay in the .astro page. Skeleton cards
 * hold the grid while the index loads.
 */
interface PagefindResult { url: string; meta: { title?: string; image?: string; price?: string } }
interface Pagefind { search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }> }

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusEl = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
const card = document.querySelector<HTMLTemplateElement>('[data-result-template]')?.content.firstElementChild;
const loading = document.querySelector<HTMLTemplateElement>('[data-loading-template]')?.content.firstElementChild;
let pagefind: Promise<Pagefind> | undefined;
const PAGEFIND = '/pagefind/pagefind.js';
const SHOWN = 32;
let latest = 0;

function resultCard(item: PagefindResult): Node {
  const li = card!.cloneNode(true) as HTMLElement;
  const img = li.querySelector('img')!;
  // The photo is decorative (alt="" in the template): the title link names the card.
  if (item.meta.image) img.src = item.meta.image;
  else img.remove();
  const link = li.querySelector('a')!;
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  li.querySelector('.now')!.textContent = item.meta.price ?? '';
  return li;
}

async function run(query: string): Promise<void> {
  if (!list || !statusEl || !card || !loading) return;
  const mine = ++latest;
  if (!query.trim()) { list.replaceChildren(); statusEl.textContent = ''; return; }
  statusEl.textContent = statusEl.dataset.loading ?? '';
  list.replaceChildren(...Array.from({ length: 4 }, () => loading.cloneNode(true)));
  pagefind ??= import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(query);
  const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
  // A newer query may have started while this one waited; its results win.
  if (mine !== latest) return;
  const forms = JSON.parse(statusEl.dataset.forms ?? '{}') as Record<string, string>;
  statusEl.textContent = data.length ? (forms[new Intl.PluralRules(document.documentElement.lang).select(data.length)] ?? forms.other ?? '').replace('{count}', String(data.length)) : statusEl.dataset.none ?? '';
  list.replaceChildren(...data.map(resultCard));
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
}
export {};
