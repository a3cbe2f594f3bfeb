/** Pure sign-in rules shared by the header island, the callback page and the profile page. */
import type { TelegramWidgetInput } from '../../lib/graphql/generated/graphql';
import { RequestFailed } from '../../lib/graphql/request';
import { isLang, paths, type Lang } from '../../paths';

/** The Login Widget's fields, under Telegram's own names (the API input uses the same names). */
export const WIDGET_FIELDS = ['id', 'first_name', 'last_name', 'username', 'photo_url', 'auth_date', 'hash'] as const;

/**
 * Widget data from the callback URL's query string, or null when Telegram sent none. Empty optional
 * fields are left out, as Telegram leaves them out; a missing hash is passed on so the API can name it.
 */
export function readWidgetFields(query: URLSearchParams): TelegramWidgetInput | null {
  const id = query.get('id');
  const firstName = query.get('first_name');
  const authDate = query.get('auth_date');
  if (!id || !firstName || !authDate) return null;
  const data: TelegramWidgetInput = { id, first_name: firstName, auth_date: authDate };
  for (const key of ['last_name', 'username', 'photo_url', 'hash'] as const) {
    const value = query.get(key);
    if (value) data[key] = value;
  }
  return data;
}

/** The code a failed sign-in shows: the API's reason (bad_hash, expired, …), else its error code (rate_limited, network). */
export function failureCode(error: unknown): string {
  if (!(error instanceof RequestFailed)) return 'unexpected';
  if (error.code === 'UNAUTHENTICATED' && error.reason) return error.reason;
  return error.code.toLowerCase();
}

const PROBE_ORIGIN = 'https://same-origin.invalid';

/** A path on this site: one leading slash, no backslash (browsers read it as a slash), no control characters. */
function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(value);
}

/**
 * Open-redirect guard: `next` is honoured only as a path on this site ("/ru/cart/"); absolute URLs,
 * protocol-relative "//host", backslash tricks and control characters fall back. The path is checked
 * again after the URL parser normalised it, because dot segments can turn "/.//host" into "//host".
 */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !isSitePath(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === PROBE_ORIGIN && isSitePath(path) ? path : fallback;
}

/** The language of a site path ("/kk/p/x/" → kk), else ru. */
export function langOfPath(pathname: string): Lang {
  const prefix = pathname.split('/')[1];
  return isLang(prefix) ? prefix : 'ru';
}

const SIGN_IN_PAGES = /^\/(ru|kk|en)\/(sign-in|auth\/telegram)\/$/;

/**
 * Where to come back to after signing in from this page: the page itself, except on the sign-in and
 * callback pages, which pass their own (guarded) `next` on, defaulting to the profile.
 */
export function nextAfterSignIn(location: { pathname: string; search: string }): string {
  if (SIGN_IN_PAGES.test(location.pathname)) {
    return safeNext(new URLSearchParams(location.search).get('next'), paths.profile(langOfPath(location.pathname)));
  }
  return location.pathname + location.search;
}

/** The absolute callback URL Telegram (or the simulator) returns the widget fields to. */
export function callbackUrl(origin: string, lang: Lang, next: string): string {
  return `${origin}${paths.authCallback(lang)}?next=${encodeURIComponent(next)}`;
}

/** The simulator's login page, told to come back to the callback. */
export function simulatorSignInHref(loginUrl: string, callback: string): string {
  return `${loginUrl}${loginUrl.includes('?') ? '&' : '?'}return_to=${encodeURIComponent(callback)}`;
}

const MINI_APP_DATA = 'tgWebAppData';

/** Mini App init data from Telegram's launch fragment (#tgWebAppData=…&tgWebAppVersion=…), else null. */
export function miniAppInitData(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(MINI_APP_DATA);
  return value || null;
}

/** The fragment without Telegram's launch parameters (tgWebApp*): "" when nothing else was in it. */
export function withoutMiniAppParams(hash: string): string {
  const raw = hash.replace(/^#/, '');
  if (!raw.includes(MINI_APP_DATA)) return raw ? `#${raw}` : '';
  const kept = raw.split('&').filter((pair) => pair && !pair.startsWith('tgWebApp'));
  return kept.length ? `#${kept.join('&')}` : '';
}

export interface NamedUser {
  firstName: string;
  lastName?: string | null;
}

export function displayName(user: NamedUser): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ');
}

/** One or two letters for the avatar placeholder when Telegram gave no photo. */
export function initials(user: NamedUser): string {
  return [user.firstName, user.lastName].map((part) => (part ? Array.from(part)[0] ?? '' : '')).join('').toUpperCase();
}

/** "Member since" in the page's language, e.g. 3 мая 2025 г. / 3 May 2025. */
export function formatMemberSince(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}

/** Only http(s) photo URLs go into <img src> (Telegram sends https://t.me/i/userpic/…). */
export function safePhotoUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
