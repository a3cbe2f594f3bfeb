/**
 * Listings (a category, one of its single-facet pages, all products) are static pages of PAGE_SIZE
 * products. Page 1 keeps the listing's own URL and later pages follow it (paths.listingPage); a page past
 * the last is never built, so it answers 404. Build-time only.
 */
import type { TFunction } from 'i18next';
import { pageSegment, paths } from '../../paths';

export const PAGE_SIZE = 24;

/** Pages of a listing: at least one, so an empty listing still has its page saying so. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The items on page n (1-based). */
export function pageItems<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** One entry per page of a listing of `total` items, for getStaticPaths: the route's rest parameter and the page. */
export function listingPages(total: number): { segment: string | undefined; page: number; pages: number }[] {
  const pages = pageCount(total);
  return Array.from({ length: pages }, (_, i) => ({ segment: pageSegment(i + 1), page: i + 1, pages }));
}

/** A page's own path (its canonical) and its neighbours' (rel=prev/next). */
export function pageLinks(listing: string, page: number, pages: number): { path: string; prev?: string; next?: string } {
  return {
    path: paths.listingPage(listing, page),
    prev: page > 1 ? paths.listingPage(listing, page - 1) : undefined,
    next: page < pages ? paths.listingPage(listing, page + 1) : undefined,
  };
}

/**
 * The page numbers a pagination nav shows: the first, the last, the current page and its neighbours; null
 * is a gap. A gap never stands for a single page (that page is shown instead), so at most 7 entries.
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** A listing's title on page n: page 1 keeps the plain title, later pages say which page they are. */
export function pageTitle(t: TFunction, title: string, page: number): string {
  return page > 1 ? t('pagination.title', { title, page }) : title;
}
