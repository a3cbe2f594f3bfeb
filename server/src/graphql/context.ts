import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Config } from '../config.js';
import { AppError } from './errors.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import type { Session } from '../users/session.entity.js';
import { SessionService, type SessionProblem } from '../users/session.service.js';
import { appendSetCookie, readCookie, sessionCookie } from '../users/session-cookie.js';
import type { User } from '../users/user.entity.js';

export interface Viewer {
  user: User;
  session: Session;
}

/** Everything a resolver may use; built fresh for each request. */
export interface RequestContext {
  em: EntityManager;
  config: Config;
  /** The language of this request: `locale` argument, else X-Locale / Accept-Language header, else ru. */
  locale: Locale;
  /** True once a root field's `locale` argument fixed the language. */
  localeFromArgument: boolean;
  catalog: CatalogService;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** Set when a session cookie was sent but signs no one in (revoked, expired, unknown). */
  sessionProblem: SessionProblem | null;
  clientIp: string;
  userAgent: string | undefined;
  setSessionToken(token: string | null): void;
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

export async function createRequestContext(em: EntityManager, config: Config, locale: Locale, req: IncomingMessage, res: ServerResponse): Promise<RequestContext> {
  const cookieSettings = { name: config.session.cookieName, secure: config.session.secureCookie, ttlSeconds: config.session.ttlSeconds };
  const setSessionToken = (token: string | null) => appendSetCookie(res, sessionCookie(cookieSettings, token));
  let viewer: Viewer | null = null;
  let sessionProblem: SessionProblem | null = null;
  const token = readCookie(req, config.session.cookieName);
  if (token) {
    const lookup = await new SessionService(em, config.session.ttlSeconds).resolve(token);
    if ('problem' in lookup) {
      sessionProblem = lookup.problem;
      setSessionToken(null);
    } else {
      viewer = { user: lookup.session.user, session: lookup.session };
      if (lookup.refreshed) setSessionToken(token);
    }
  }
  return {
    em,
    config,
    locale,
    localeFromArgument: false,
    catalog: new CatalogService(em),
    viewer,
    sessionProblem,
    clientIp: clientIp(req, config.trustProxy),
    userAgent: req.headers['user-agent'],
    setSessionToken,
  };
}

/** The signed-in viewer, or UNAUTHENTICATED saying why (no session, or a revoked/expired one). */
export function requireViewer(ctx: RequestContext): Viewer {
  if (ctx.viewer) return ctx.viewer;
  throw new AppError('UNAUTHENTICATED', 'Sign in to continue', { reason: ctx.sessionProblem ?? 'no_session' });
}

/** Applies a root field's `locale` argument; a request has one language, so two different ones are refused. */
export function useLocaleArgument(ctx: RequestContext, locale: string | undefined | null): void {
  if (locale === undefined || locale === null) return;
  if (!isLocale(locale)) throw AppError.badInput('locale', `unsupported locale "${locale}"`);
  if (ctx.localeFromArgument && ctx.locale !== locale) {
    throw AppError.badInput('locale', 'one request can use only one locale');
  }
  ctx.locale = locale;
  ctx.localeFromArgument = true;
}
