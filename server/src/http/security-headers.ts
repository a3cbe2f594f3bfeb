/**
 * The security headers of every response, in one place. Every response starts with the API's policy
 * (JSON and files are never documents that run code); the storefront and the GraphQL playground replace
 * the Content-Security-Policy with their own. Sent as headers because a <meta> CSP cannot carry
 * frame-ancestors.
 */
import type { ServerResponse } from 'node:http';

/**
 * Telegram's web clients, which open the shop as a Mini App in an iframe: Web A and Web K live under
 * web.telegram.org (/a/, /k/); webk. and webz. are their former hostnames, still linked from old clients.
 * Native Telegram apps use a webview, not a frame, so they need no entry. Nobody else may frame the shop.
 */
const MINI_APP_FRAME_ANCESTORS = ["'self'", 'https://web.telegram.org', 'https://webk.telegram.org', 'https://webz.telegram.org'] as const;

/** Loaded on a click on "Sign in" in production (site/src/features/auth/account.client.ts); the path pins this one script. */
const TELEGRAM_LOGIN_SCRIPT = 'https://telegram.org/js/telegram-widget.js';
/** The Login Widget draws its button as an iframe from here (and opens its popup from it). */
const TELEGRAM_LOGIN_FRAME = 'https://oauth.telegram.org';
/** Signed-in users' photos (photo_url in the widget data). */
const TELEGRAM_USER_PHOTOS = 'https://t.me/i/userpic/';

/** JSON, media and error responses: nothing may run, load or frame them. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export interface StorefrontSources {
  /** 'sha256-…' of each inline script of the build (Astro's island bootstrap). */
  scriptHashes: readonly string[];
  /** 'sha256-…' of each inline <style> of the build (build.inlineStylesheets: 'always'). */
  styleHashes: readonly string[];
  /** The API origin the pages call when the site and API are split (PUBLIC_API_URL); undefined on one origin. */
  apiOrigin?: string;
  /** The origin serving /media/ when split (PUBLIC_MEDIA_URL). */
  mediaOrigin?: string;
}

export interface SecurityHeadersOptions {
  /** HSTS only in production: from a development or staging host reached over https it would pin that host to https for a year. */
  production: boolean;
  /** Where a checkout form may post (the payment provider's pages). */
  paymentFormOrigins: readonly string[];
}

export interface SecurityHeaders {
  /** Sets the headers every response carries, with the API's CSP; a document handler then replaces the CSP. */
  apply(res: ServerResponse): void;
  /** The CSP of every file of a storefront build (pages, and scripts, which a Pagefind worker runs under). */
  storefrontPolicy(sources: StorefrontSources): string;
  playgroundPolicy(inlineStyleHash: string): string;
}

type Directives = Record<string, readonly (string | undefined)[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources.filter((s) => s !== undefined)].join(' '))
    .join('; ');
}

/** Features the shop never uses, denied to the page and to every frame in it. A file input needs none of them. */
const PERMISSIONS_POLICY = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb', 'browsing-topics']
  .map((feature) => `${feature}=()`)
  .join(', ');

export function createSecurityHeaders({ production, paymentFormOrigins }: SecurityHeadersOptions): SecurityHeaders {
  const common: [string, string][] = [
    ['Content-Security-Policy', API_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    // Not same-origin: the Login Widget's popup answers through window.opener, which same-origin would cut.
    ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
  ];
  if (production) common.push(['Strict-Transport-Security', 'max-age=31536000']);

  return {
    apply(res) {
      for (const [name, value] of common) res.setHeader(name, value);
    },
    storefrontPolicy({ scriptHashes, styleHashes, apiOrigin, mediaOrigin }) {
      return serialize({
        'default-src': ["'none'"],
        // Pagefind compiles its WebAssembly search index; 'wasm-unsafe-eval' allows that and not eval().
        'script-src': ["'self'", "'wasm-unsafe-eval'", TELEGRAM_LOGIN_SCRIPT, ...scriptHashes.map((h) => `'${h}'`)],
        'style-src': ["'self'", ...styleHashes.map((h) => `'${h}'`)],
        // data: for the tiny blurred placeholders the pages inline above the fold (site Picture.astro);
        // an image cannot run code, and style-src stays closed, so this opens no way to inject script or CSS.
        'img-src': ["'self'", 'data:', mediaOrigin, TELEGRAM_USER_PHOTOS],
        'connect-src': ["'self'", apiOrigin],
        'worker-src': ["'self'"],
        'frame-src': [TELEGRAM_LOGIN_FRAME],
        'form-action': ["'self'", ...paymentFormOrigins],
        'frame-ancestors': MINI_APP_FRAME_ANCESTORS,
        'base-uri': ["'none'"],
      });
    },
    playgroundPolicy(inlineStyleHash) {
      return serialize({
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", `'${inlineStyleHash}'`],
        // GraphiQL's stylesheet embeds its fonts and icons as data: URLs.
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
      });
    },
  };
}
