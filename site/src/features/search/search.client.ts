/** Runs Pagefind (loaded on demand from /pagefind/) for ?q= and renders result cards. */
interface PagefindResult { url: string; excerpt: string; meta: { title?: string; image?: string; image_alt?: string; price?: string } }
interface Pagefind { search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>; options?(o: Record<string, unknown>): Promise<void> }

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusEl = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
let pagefind: Promise<Pagefind> | undefined;
const PAGEFIND = '/pagefind/pagefind.js';

async function run(query: string): Promise<void> {
  if (!list || !statusEl) return;
  list.replaceChildren();
  if (!query.trim()) { statusEl.textContent = ''; return; }
  pagefind ??= import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(query);
  const data = await Promise.all(results.slice(0, 30).map((r) => r.data()));
  const forms = JSON.parse(statusEl.dataset.forms ?? '{}') as Record<string, string>;
  statusEl.textContent = data.length ? (forms[new Intl.PluralRules(document.documentElement.lang).select(data.length)] ?? forms.other ?? '').replace('{count}', String(data.length)) : statusEl.dataset.none ?? '';
  for (const item of data) {
    const li = document.createElement('li');
    li.className = 'card';
    const a = document.createElement('a');
    a.href = item.url;
    if (item.meta.image) {
      const img = document.createElement('img');
      img.src = item.meta.image; img.alt = item.meta.image_alt ?? ''; img.width = 800; img.height = 1000; img.loading = 'lazy';
      a.append(img);
    }
    const h = document.createElement('h3');
    h.textContent = item.meta.title ?? item.url;
    const p = document.createElement('span');
    p.className = 'price';
    p.textContent = item.meta.price ?? '';
    a.append(h, p);
    li.append(a);
    list.append(li);
  }
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
