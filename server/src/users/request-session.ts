import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Session } from './session.entity.js';
import { SessionService, type SessionProblem } from './session.service.js';
import { SESSION_CLIENTS, appendSetCookie, cookieName, readCookies, sessionCookie } from './session-cookie.js';
import type { User } from './user.entity.js';

export interface Viewer {
  user: User;
  session: Session;
  /** Every live session this browser presented (the viewer's first): signing out ends them all. */
  browserSessions: Session[];
}

export interface RequestSession {
  viewer: Viewer | null;
  /** Set when a session cookie was sent but signs no one in (revoked, expired, unknown) and no other one does. */
  problem: SessionProblem | null;
  /** Sets the cookie for a new session, or with null clears every session cookie of this browser. */
  setCookie(signedIn: { token: string; session: Session } | null): void;
}

/** More copies of one cookie than any browser sends by accident; each costs a lookup. */
const MAX_TOKENS_PER_COOKIE = 3;

/**
 * Who a request's session cookies sign in: the browser cookie, else the Mini App one. Every value of a
 * duplicated cookie is tried, so a planted bad copy cannot shadow a good one. A cookie that signs no one
 * in is cleared; a malformed one counts as absent; a used one slides its expiry.
 */
export async function resolveRequestSession(em: EntityManager, config: Config, req: IncomingMessage, res: ServerResponse): Promise<RequestSession> {
  const settings = { name: config.session.cookieName, secure: config.session.secureCookie };
  const sessions = new SessionService(em, config.session);
  const setCookie: RequestSession['setCookie'] = (signedIn) => {
    if (!signedIn) {
      for (const client of SESSION_CLIENTS) appendSetCookie(res, sessionCookie(settings, client, null));
      return;
    }
    const { token, session } = signedIn;
    appendSetCookie(res, sessionCookie(settings, session.client, token, (session.expiresAt.getTime() - Date.now()) / 1000));
  };
  let viewer: Viewer | null = null;
  let problem: SessionProblem | null = null;
  const live: Session[] = [];
  for (const client of SESSION_CLIENTS) {
    const tokens = readCookies(req, cookieName(settings, client)).slice(0, MAX_TOKENS_PER_COOKIE);
    let signedIn = false;
    for (const token of tokens) {
      const lookup = await sessions.resolve(token);
      if ('problem' in lookup) {
        problem ??= lookup.problem;
        continue;
      }
      live.push(lookup.session);
      if (!signedIn) {
        signedIn = true;
        if (lookup.refreshed || tokens.length > 1) setCookie({ token, session: lookup.session });
      }
    }
    if (tokens.length && !signedIn) appendSetCookie(res, sessionCookie(settings, client, null));
  }
  if (live[0]) viewer = { user: live[0].user, session: live[0], browserSessions: live };
  return { viewer, problem: viewer ? null : problem, setCookie };
}
