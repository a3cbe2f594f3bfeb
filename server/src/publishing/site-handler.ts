/**
 * Serves the live storefront build (sitesDir/current) the way a CDN would: pre-compressed files,
 * ETag/Last-Modified with 304, HEAD, immutable caching for hashed assets and revalidation for HTML.
 * `/` redirects by Accept-Language; unknown paths get the locale's 404 page. Every answer carries the
 * Content-Security-Policy made from the CSP manifest of the very build it comes from.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { StorefrontSources } from '../http/security-headers.js';
import { resolveInside, serveFile } from '../http/static-files.js';
import { DEFAULT_LOCALE, LOCALES, localeFromAcceptLanguage } from '../i18n/locale.js';
import { readCspManifest } from './csp-manifest.js';
import { CURRENT } from './site-build.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

export type SiteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Returns false for requests it does not answer (non-GET/HEAD, or no build published yet). */
export function createSiteHandler(sitesDir: string, contentSecurityPolicy: (sources: StorefrontSources) => string): SiteHandler {
  const currentLink = path.join(path.resolve(sitesDir), CURRENT);
  // Builds never change once published, so the live build's policy is read once, and again after a swap.
  let live: { root: string; policy: Promise<string> } | undefined;
  const policyOf = (root: string) => {
    if (live?.root !== root) live = { root, policy: readCspManifest(root).then(contentSecurityPolicy) };
    return live.policy;
  };
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    // Resolved per request so a swap of `current` takes effect at once; a request in flight keeps its build.
    let root: string;
    try {
      root = await realpath(currentLink);
    } catch {
      return false;
    }
    res.setHeader('Content-Security-Policy', await policyOf(root));
    const { pathname } = url;
    if (pathname === '/') {
      res.statusCode = 302;
      res.setHeader('Location', `/${localeFromAcceptLanguage(req.headers['accept-language']) ?? DEFAULT_LOCALE}/${url.search}`);
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

    const locale = LOCALES.find((l) => pathname.startsWith(`/${l}/`));
    const notFound = locale ? path.join(root, locale, '404', 'index.html') : path.join(root, '404.html');
    return serveFile(req, res, notFound, { cacheControl: 'no-cache' }, 404);
  };
}
