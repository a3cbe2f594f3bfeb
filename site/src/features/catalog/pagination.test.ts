import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, listingPages, pageCount, pageItems, pageLinks, pageWindow } from './pagination';

describe('listing pagination', () => {
  it('splits a listing into pages of PAGE_SIZE, keeping one page for an empty listing', () => {
    expect(PAGE_SIZE).toBe(24);
    expect([0, 1, 24, 25, 48, 49].map(pageCount)).toEqual([1, 1, 1, 2, 2, 3]);
    const items = Array.from({ length: 49 }, (_, i) => i);
    expect(pageItems(items, 1)).toEqual(items.slice(0, 24));
    expect(pageItems(items, 2)[0]).toBe(24);
    expect(pageItems(items, 3)).toEqual([48]);
  });

  it('builds page 1 at the listing’s own URL and later pages under page/n/', () => {
    expect(listingPages(49)).toEqual([
      { segment: undefined, page: 1, pages: 3 },
      { segment: 'page/2', page: 2, pages: 3 },
      { segment: 'page/3', page: 3, pages: 3 },
    ]);
    expect(listingPages(0)).toEqual([{ segment: undefined, page: 1, pages: 1 }]);
    expect(pageLinks('/ru/c/silk/', 1, 3)).toEqual({ path: '/ru/c/silk/', prev: undefined, next: '/ru/c/silk/page/2/' });
    expect(pageLinks('/ru/c/silk/', 2, 3)).toEqual({ path: '/ru/c/silk/page/2/', prev: '/ru/c/silk/', next: '/ru/c/silk/page/3/' });
    expect(pageLinks('/kk/catalog/', 3, 3)).toEqual({ path: '/kk/catalog/page/3/', prev: '/kk/catalog/page/2/', next: undefined });
  });

  it('shows the first, the last and the current page’s neighbours, and never hides a single page behind a gap', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12]);
    expect(pageWindow(4, 12)).toEqual([1, 2, 3, 4, 5, null, 12]);
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
    for (let pages = 1; pages <= 30; pages++) {
      for (let page = 1; page <= pages; page++) {
        const window = pageWindow(page, pages);
        expect(window.length).toBeLessThanOrEqual(7);
        expect(window).toContain(page);
        const numbers = window.filter((n): n is number => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        window.forEach((n, i) => { if (n === null) expect((window[i + 1] as number) - (window[i - 1] as number)).toBeGreaterThan(2); });
      }
    }
  });
});
