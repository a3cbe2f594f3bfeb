/**
 * Serves the live storefront build (sitesDir/current) the way a CDN would: pre-compressed files,
 * ETag/Last-Modified with 304, HEAD, immutable caching for hashed assets and revalidation for HTML.
 * `/` redirects by Accept-Language; unknown paths get the locale's 404 page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { resolveInside, serveFile } from '../http/static-files.js';
import { CURRENT } from './site-build.js';

export const SITE_LOCALES = ['ru', 'kk', 'en'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The best of ru/kk/en for an Accept-Language header, by q-value; ru when none matches. */
export function pickLocale(header: string | undefined): SiteLocale {
  let best: { locale: SiteLocale; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const primary = tag.toLowerCase().split('-')[0];
    const locale = primary === 'kz' ? 'kk' : SITE_LOCALES.find((l) => l === primary);
    if (locale && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'ru';
}

export type SiteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Returns false for requests it does not answer (non-GET/HEAD, or no build published yet). */
export function createSiteHandler(sitesDir: string): SiteHandler {
  const currentLink = path.join(path.resolve(sitesDir), CURRENT);
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    // Resolved per request so a swap of `current` takes effect at once; a request in flight keeps its build.
    let root: string;
    try {
      root = await realpath(currentLink);
    } catch {
      return false;
    }
    const { pathname } = url;
    if (pathname === '/') {
      res.statusCode = 302;
      res.setHeader('Location', `/${pickLocale(req.headers['accept-language'])}/${url.search}`);
      res.setHeader('Vary', 'Accept-Language');
      res.setHeader('Cache-Control', 'private, no-cache');
      res.end();
      return true;
    }
    const hasExtension = path.posix.extname(pathname) !== '';
    const candidate = hasExtension ? pathname : pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}/index.html`;
    const file = resolveInside(root, candidate);
    const cacheControl = pathname.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
    if (file && !/\.(br|gz)$/.test(file) && (await serveFile(req, res, file, { cacheControl }))) return true;

    const locale = SITE_LOCALES.find((l) => pathname.startsWith(`/${l}/`));
    const notFound = locale ? path.join(root, locale, '404', 'index.html') : path.join(root, '404.html');
    return serveFile(req, res, notFound, { cacheControl: 'no-cache' }, 404);
  };
}
