import type { IncomingMessage, ServerResponse } from 'node:http';
import { SessionClient } from './session.entity.js';

export interface CookieSettings {
  /** Name of the browser session cookie; Mini App sessions use the same name with `_app` appended. */
  name: string;
  secure: boolean;
}

/** Both kinds, in the order a request's cookies are tried. */
export const SESSION_CLIENTS = [SessionClient.browser, SessionClient.miniApp] as const;

export function cookieName(settings: CookieSettings, client: SessionClient): string {
  return client === SessionClient.miniApp ? `${settings.name}_app` : settings.name;
}

/**
 * Every value sent for the cookie, in order; malformed ones (a bad `%` escape) are left out, never an
 * error. A browser may send one name twice (a cookie of a sibling domain or another path), so callers
 * try them all rather than trusting the first.
 */
export function readCookies(req: IncomingMessage, name: string): string[] {
  const values: string[] = [];
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0 || part.slice(0, index).trim() !== name) continue;
    try {
      const value = decodeURIComponent(part.slice(index + 1).trim());
      if (value) values.push(value);
    } catch {
      // malformed: as if absent
    }
  }
  return values;
}

/**
 * httpOnly so scripts never see the token. A browser session's cookie is SameSite=Lax (blocks cross-site
 * POSTs) and Secure outside development. A Mini App session's cookie must also work where Telegram's
 * web client shows the shop in a cross-site frame, where a Lax cookie is never sent: it is
 * `SameSite=None; Secure; Partitioned`, kept in a jar of the embedding site's own, so no other site that
 * frames the shop can use it; cross-site writes stay blocked by the API's CSRF preflight rule.
 * A null token (or maxAgeSeconds 0) deletes the cookie.
 */
export function sessionCookie(settings: CookieSettings, client: SessionClient, token: string | null, maxAgeSeconds = 0): string {
  const attributes = [
    `${cookieName(settings, client)}=${token ? encodeURIComponent(token) : ''}`,
    'Path=/',
    'HttpOnly',
    `Max-Age=${token ? Math.max(0, Math.round(maxAgeSeconds)) : 0}`,
  ];
  if (client === SessionClient.miniApp) attributes.push('SameSite=None', 'Secure', 'Partitioned');
  else attributes.push('SameSite=Lax', ...(settings.secure ? ['Secure'] : []));
  return attributes.join('; ');
}

/** Adds a Set-Cookie header, replacing one set earlier in this response for the same cookie. */
export function appendSetCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('Set-Cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('Set-Cookie', [...list.filter((c) => !c.startsWith(cookie.split('=')[0] + '=')), cookie]);
}
