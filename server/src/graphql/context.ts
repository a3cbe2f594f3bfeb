import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Config } from '../config.js';
import { AppError } from './errors.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { resolveClientIp } from '../security/client-ip.js';
import type { Session } from '../users/session.entity.js';
import type { SessionProblem } from '../users/session.service.js';
import { resolveRequestSession, type Viewer } from '../users/request-session.js';

export type { Viewer };

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
  /** Who sent the request, as rate limits count it: an IPv4 address or an IPv6 /64 (security/client-ip.ts). */
  clientIp: string;
  userAgent: string | undefined;
  /** Sets the cookie for a new session, or with null clears this browser's session cookies. */
  setSessionCookie(signedIn: { token: string; session: Session } | null): void;
}

export async function createRequestContext(em: EntityManager, config: Config, locale: Locale, req: IncomingMessage, res: ServerResponse): Promise<RequestContext> {
  const session = await resolveRequestSession(em, config, req, res);
  return {
    em,
    config,
    locale,
    localeFromArgument: false,
    catalog: new CatalogService(em),
    viewer: session.viewer,
    sessionProblem: session.problem,
    clientIp: resolveClientIp(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxy),
    userAgent: req.headers['user-agent'],
    setSessionCookie: session.setCookie,
  };
}

/** The signed-in viewer, or UNAUTHENTICATED saying why (no session, or a revoked/expired one). */
export function requireViewer(ctx: RequestContext): Viewer {
  if (ctx.viewer) return ctx.viewer;
  throw new AppError('UNAUTHENTICATED', 'Sign in to continue', { reason: ctx.sessionProblem ?? 'no_session' });
}

/** Options of a root field's `locale` argument, which `useLocaleArgument` applies. */
export const LOCALE_ARG = { nullable: true, description: 'Language of texts in the whole response; overrides X-Locale and Accept-Language.' };

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
