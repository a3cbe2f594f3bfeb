import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CookieSettings {
  name: string;
  secure: boolean;
  ttlSeconds: number;
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/** httpOnly so scripts never see the token; SameSite=Lax blocks cross-site POSTs; Secure outside development. */
export function sessionCookie(settings: CookieSettings, token: string | null): string {
  const attributes = [`${settings.name}=${token ? encodeURIComponent(token) : ''}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${token ? settings.ttlSeconds : 0}`];
  if (settings.secure) attributes.push('Secure');
  return attributes.join('; ');
}

export function appendSetCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('Set-Cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('Set-Cookie', [...list.filter((c) => !c.startsWith(cookie.split('=')[0] + '=')), cookie]);
}
