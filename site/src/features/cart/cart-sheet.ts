/**
 * Opens the cart sheet from any script. The sheet's code (cart-sheet.client.ts) is fetched on first use, so
 * pages ship only these few lines before the shopper reaches for the cart. Pages without the sheet's
 * markup (the cart page) answer false, and the caller keeps its link to the cart page.
 */
let module: Promise<typeof import('./cart-sheet.client')> | undefined;

export const hasCartSheet = (): boolean => document.querySelector('dialog[data-cart-sheet]') !== null;

/** Starts fetching the sheet's code, e.g. when a pointer or the focus reaches the cart link. */
export function loadCartSheet(): Promise<typeof import('./cart-sheet.client')> {
  if (!module) {
    module = import('./cart-sheet.client');
    // A failed fetch (offline) is tried again on the next use.
    module.catch(() => { module = undefined; });
  }
  return module;
}

/**
 * Opens the sheet; focus returns to `opener` when it closes. Resolves false when this page has no sheet;
 * rejects when its code cannot be fetched (offline), so a link can fall back to navigating.
 */
export async function openCartSheet(opener?: HTMLElement): Promise<boolean> {
  if (!hasCartSheet()) return false;
  (await loadCartSheet()).open(opener);
  return true;
}
